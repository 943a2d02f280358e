/**
 * EMR documents → graph objects: local flowsheet codes to LOINC, device units to UCUM (°F to Cel),
 * oxygen devices to air/oxygen, local note types to LOINC document types; provenance kept.
 * Codes Medfuse has no mapping for come back under an EMR-local system, never dropped.
 */
import { LOINC_SYSTEM } from "../../clinical/lab-analytes";
import {
  ACVPU,
  AIR_OR_OXYGEN,
  CONSCIOUSNESS_LOINC,
  VITAL_SIGNS,
  type Acvpu,
  type VitalSignKey,
} from "../../clinical/vital-signs";
import { Coding } from "../shared/coding";
import { observationCategory } from "../shared/observation-category";
import { Provenance } from "../shared/provenance";
import { Quantity } from "../shared/quantity";
import {
  EMR_COLLECTIONS,
  EMR_NOTE_TYPES,
  EMR_OXYGEN_DEVICES,
  type ClinicalNoteDocument,
  type EmrFlowsheetParam,
  type FlowsheetDocument,
  type FlowsheetEntry,
} from "./native-schema";
import type { ClinicalNote } from "./types/clinical-note";
import type { VitalSign } from "./types/vital-sign";

/** Systems for EMR codes Medfuse has no standard mapping for; the code is the EMR's own. */
export const EMR_LOCAL_SYSTEMS = {
  flowsheetParam: "urn:medfuse:emr:flowsheet-param",
  noteType: "urn:medfuse:emr:note-type",
} as const;

/** Values of a flowsheet row Medfuse has no mapping for, e.g. an unknown oxygen device. */
export function emrFlowsheetValueSystem(param: string): string {
  return `${EMR_LOCAL_SYSTEMS.flowsheetParam}:${param}`;
}
/** NEWS2 ACVPU levels (RCP 2017), the coded value of LOINC 67775-7. */
export const ACVPU_SYSTEM = "urn:medfuse:news2:acvpu";
const ACVPU_DISPLAY: Record<Acvpu, string> = {
  A: "Alert",
  C: "New confusion",
  V: "Responds to voice",
  P: "Responds to pain",
  U: "Unresponsive",
};

const MEASURED_PARAMS = {
  RESP: "respiratoryRate",
  SPO2: "oxygenSaturation",
  NIBP_S: "systolic",
  NIBP_D: "diastolic",
  HR: "heartRate",
  TEMP: "temperature",
  WT: "weight",
  HT: "height",
} as const satisfies Partial<Record<EmrFlowsheetParam, VitalSignKey>>;

/** Units the bedside devices write, to UCUM; a conversion where the device used another scale. */
const DEVICE_UNITS: Readonly<
  Record<string, { ucum: string; convert?: (value: number) => number }>
> = {
  "br/min": { ucum: "/min" },
  bpm: { ucum: "/min" },
  "%": { ucum: "%" },
  mmHg: { ucum: "mm[Hg]" },
  "°C": { ucum: "Cel" },
  "°F": { ucum: "Cel", convert: fahrenheitToCelsius },
  kg: { ucum: "kg" },
  cm: { ucum: "cm" },
};

/** One decimal: a 0.1 °F reading carries no more than that in Celsius. */
export function fahrenheitToCelsius(fahrenheit: number): number {
  return Math.round(((fahrenheit - 32) / 1.8) * 10) / 10;
}

/**
 * One observation per charted parameter, in the documents' order (the source sorts newest
 * first); `last` keeps that many of each code, so `last: 1` is the latest of every vital sign.
 */
export function toVitalSigns(
  documents: readonly FlowsheetDocument[],
  last: number | null,
): VitalSign[] {
  const signs = documents.flatMap((document) =>
    document.entries.map((entry) => toVitalSign(document, entry)),
  );
  return last === null ? signs : mostRecentPerCode(signs, last);
}

