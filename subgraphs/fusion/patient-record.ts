/**
 * Reads the entity representation the gateway sends (JSON: dates as ISO strings; labs and vital
 * signs as compact entries with epoch-millisecond instants, shared/fusion-history.ts) into the
 * record fusion computes from. A list that is null or missing means its system did not answer;
 * an empty list means it answered with nothing.
 */
import type { VitalSignHistoryEntry } from "../shared/fusion-history";
import type { Patient } from "./patient";

export type SystemName = "HIS" | "LIS" | "RIS" | "PACS" | "EMR";

export interface Dated {
  readonly time: Date;
}

/** A lab result; `time` is when its specimen was collected, the time it observes. */
export interface LabObservation extends Dated {
  /**
   * When the LIS released it (FHIR `issued`), never before `time`; `time` itself when the LIS
   * recorded no release. Until then nobody could see it: it counts for an `asOf` only from here.
   */
  readonly issued: Date;
  readonly id: string;
  readonly loinc: string;
  readonly display: string | null;
  readonly value: number | null;
  readonly unit: string | null;
  readonly comparator: string | null;
  readonly text: string;
}

/** A charted vital-sign parameter: EMR's entry (shared/fusion-history.ts), its time a Date. */
export interface VitalObservation extends Omit<VitalSignHistoryEntry, "time">, Dated {}

export interface PatientRecord {
  readonly id: string;
  readonly birthDate: string | null;
  readonly sex: string | null;
  readonly encounters: ReadonlyArray<{
    id: string;
    kind: string;
    start: Date | null;
    end: Date | null;
  }> | null;
  readonly conditions: ReadonlyArray<{
    id: string;
    code: string;
    display: string | null;
    encounterId: string;
    time: Date | null;
  }> | null;
  readonly medications: ReadonlyArray<{
    id: string;
    atc: string;
    display: string | null;
    start: Date | null;
    end: Date | null;
  }> | null;
  readonly labs: readonly LabObservation[] | null;
  readonly vitals: readonly VitalObservation[] | null;
  readonly notes: ReadonlyArray<{
    id: string;
    type: string;
    display: string | null;
    time: Date;
  }> | null;
  readonly studies: ReadonlyArray<{
    uid: string;
    accessionNumber: string | null;
    time: Date | null;
    modalities: string[];
    description: string | null;
  }> | null;
  readonly reports: ReadonlyArray<{
    id: string;
    status: string;
    accessionNumber: string;
    modality: string;
    requestedAt: Date | null;
    issued: Date | null;
    conclusion: string | null;
    recordId: string;
    table: string;
  }> | null;
}

const date = (value: unknown): Date | null => {
  if (value === null || value === undefined) return null;
  const d = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(d.getTime()) ? null : d;
};

const list = <T, R>(
  items: readonly T[] | null | undefined,
  read: (item: T) => R | null,
): R[] | null => (items ? items.map(read).filter((x): x is R => x !== null) : null);

/** Records already read, per representation: a ward list's fused fields share one per patient. */
const recordOf = new WeakMap<Patient, PatientRecord>();

/**
 * The representation as fusion's record; entries without a time are dropped where time is the
 * point. Read once per representation, however many fused fields of the request ask.
 */
export function readPatientRecord(p: Patient): PatientRecord {
  let record = recordOf.get(p);
  if (!record) recordOf.set(p, (record = recordFrom(p)));
  return record;
}

function recordFrom(p: Patient): PatientRecord {
  return {
    id: p.id,
    birthDate: p.birthDate ?? null,
    sex: p.sex ?? null,
    encounters: list(p.encounters, (e) => ({
      id: e.id,
      kind: e.class.code,
      start: date(e.period.start),
      end: date(e.period.end),
    })),
    conditions: list(p.conditions, (c) => ({
      id: c.id,
      code: c.code.code,
      display: c.code.display ?? null,
      encounterId: c.encounterId,
      time: date(c.recordedDate),
    })),
    medications: list(p.medicationRequestHistory, (m) => ({
      id: m.id,
      atc: m.medication.code,
      display: m.medication.display ?? null,
      start: date(m.validityPeriod.start),
      end: date(m.validityPeriod.end),
    })),
    labs: list(p.labHistory, (l) => {
      if (l.collected === null) return null;
      const time = new Date(l.collected);
      return {
        id: l.id,
        time,
        issued: l.issued !== null && l.issued > l.collected ? new Date(l.issued) : time,
        loinc: l.code,
        display: l.display,
        value: l.value,
        unit: l.unit,
        comparator: l.comparator,
        text: l.text,
      };
    }),
    vitals: list(p.vitalSignHistory, (v) => ({ ...v, time: new Date(v.time) })),
    notes: list(p.clinicalNoteHistory, (n) => {
      const time = date(n.date);
      return time ? { id: n.id, type: n.type.code, display: n.type.display ?? null, time } : null;
    }),
    studies: list(p.imagingStudyHistory, (s) => ({
      uid: s.uid,
      accessionNumber: s.accessionNumber,
      time: date(s.started),
      modalities: s.modalities.map((m) => m.code),
      description: s.description,
    })),
    reports: list(p.radiologyReports, (r) => ({
      id: r.id,
      status: r.status,
      accessionNumber: r.accessionNumber,
      modality: r.modality,
      requestedAt: date(r.requestedAt),
      issued: date(r.issued),
      conclusion: r.conclusion,
      recordId: r.provenance.recordId,
      table: r.provenance.table,
    })),
  };
}

/**
 * Lab results released at or before `asOf`, newest collection first: what the clinician could
 * see then. A result collected before `asOf` but released after it does not count yet.
 */
export function labsReleasedBy(labs: readonly LabObservation[], asOf: Date): LabObservation[] {
  return upTo(labs, asOf).filter((l) => l.issued.getTime() <= asOf.getTime());
}

/** Items at or before `asOf`, newest first. */
export function upTo<T extends { time: Date | null }>(items: readonly T[], asOf: Date): T[] {
  return items
    .filter((i) => i.time !== null && i.time.getTime() <= asOf.getTime())
    .sort((a, b) => b.time!.getTime() - a.time!.getTime());
}
