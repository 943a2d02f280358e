/**
 * The RIS vendor schema as it stands in the hospital (MySQL/MariaDB in production): legacy
 * upper-case names, SQL DATETIME columns holding the hospital's local wall-clock time, the
 * vendor's own procedure catalogue, and a patient number padded to the RIS width (patient-id.ts).
 * Medfuse reads it, never writes it.
 */
import type { NativeTable } from "../shared/native-table";

export const RIS_TABLES = {
  RIS_EXAM_REQUEST: {
    name: "RIS_EXAM_REQUEST",
    columns: {
      REQ_ID: "bigint",
      PATIENT_NO: "varchar(16)",
      ACCESSION_NO: "varchar(16)",
      PROC_CODE: "varchar(12)",
      PROC_NAME: "varchar(80)",
      MODALITY: "varchar(4)",
      BODY_PART: "varchar(16)",
      REQ_REASON: "varchar(200)",
      REQ_DATETIME: "datetime",
      EXAM_STATUS: "varchar(10)",
    },
    primaryKey: ["REQ_ID"],
    indexes: [["PATIENT_NO"], ["ACCESSION_NO"]],
  },
  RIS_REPORT: {
    name: "RIS_REPORT",
    columns: {
      RPT_ID: "bigint",
      REQ_ID: "bigint",
      ACCESSION_NO: "varchar(16)",
      RPT_STATUS: "char(1)",
      RADIOLOGIST: "varchar(60)",
      FINDINGS: "text",
      IMPRESSION: "text",
      RPT_DATETIME: "datetime",
    },
    primaryKey: ["RPT_ID"],
    indexes: [["REQ_ID"], ["ACCESSION_NO"]],
  },
} as const satisfies Record<string, NativeTable>;

/** Kysely's view of the same tables, for typed queries in the source layer. */
export interface RisDatabase {
  RIS_EXAM_REQUEST: {
    REQ_ID: number;
    PATIENT_NO: string;
    ACCESSION_NO: string;
    PROC_CODE: string;
    PROC_NAME: string;
    MODALITY: string;
    BODY_PART: string | null;
    REQ_REASON: string | null;
    REQ_DATETIME: string;
    EXAM_STATUS: string;
  };
  RIS_REPORT: {
    RPT_ID: number;
    REQ_ID: number;
    ACCESSION_NO: string;
    RPT_STATUS: string;
    RADIOLOGIST: string | null;
    FINDINGS: string | null;
    IMPRESSION: string | null;
    RPT_DATETIME: string;
  };
}

/** Exam workflow: requested, scheduled, performed (images in PACS), reported; or cancelled. */
export const RIS_EXAM_STATUS = {
  REQ: "requested",
  SCHED: "scheduled",
  DONE: "performed",
  REPORTED: "reported",
  CANC: "cancelled",
} as const;
export type RisExamStatus = keyof typeof RIS_EXAM_STATUS;

/** Report status: P preliminary (resident or unsigned), F final (signed by the radiologist). */
export const RIS_REPORT_STATUS = { P: "preliminary", F: "final" } as const;
export type RisReportStatus = keyof typeof RIS_REPORT_STATUS;

/**
 * The vendor's procedure catalogue: local codes and the abbreviated names RIS prints on
 * worklists, which differ from the study descriptions the modalities send to PACS.
 */
export const RIS_PROCEDURES = {
  CT0210: { name: "CT THORAX C+", modality: "CT" },
  CT0215: { name: "CTPA", modality: "CT" },
  XR0101: { name: "XR CHEST PA", modality: "CR" },
  CT0101: { name: "CT HEAD C-", modality: "CT" },
  US0410: { name: "US RENAL BILAT", modality: "US" },
  MR0530: { name: "MRI L-SPINE", modality: "MR" },
} as const satisfies Record<string, { name: string; modality: string }>;
export type RisProcedureCode = keyof typeof RIS_PROCEDURES;
