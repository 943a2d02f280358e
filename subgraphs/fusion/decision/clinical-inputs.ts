/**
 * The patient record in the clinical rules' terms (clinical/): numeric measurements in the units
 * the rules name, vital signs by NEWS2 parameter, orders, encounters and reports, each carrying
 * the Evidence that points back to its native record.
 */
import {
  ACVPU,
  AIR_OR_OXYGEN,
  CONSCIOUSNESS_LOINC,
  VITAL_SIGNS,
  type Acvpu,
  type VitalObservation,
} from "../../../clinical/vital-signs";
import { analyteByLoinc, LAB_ANALYTES, type AnalyteKey } from "../../../clinical/lab-analytes";
import type { Measurement } from "../../../clinical/measurement";
import type { Diagnosis, Encounter } from "../../../clinical/encounters";
import type { MedicationOrder } from "../../../clinical/medication-classes";
import type { RadiologyReportInput } from "../../../clinical/radiology-findings";
import {
  labsReleasedBy,
  type PatientRecord,
  type VitalObservation as RecordedVital,
} from "../patient-record";
import type { Evidence } from "../types/evidence";

export interface ClinicalInputs {
  readonly labs: (key: AnalyteKey) => Measurement<Evidence>[];
  readonly vitalSigns: VitalObservation<Evidence>[];
  readonly encounters: Encounter[];
  readonly diagnoses: Diagnosis<Evidence>[];
  readonly orders: MedicationOrder<Evidence>[];
  readonly reports: RadiologyReportInput<Evidence>[];
}

const SPO2_CODES = new Set<string>([VITAL_SIGNS.oxygenSaturation.loinc, "2708-6"]);
const MEASURED = {
  [VITAL_SIGNS.respiratoryRate.loinc]: "respiratoryRate",
  [VITAL_SIGNS.systolic.loinc]: "systolic",
  [VITAL_SIGNS.heartRate.loinc]: "heartRate",
  [VITAL_SIGNS.temperature.loinc]: "temperature",
  [VITAL_SIGNS.gcsTotal.loinc]: "gcsTotal",
} as const;

const vitalEvidence = (v: RecordedVital): Evidence => ({
  system: "EMR",
  recordId: v.id,
  time: v.time,
  description: v.display ?? v.code,
  value: v.value !== null ? String(v.value) : v.valueCode,
  unit: v.unit,
});

function vitalObservation(v: RecordedVital): VitalObservation<Evidence> | null {
  const base = { time: v.time, source: vitalEvidence(v) };
  if (SPO2_CODES.has(v.code) && v.value !== null) {
    return {
      ...base,
      parameter: "oxygenSaturation",
      value: v.value,
      scale2: v.spo2Scale2 === true,
    };
  }
  if (v.code === AIR_OR_OXYGEN.code && (v.valueCode === "air" || v.valueCode === "oxygen")) {
    return { ...base, parameter: "airOrOxygen", value: v.valueCode };
  }
  if (v.code === CONSCIOUSNESS_LOINC && (ACVPU as readonly string[]).includes(v.valueCode ?? "")) {
    return { ...base, parameter: "consciousness", value: v.valueCode as Acvpu };
  }
  const parameter = MEASURED[v.code as keyof typeof MEASURED];
  return parameter && v.value !== null ? { ...base, parameter, value: v.value } : null;
}

/**
 * The record as the rules read it at `asOf`. Lab results count only once released (`issued`),
 * each timed by its collection; the rules themselves cut every other input at `asOf`.
 */
export function clinicalInputs(record: PatientRecord, asOf: Date): ClinicalInputs {
  const measurements = new Map<AnalyteKey, Measurement<Evidence>[]>();
  for (const lab of labsReleasedBy(record.labs ?? [], asOf)) {
    const analyte = analyteByLoinc(lab.loinc);
    // Rules read SI values; a result left in another unit (not normalised) is not one to compute on.
    if (!analyte || lab.value === null || lab.unit !== analyte.siUnit) continue;
    const list = measurements.get(analyte.key) ?? [];
    list.push({
      time: lab.time,
      value: lab.value,
      source: {
        system: "LIS",
        recordId: lab.id,
        time: lab.time,
        description: LAB_ANALYTES[analyte.key].display,
        value: `${lab.comparator ?? ""}${lab.value}`,
        unit: lab.unit,
      },
    });
    measurements.set(analyte.key, list);
  }
  const studyByAccession = new Map(
    (record.studies ?? []).filter((s) => s.accessionNumber).map((s) => [s.accessionNumber!, s]),
  );
  return {
    labs: (key) => measurements.get(key) ?? [],
    vitalSigns: (record.vitals ?? [])
      .map(vitalObservation)
      .filter((v): v is VitalObservation<Evidence> => v !== null),
    encounters: (record.encounters ?? []).map((e) => ({ id: e.id, start: e.start, end: e.end })),
    diagnoses: (record.conditions ?? []).map((c) => ({
      code: c.code,
      encounterId: c.encounterId,
      time: c.time,
      source: {
        system: "HIS",
        recordId: c.id,
        time: c.time,
        description: c.display ?? c.code,
        value: c.code,
        unit: null,
      },
    })),
    orders: (record.medications ?? []).map((m) => ({
      atc: m.atc,
      name: m.display ?? m.atc,
      start: m.start,
      end: m.end,
      source: {
        system: "HIS",
        recordId: m.id,
        time: m.start,
        description: m.display ?? m.atc,
        value: m.atc,
        unit: null,
      },
    })),
    reports: (record.reports ?? [])
      .filter((r) => r.conclusion)
      .map((r) => {
        const study = studyByAccession.get(r.accessionNumber);
        return {
          accessionNumber: r.accessionNumber,
          impression: r.conclusion!,
          source: {
            system: "RIS",
            recordId: r.recordId,
            time: r.issued,
            description: `${r.modality} report (${r.status})`,
            value: r.conclusion,
            unit: null,
          },
          study: study
            ? {
                system: "PACS",
                recordId: study.uid,
                time: study.time,
                description: study.description ?? "Imaging study",
                value: study.accessionNumber,
                unit: null,
              }
            : null,
        };
      }),
  };
}
