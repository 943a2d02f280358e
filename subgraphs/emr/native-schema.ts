/**
 * The EMR/CIS vendor's document model as it stands in the hospital's MongoDB: the patient number
 * as a plain number (`patNo: 42`), times as UTC dates, flowsheet rows under the vendor's local
 * parameter codes with the unit the bedside device wrote. Medfuse reads it, never writes it.
 */
import type { DocumentIndex } from "./document-store";

export const EMR_COLLECTIONS = {
  flowsheet: "flowsheet",
  clinicalNotes: "clinical_notes",
} as const;

export type EmrCollection = (typeof EMR_COLLECTIONS)[keyof typeof EMR_COLLECTIONS];

/** The field every patient-scoped collection is indexed by. */
export const EMR_PATIENT_FIELD = "patNo";

/** The vendor's indexes behind its per-patient, newest-first screens (and `source.ts`'s finds). */
export const EMR_INDEXES: Readonly<Record<EmrCollection, readonly DocumentIndex[]>> = {
  [EMR_COLLECTIONS.flowsheet]: [
    { name: "patNo_recordedAt", key: { [EMR_PATIENT_FIELD]: 1, recordedAt: -1 } },
  ],
  [EMR_COLLECTIONS.clinicalNotes]: [
    { name: "patNo_createdAt", key: { [EMR_PATIENT_FIELD]: 1, createdAt: -1 } },
  ],
};

/** One charted value of a flowsheet row. */
export interface FlowsheetEntry {
  /** Local parameter code, see EMR_FLOWSHEET_PARAMS. */
  readonly param: string;
  /** Numbers for measurements, local codes (ACVPU letter, oxygen device) for coded rows. */
  readonly value: number | string;
  /** As the device wrote it (`°F`, `bpm`, `mmHg`); absent on coded rows. */
  readonly unit?: string;
  /** On SPO2 only: 2 when charted against the prescribed 88–92 % target (NEWS2 scale 2). */
  readonly scale?: number;
}

/** One vital-sign set: everything the nurse charted at one time. */
export interface FlowsheetDocument {
  readonly _id: string;
  readonly patNo: number;
  readonly recordedAt: Date;
  /** HIS department code of the ward the set was charted on; absent outside any visit. */
  readonly ward?: string;
  readonly entries: readonly FlowsheetEntry[];
}

export interface ClinicalNoteDocument {
  readonly _id: string;
  readonly patNo: number;
  /** Local note type, see EMR_NOTE_TYPES. */
  readonly noteType: string;
  readonly author: string;
  readonly createdAt: Date;
  readonly body: string;
  /** HIS visit number the note was written in; absent on notes written outside a visit. */
  readonly visitNo?: number;
}

/** The vendor's flowsheet row dictionary (code → row label on the chart). */
export const EMR_FLOWSHEET_PARAMS = {
  RESP: "Respirations",
  SPO2: "SpO2",
  O2DEV: "O2 delivery device",
  NIBP_S: "NIBP systolic",
  NIBP_D: "NIBP diastolic",
  HR: "Heart rate",
  ACVPU: "Level of consciousness (ACVPU)",
  TEMP: "Temperature",
  WT: "Weight",
  HT: "Height",
} as const;

export type EmrFlowsheetParam = keyof typeof EMR_FLOWSHEET_PARAMS;

/** O2DEV values: room air, or the device delivering supplemental oxygen. */
export const EMR_OXYGEN_DEVICES = {
  RA: "Room air",
  NC: "Nasal cannula",
  FM: "Simple face mask",
  NRB: "Non-rebreather mask",
  HFNC: "High-flow nasal cannula",
} as const;

export type EmrOxygenDevice = keyof typeof EMR_OXYGEN_DEVICES;

/** The vendor's note types. HOVR (shift handover) is a ward-local type Medfuse has no LOINC for. */
export const EMR_NOTE_TYPES = {
  PROG: "Progress note",
  NURS: "Nursing note",
  HOVR: "Nursing shift handover",
  DISC: "Discharge summary",
  ADM: "Admission history and physical",
} as const;

export type EmrNoteType = keyof typeof EMR_NOTE_TYPES;
