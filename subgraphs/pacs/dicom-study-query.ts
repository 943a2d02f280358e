/**
 * The PACS store seen through QIDO-RS (DICOM PS3.18 §10.6): the few searches Medfuse needs, with
 * QIDO matching rules, answering DICOM JSON. The folder index implements it for the embedded
 * default, a DICOMweb client (Orthanc in the tests) for a real archive. A call is one store query
 * on the index and as few HTTP requests as its lists allow on DICOMweb, each reported to
 * onStoreQuery.
 */
import type { DicomJsonDataset } from "./dicom-json";
import { DICOM_TAGS as T } from "./native-schema";

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

/**
 * The attributes the mapping reads of a study and of a series: a DICOMweb server is asked for
 * them by tag, since it returns only some by default (PS3.18 §8.3.4.3).
 */
export const STUDY_ATTRIBUTES = [
  T.StudyInstanceUID,
  T.StudyDate,
  T.StudyTime,
  T.AccessionNumber,
  T.ModalitiesInStudy,
  T.StudyDescription,
  T.PatientID,
  T.PatientName,
  T.PatientBirthDate,
  T.PatientSex,
  T.NumberOfStudyRelatedSeries,
  T.NumberOfStudyRelatedInstances,
];
export const SERIES_ATTRIBUTES = [
  T.StudyInstanceUID,
  T.SeriesInstanceUID,
  T.Modality,
  T.SeriesNumber,
  T.SeriesDescription,
  T.BodyPartExamined,
  T.NumberOfSeriesRelatedInstances,
];
