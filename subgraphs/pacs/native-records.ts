/**
 * The synthetic hospital's performed imaging exams as the PACS holds them: one DICOM header per
 * instance, with the site-prefixed PatientID, DA/TM in the hospital's local time, and the
 * accession number as the only link to RIS. Pure and deterministic; the folder writer encodes them.
 */
import type {
  SyntheticHospital,
  SyntheticImagingExam,
  SyntheticPatient,
} from "../../generator/synthetic-hospital";
import { formatLocalTime } from "../shared/local-time";
import { dicomElement, type DicomJsonDataset } from "./dicom-json";
import {
  DICOM_DATE,
  DICOM_PATIENT_SEX,
  DICOM_TAGS as T,
  DICOM_TIME,
  SECONDARY_CAPTURE_SOP_CLASS,
  STORAGE_SOP_CLASS,
  UTF8_CHARACTER_SET,
} from "./native-schema";
import { pacsPatientId } from "./patient-id";

/** One stored instance: where it lives in the archive and its header attributes. */
export interface PacsInstanceRecord {
  readonly studyInstanceUid: string;
  readonly seriesInstanceUid: string;
  readonly sopInstanceUid: string;
  readonly sopClassUid: string;
  /** Header attributes in DICOM JSON; pixel data is the writer's concern. */
  readonly dataset: DicomJsonDataset;
}

/** Every instance of every performed exam (exam.study not null), patient by patient. */
export function* pacsNativeInstances(hospital: SyntheticHospital): Generator<PacsInstanceRecord> {
  for (const patient of hospital.patients) {
    const patientAttributes = patientModule(hospital, patient);
    for (const exam of patient.imaging) yield* examInstances(hospital, exam, patientAttributes);
  }
}

function patientModule(hospital: SyntheticHospital, patient: SyntheticPatient): DicomJsonDataset {
  return {
    [T.PatientName.tag]: dicomElement(T.PatientName, {
      Alphabetic: `${patient.family}^${patient.given}`,
    }),
    [T.PatientID.tag]: dicomElement(T.PatientID, pacsPatientId(hospital.site, patient.number)),
    [T.PatientBirthDate.tag]: dicomElement(
      T.PatientBirthDate,
      patient.birthDate.replaceAll("-", ""),
    ),
    [T.PatientSex.tag]: dicomElement(T.PatientSex, DICOM_PATIENT_SEX[patient.sex]),
  };
}

function* examInstances(
  hospital: SyntheticHospital,
  exam: SyntheticImagingExam,
  patientAttributes: DicomJsonDataset,
): Generator<PacsInstanceRecord> {
  const study = exam.study;
  if (!study) return;
  const { timeZone } = hospital.site;
  const studyAttributes: DicomJsonDataset = {
    [T.SpecificCharacterSet.tag]: dicomElement(T.SpecificCharacterSet, UTF8_CHARACTER_SET),
    ...patientAttributes,
    [T.StudyInstanceUID.tag]: dicomElement(T.StudyInstanceUID, study.studyUid),
    [T.StudyDate.tag]: dicomElement(
      T.StudyDate,
      formatLocalTime(study.performedAt, DICOM_DATE, timeZone),
    ),
    [T.StudyTime.tag]: dicomElement(
      T.StudyTime,
      formatLocalTime(study.performedAt, DICOM_TIME, timeZone),
    ),
    [T.AccessionNumber.tag]: dicomElement(T.AccessionNumber, exam.accession),
    [T.StudyDescription.tag]: dicomElement(T.StudyDescription, exam.description),
    // Type 2: present, and empty because the modality was not told.
    [T.StudyID.tag]: dicomElement(T.StudyID),
    [T.ReferringPhysicianName.tag]: dicomElement(T.ReferringPhysicianName),
  };
  for (const series of study.series) {
    const sopClassUid = sopClassOf(series.modality);
    const seriesAttributes: DicomJsonDataset = {
      ...studyAttributes,
      [T.SeriesInstanceUID.tag]: dicomElement(T.SeriesInstanceUID, series.seriesUid),
      [T.SeriesNumber.tag]: dicomElement(T.SeriesNumber, series.number),
      [T.SeriesDescription.tag]: dicomElement(T.SeriesDescription, series.description),
      [T.Modality.tag]: dicomElement(T.Modality, series.modality),
      [T.BodyPartExamined.tag]: dicomElement(T.BodyPartExamined, exam.bodyPart),
      [T.SOPClassUID.tag]: dicomElement(T.SOPClassUID, sopClassUid),
    };
    for (const [index, sopInstanceUid] of series.instanceUids.entries()) {
      yield {
        studyInstanceUid: study.studyUid,
        seriesInstanceUid: series.seriesUid,
        sopInstanceUid,
        sopClassUid,
        dataset: {
          ...seriesAttributes,
          [T.SOPInstanceUID.tag]: dicomElement(T.SOPInstanceUID, sopInstanceUid),
          [T.InstanceNumber.tag]: dicomElement(T.InstanceNumber, index + 1),
        },
      };
    }
  }
}

function sopClassOf(modality: string): string {
  return (
    STORAGE_SOP_CLASS[modality as keyof typeof STORAGE_SOP_CLASS] ?? SECONDARY_CAPTURE_SOP_CLASS
  );
}
