/**
 * Writes the synthetic hospital's vital signs and notes the way the EMR charts them: one
 * flowsheet document per vital-sign set under local parameter codes, units as the bedside device
 * wrote them (one thermometer in five is an old Fahrenheit one), oxygen as the delivery device,
 * and notes under the vendor's local note types.
 */
import type {
  SyntheticEncounter,
  SyntheticHospital,
  SyntheticNote,
  SyntheticPatient,
  SyntheticVitalSigns,
} from "../../generator/synthetic-hospital";
import { writeEmbeddedDocumentStore } from "./embedded-document-store";
import { writeMongoDocumentStore } from "./mongodb-document-store";
import {
  EMR_COLLECTIONS,
  EMR_INDEXES,
  type ClinicalNoteDocument,
  type EmrFlowsheetParam,
  type EmrNoteType,
  type EmrOxygenDevice,
  type FlowsheetDocument,
  type FlowsheetEntry,
} from "./native-schema";
import { emrPatNo } from "./patient-id";

/** Record ids reach nine digits (patient number × 10,000 + sequence). */
const ID_WIDTH = 9;
const OXYGEN_DEVICES: readonly EmrOxygenDevice[] = ["NC", "FM", "NRB", "HFNC"];

/** The EMR's share of the hospital, collection by collection, as documents in native form. */
export function emrNativeCollections(
  hospital: SyntheticHospital,
): Record<string, Iterable<object>> {
  return {
    [EMR_COLLECTIONS.flowsheet]: eachPatient(hospital, (p) =>
      p.vitals.map((set) => flowsheetDocument(p, set)),
    ),
    [EMR_COLLECTIONS.clinicalNotes]: eachPatient(hospital, (p) =>
      p.notes.map((note) => noteDocument(p, note)),
    ),
  };
}

/** Writes the EMR's embedded store: one EJSON file the subgraph opens with `config.store`. */
export async function writeEmrStore(
  hospital: SyntheticHospital,
  path: string,
): Promise<{ documents: number }> {
  return { documents: await writeEmbeddedDocumentStore(path, emrNativeCollections(hospital)) };
}

/**
 * Loads the EMR's collections and the vendor's indexes into a MongoDB (or FerretDB) database, the
 * one the URL names or else `emr`, replacing what is there. `progress` hears counts, never values.
 */
export async function loadEmrMongo(
  hospital: SyntheticHospital,
  url: string,
  progress: (line: string) => void = () => {},
): Promise<{ documents: number }> {
  const documents = await writeMongoDocumentStore(
    url,
    emrNativeCollections(hospital),
    EMR_INDEXES,
    (collection, written) =>
      progress(`EMR ${collection}: ${written.toLocaleString("en")} documents`),
  );
  return { documents };
}

/** Lazily, so the writer streams one patient at a time. */
function eachPatient<T>(
  hospital: SyntheticHospital,
  documents: (patient: SyntheticPatient) => T[],
): Iterable<T> {
  return {
    *[Symbol.iterator]() {
      for (const patient of hospital.patients) yield* documents(patient);
    },
  };
}

export function flowsheetId(setId: number): string {
  return `FS-${String(setId).padStart(ID_WIDTH, "0")}`;
}

export function noteId(noteNumber: number): string {
  return `CN-${String(noteNumber).padStart(ID_WIDTH, "0")}`;
}

function flowsheetDocument(patient: SyntheticPatient, set: SyntheticVitalSigns): FlowsheetDocument {
  const entries: FlowsheetEntry[] = [];
  const chart = (param: EmrFlowsheetParam, value: number | string | undefined, unit?: string) => {
    if (value !== undefined) entries.push(unit ? { param, value, unit } : { param, value });
  };
  chart("RESP", set.respiratoryRate, "br/min");
  if (set.oxygenSaturation !== undefined) {
    entries.push({
      param: "SPO2",
      value: set.oxygenSaturation,
      unit: "%",
      ...(set.spo2Scale2 ? { scale: 2 } : {}),
    });
  }
  chart("O2DEV", set.onOxygen === undefined ? undefined : oxygenDevice(set.id, set.onOxygen));
  chart("NIBP_S", set.systolic, "mmHg");
  chart("NIBP_D", set.diastolic, "mmHg");
  chart("HR", set.heartRate, "bpm");
  chart("ACVPU", set.consciousness);
  if (set.temperature !== undefined) {
    if (fahrenheitThermometer(set.id))
      chart("TEMP", Math.round((set.temperature * 1.8 + 32) * 10) / 10, "°F");
    else chart("TEMP", set.temperature, "°C");
  }
  chart("WT", set.weight, "kg");
  chart("HT", set.height, "cm");
  const ward = wardAt(patient.encounters, set.takenAt);
  return {
    _id: flowsheetId(set.id),
    patNo: emrPatNo(patient.number),
    recordedAt: set.takenAt,
    ...(ward ? { ward } : {}),
    entries,
  };
}

function fahrenheitThermometer(setId: number): boolean {
  return setId % 5 === 0;
}

function oxygenDevice(setId: number, onOxygen: boolean): EmrOxygenDevice {
  return onOxygen ? OXYGEN_DEVICES[setId % OXYGEN_DEVICES.length] : "RA";
}

function wardAt(encounters: readonly SyntheticEncounter[], at: Date): string | undefined {
  const t = at.getTime();
  return encounters.find((e) => e.start.getTime() <= t && (e.end === null || t <= e.end.getTime()))
    ?.department.code;
}

const NOTE_TYPES: Record<SyntheticNote["kind"], EmrNoteType> = {
  progress: "PROG",
  nursing: "NURS",
  discharge: "DISC",
  admission: "ADM",
};

function noteDocument(patient: SyntheticPatient, note: SyntheticNote): ClinicalNoteDocument {
  // One ward files a quarter of its nursing notes as handovers, a type Medfuse has not mapped.
  const noteType = note.kind === "nursing" && note.id % 4 === 0 ? "HOVR" : NOTE_TYPES[note.kind];
  return {
    _id: noteId(note.id),
    patNo: emrPatNo(patient.number),
    noteType,
    author: note.author,
    createdAt: note.authoredAt,
    body: note.text,
    visitNo: note.encounterId,
  };
}
