/**
 * Writes the synthetic hospital's radiology into the RIS's native tables: one request per exam,
 * a report row once a radiologist has reported it, times as local SQL DATETIME text.
 */
import type { SyntheticHospital, SyntheticImagingExam } from "../../generator/synthetic-hospital";
import { formatLocalTime, SQL_DATETIME } from "../shared/local-time";
import type { NativeRow, NativeTableData } from "../shared/native-table";
import {
  RIS_PROCEDURES,
  RIS_TABLES,
  type RisExamStatus,
  type RisProcedureCode,
} from "./native-schema";
import { risPatientNo } from "./patient-id";

/** The order interface keeps an unperformed exam at REQ until the department books it, within a day. */
const BOOKING_DELAY_MS = 24 * 3_600_000;

export function risNativeTables(hospital: SyntheticHospital): NativeTableData[] {
  const { timeZone } = hospital.site;
  const local = (instant: Date) => formatLocalTime(instant, SQL_DATETIME, timeZone);
  const requests: NativeRow[] = [];
  const reports: NativeRow[] = [];
  for (const patient of hospital.patients) {
    for (const exam of patient.imaging) {
      const procedure = procedureFor(exam);
      requests.push({
        REQ_ID: exam.requestId,
        PATIENT_NO: risPatientNo(patient.number),
        ACCESSION_NO: exam.accession,
        PROC_CODE: procedure.code,
        PROC_NAME: procedure.name,
        MODALITY: exam.modality,
        BODY_PART: exam.bodyPart,
        REQ_REASON: exam.reason,
        REQ_DATETIME: local(exam.requestedAt),
        EXAM_STATUS: examStatus(exam, hospital.anchor),
      });
      if (exam.report) {
        reports.push({
          RPT_ID: exam.report.id,
          REQ_ID: exam.requestId,
          ACCESSION_NO: exam.accession,
          RPT_STATUS: exam.report.status === "final" ? "F" : "P",
          RADIOLOGIST: exam.report.radiologist,
          FINDINGS: exam.report.findings,
          IMPRESSION: exam.report.impression,
          RPT_DATETIME: local(exam.report.reportedAt),
        });
      }
    }
  }
  return [
    { table: RIS_TABLES.RIS_EXAM_REQUEST, rows: requests },
    { table: RIS_TABLES.RIS_REPORT, rows: reports },
  ];
}

function examStatus(exam: SyntheticImagingExam, anchor: Date): RisExamStatus {
  if (exam.report) return "REPORTED";
  if (exam.study) return "DONE";
  return anchor.getTime() - exam.requestedAt.getTime() < BOOKING_DELAY_MS ? "REQ" : "SCHED";
}

/** The order texts HIS sends, as the RIS site administrator mapped them to catalogue codes. */
const CODE_BY_ORDER_TEXT: Readonly<Record<string, RisProcedureCode>> = {
  "CT Chest with contrast": "CT0210",
  "CT Pulmonary Angiogram": "CT0215",
  "Chest X-ray PA": "XR0101",
  "CT Head without contrast": "CT0101",
  "Ultrasound kidneys": "US0410",
  "MRI Lumbar spine": "MR0530",
};

/** Orders the catalogue lacks get a code the way RIS sites add them: modality plus body part. */
function procedureFor(exam: SyntheticImagingExam): { code: string; name: string } {
  const code = CODE_BY_ORDER_TEXT[exam.description];
  if (code) return { code, name: RIS_PROCEDURES[code].name };
  return {
    code: `${exam.modality}-${exam.bodyPart}`.slice(0, 12),
    name: exam.description.toUpperCase(),
  };
}
