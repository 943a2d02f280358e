/**
 * The PACS store seen through QIDO-RS (DICOM PS3.18 §10.6): the few searches Medfuse needs, with
 * QIDO matching rules, answering DICOM JSON. The folder index implements it now; a DICOMweb client
 * (Orthanc) implements it in production. Each call is one store query, reported to onStoreQuery.
 */
import type { DicomJsonDataset } from "./dicom-json";

/**
 * A study-level search. Conditions combine with AND; a list matches any of its values (QIDO
 * list-of-UID matching, extended to PatientID and AccessionNumber). An empty list matches nothing.
 */
export interface StudySearch {
  readonly patientIds?: readonly string[];
  readonly accessionNumbers?: readonly string[];
  readonly studyInstanceUids?: readonly string[];
  /** ModalitiesInStudy (0008,0061) contains this modality. */
  readonly modality?: string;
  /** StudyDate (0008,0020) range, inclusive, as DA (`yyyyMMdd`); either end may be open. */
  readonly studyDate?: { readonly from?: string; readonly to?: string };
}

export interface DicomStudyQuery {
  /**
   * `GET /studies?…`: one dataset per matching study, with StudyInstanceUID, StudyDate,
   * StudyTime, AccessionNumber, ModalitiesInStudy, StudyDescription, PatientID, PatientName,
   * PatientBirthDate, PatientSex, NumberOfStudyRelatedSeries and NumberOfStudyRelatedInstances.
   */
  searchStudies(search: StudySearch): Promise<DicomJsonDataset[]>;
  /**
   * `GET /series?StudyInstanceUID=…`: every series of the given studies, with StudyInstanceUID,
   * SeriesInstanceUID, Modality, SeriesNumber, SeriesDescription, BodyPartExamined and
   * NumberOfSeriesRelatedInstances.
   */
  searchSeries(studyInstanceUids: readonly string[]): Promise<DicomJsonDataset[]>;
  close(): Promise<void>;
}
