/** PACS DICOM JSON → graph objects: DA/TM to instants, DICOM terms to codings, provenance kept. */
import { Coding } from "../shared/coding";
import { COMPACT_TIMESTAMP, parseLocalTime } from "../shared/local-time";
import { canonicalPatientId } from "../shared/patient-id";
import type { HospitalSite } from "../subgraph";
import { dicomNumber, dicomString, dicomStrings } from "./dicom-json";
import {
  BODY_PART_SNOMED,
  DCM_SYSTEM,
  DICOM_MODALITIES,
  DICOM_TAGS as T,
  PACS_BODY_PART_SYSTEM,
  SNOMED_SYSTEM,
} from "./native-schema";
import { patientNumberFromPacs } from "./patient-id";
import type { SeriesRow, StudyRow } from "./source";
import type { ImagingSeries } from "./types/imaging-series";
import type { ImagingStudy } from "./types/imaging-study";

/** FHIR ImagingStudy.identifier system for DICOM UIDs (CLINICAL.md §10). */
export const DICOM_UID_SYSTEM = "urn:dicom:uid";

export class PacsMapping {
  constructor(private readonly site: HospitalSite) {}

  study(row: StudyRow): ImagingStudy {
    const uid = dicomString(row, T.StudyInstanceUID) ?? "";
    const date = dicomString(row, T.StudyDate);
    const time = dicomString(row, T.StudyTime);
    return {
      uid,
      identifier: new Coding(DICOM_UID_SYSTEM, `urn:oid:${uid}`),
      accessionNumber: dicomString(row, T.AccessionNumber),
      started: studyInstant(date, time, this.site.timeZone),
      modalities: dicomStrings(row, T.ModalitiesInStudy).map(modalityCoding),
      description: dicomString(row, T.StudyDescription),
      numberOfSeries: dicomNumber(row, T.NumberOfStudyRelatedSeries) ?? 0,
      numberOfInstances: dicomNumber(row, T.NumberOfStudyRelatedInstances) ?? 0,
      provenance: {
        system: "PACS",
        table: "study",
        recordId: uid,
        value: dicomString(row, T.StudyDescription),
        time: [date, time].filter(Boolean).join(" ") || null,
      },
      pacsPatientId: dicomString(row, T.PatientID),
    };
  }

  series(row: SeriesRow): ImagingSeries {
    const uid = dicomString(row, T.SeriesInstanceUID) ?? "";
    const modality = dicomString(row, T.Modality);
    const bodyPart = dicomString(row, T.BodyPartExamined);
    return {
      uid,
      number: dicomNumber(row, T.SeriesNumber),
      modality: modality ? modalityCoding(modality) : null,
      description: dicomString(row, T.SeriesDescription),
      numberOfInstances: dicomNumber(row, T.NumberOfSeriesRelatedInstances) ?? 0,
      bodySite: bodyPart ? bodySiteCoding(bodyPart) : null,
      provenance: { system: "PACS", table: "series", recordId: uid, value: bodyPart },
    };
  }

  /** The canonical id behind a PACS PatientID; null when it is not this site's form. */
  patientId(pacsPatientId: string | null): string | null {
    const number = pacsPatientId ? patientNumberFromPacs(this.site, pacsPatientId) : null;
    return number === null ? null : canonicalPatientId(this.site, number);
  }
}

/**
 * DA + TM in the hospital's zone → instant. TM may be `HHMM`, `HHMMSS.FFFFFF` or, from old
 * ACR-NEMA writers, `HH:MM:SS`; fractions are dropped, a missing time is midnight.
 */
export function studyInstant(
  date: string | null,
  time: string | null,
  timeZone: string,
): Date | null {
  if (!date) return null;
  const hhmmss = (time ?? "").replaceAll(":", "").split(".")[0].padEnd(6, "0");
  return parseLocalTime(`${date.replaceAll(".", "")}${hhmmss}`, COMPACT_TIMESTAMP, timeZone);
}

function modalityCoding(modality: string): Coding {
  return new Coding(
    DCM_SYSTEM,
    modality,
    DICOM_MODALITIES[modality as keyof typeof DICOM_MODALITIES] ?? null,
  );
}

function bodySiteCoding(bodyPart: string): Coding {
  const snomed = BODY_PART_SNOMED[bodyPart as keyof typeof BODY_PART_SNOMED];
  return snomed
    ? new Coding(SNOMED_SYSTEM, snomed.code, snomed.display)
    : new Coding(PACS_BODY_PART_SYSTEM, bodyPart, "unmapped BodyPartExamined");
}