function mostRecentPerCode(signs: readonly VitalSign[], last: number): VitalSign[] {
  const seen = new Map<string, number>();
  return signs.filter((sign) => {
    const key = `${sign.code.system}|${sign.code.code}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count <= last;
  });
}

export function toVitalSign(document: FlowsheetDocument, entry: FlowsheetEntry): VitalSign {
  const provenance: Provenance = {
    system: "EMR",
    table: EMR_COLLECTIONS.flowsheet,
    recordId: document._id,
    value: String(entry.value),
    unit: entry.unit ?? null,
    time: document.recordedAt.toISOString(),
  };
  return {
    id: `${document._id}.${entry.param}`,
    category: observationCategory("vital-signs"),
    ...observed(entry),
    spo2Scale2: entry.param === "SPO2" ? entry.scale === 2 : null,
    effectiveDateTime: document.recordedAt,
    setId: document._id,
    provenance,
  };
}

type Observed = Pick<VitalSign, "code" | "value" | "valueCode">;

function observed(entry: FlowsheetEntry): Observed {
  if (entry.param === "ACVPU") {
    const level = ACVPU.find((code) => code === entry.value);
    return {
      code: new Coding(LOINC_SYSTEM, CONSCIOUSNESS_LOINC, "Level of responsiveness (ACVPU)"),
      value: null,
      valueCode: level
        ? new Coding(ACVPU_SYSTEM, level, ACVPU_DISPLAY[level])
        : unmappedValue(entry),
    };
  }
  if (entry.param === "O2DEV") {
    const device = EMR_OXYGEN_DEVICES[entry.value as keyof typeof EMR_OXYGEN_DEVICES];
    const breathing = entry.value === "RA" ? "air" : "oxygen";
    return {
      code: new Coding(AIR_OR_OXYGEN.system, AIR_OR_OXYGEN.code, AIR_OR_OXYGEN.display),
      value: null,
      valueCode: device
        ? new Coding(AIR_OR_OXYGEN.valueSystem, breathing, device)
        : unmappedValue(entry),
    };
  }
  const key = MEASURED_PARAMS[entry.param as keyof typeof MEASURED_PARAMS];
  if (key) {
    const { loinc, display, unit } = VITAL_SIGNS[key];
    return { code: new Coding(LOINC_SYSTEM, loinc, display), ...measured(entry, unit) };
  }
  return {
    code: new Coding(EMR_LOCAL_SYSTEMS.flowsheetParam, entry.param, null),
    ...measured(entry, null),
  };
}

/** A numeric value in UCUM; a unit no dictionary knows stays as written rather than guessed at. */
function measured(
  entry: FlowsheetEntry,
  defaultUnit: string | null,
): Pick<VitalSign, "value" | "valueCode"> {
  if (typeof entry.value !== "number") return { value: null, valueCode: unmappedValue(entry) };
  if (entry.unit === undefined)
    return { value: new Quantity(entry.value, defaultUnit ?? "1"), valueCode: null };
  const device = DEVICE_UNITS[entry.unit];
  if (!device) return { value: new Quantity(entry.value, entry.unit), valueCode: null };
  return {
    value: new Quantity(device.convert ? device.convert(entry.value) : entry.value, device.ucum),
    valueCode: null,
  };
}

function unmappedValue(entry: FlowsheetEntry): Coding {
  return new Coding(emrFlowsheetValueSystem(entry.param), String(entry.value), null);
}

/** LOINC document types of the note types Medfuse has mapped. */
const NOTE_TYPE_LOINC: Readonly<Record<string, { code: string; display: string }>> = {
  PROG: { code: "11506-3", display: "Progress note" },
  NURS: { code: "34746-8", display: "Nurse note" },
  DISC: { code: "18842-5", display: "Discharge summary" },
  ADM: { code: "34117-2", display: "History and physical note" },
};

/** Notes in the documents' order (newest first from the source); `last` keeps that many. */
export function toClinicalNotes(
  documents: readonly ClinicalNoteDocument[],
  last: number | null,
): ClinicalNote[] {
  return (last === null ? documents : documents.slice(0, last)).map(toClinicalNote);
}

export function toClinicalNote(document: ClinicalNoteDocument): ClinicalNote {
  const loinc = NOTE_TYPE_LOINC[document.noteType];
  const localDisplay = EMR_NOTE_TYPES[document.noteType as keyof typeof EMR_NOTE_TYPES] ?? null;
  return {
    id: document._id,
    type: loinc
      ? new Coding(LOINC_SYSTEM, loinc.code, loinc.display)
      : new Coding(EMR_LOCAL_SYSTEMS.noteType, document.noteType, localDisplay),
    date: document.createdAt,
    author: document.author,
    text: document.body,
    encounterId: document.visitNo === undefined ? null : String(document.visitNo),
    provenance: {
      system: "EMR",
      table: EMR_COLLECTIONS.clinicalNotes,
      recordId: document._id,
      value: document.noteType,
      unit: null,
      time: document.createdAt.toISOString(),
    },
  };
}
