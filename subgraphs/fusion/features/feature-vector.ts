/**
 * The feature layer: one point-in-time vector per patient, drawn from HIS, LIS, EMR, RIS and PACS.
 * Every feature names its source record; a feature without data is null with the reason.
 */
import { ageInYears } from "../../../clinical/age";
import { impressionFindings } from "../../../clinical/radiology-findings";
import { COMORBIDITIES, icd10InRanges, type Comorbidity } from "../../../clinical/comorbidities";
import { egfrOf } from "../../../clinical/kidney";
import { analyteByLoinc, LAB_ANALYTES, type AnalyteKey } from "../../../clinical/lab-analytes";
import {
  MEDICATION_CLASSES,
  medicationClassesOf,
  type MedicationClass,
} from "../../../clinical/medication-classes";
import { VITAL_SIGNS, type VitalSignKey } from "../../../clinical/vital-signs";
import { labsReleasedBy, upTo, type PatientRecord, type SystemName } from "../patient-record";
import type { Feature } from "../types/feature";

const DAY = 86_400_000;
const IMAGING_MODALITIES = ["CT", "CR", "MR", "US"] as const;
const MEASURED_VITALS: VitalSignKey[] = [
  "respiratoryRate",
  "heartRate",
  "oxygenSaturation",
  "systolic",
  "diastolic",
  "temperature",
  "weight",
  "height",
];

const missing = (name: string, system: SystemName, reason: string): Feature => ({
  name,
  value: null,
  valueText: null,
  unit: null,
  observedAt: null,
  system,
  recordId: null,
  missingReason: reason,
});

const unavailable = (system: SystemName) => `${system} did not answer`;

/** Computes the whole vector at `asOf`; `timeZone` is the hospital's, for ages in whole years. */
export function featureVector(record: PatientRecord, asOf: Date, timeZone: string): Feature[] {
  return [
    ...demographics(record, asOf, timeZone),
    ...labFeatures(record, asOf),
    egfrFeature(record, asOf, timeZone),
    ...vitalFeatures(record, asOf),
    ...comorbidityFeatures(record, asOf),
    ...medicationFeatures(record, asOf),
    ...encounterFeatures(record, asOf),
    ...imagingFeatures(record, asOf),
    ...radiologyFeatures(record, asOf),
  ];
}

function demographics(record: PatientRecord, asOf: Date, timeZone: string): Feature[] {
  const age: Feature = record.birthDate
    ? {
        ...missing("age", "HIS", ""),
        value: ageInYears(record.birthDate, asOf, timeZone),
        unit: "a",
        recordId: record.id,
        missingReason: null,
      }
    : missing("age", "HIS", "no birth date recorded");
  const sex: Feature = record.sex
    ? {
        ...missing("sex", "HIS", ""),
        valueText: record.sex,
        recordId: record.id,
        missingReason: null,
      }
    : missing("sex", "HIS", "no sex recorded");
  return [age, sex];
}

/** The latest numeric result of each analyte, in its SI unit. */
function labFeatures(record: PatientRecord, asOf: Date): Feature[] {
  const latest = new Map<
    AnalyteKey,
    PatientRecord["labs"] extends readonly (infer L)[] | null ? L : never
  >();
  for (const lab of labsReleasedBy(record.labs ?? [], asOf)) {
    const analyte = analyteByLoinc(lab.loinc);
    if (analyte && lab.value !== null && lab.unit === analyte.siUnit && !latest.has(analyte.key))
      latest.set(analyte.key, lab);
  }
  return (Object.keys(LAB_ANALYTES) as AnalyteKey[]).map((key) => {
    const name = `lab.${key}`;
    if (!record.labs) return missing(name, "LIS", unavailable("LIS"));
    const lab = latest.get(key);
    if (!lab) return missing(name, "LIS", "no result released at or before asOf");
    return {
      name,
      value: lab.value,
      valueText: lab.comparator ? `${lab.comparator}${lab.value}` : null,
      unit: lab.unit,
      observedAt: lab.time,
      system: "LIS",
      recordId: lab.id,
      missingReason: null,
    };
  });
}

/** eGFR (CKD-EPI 2021) from the latest creatinine, age at that time and sex. */
function egfrFeature(record: PatientRecord, asOf: Date, timeZone: string): Feature {
  if (!record.labs) return missing("egfr", "LIS", unavailable("LIS"));
  const creatinine = labsReleasedBy(record.labs, asOf).find(
    (l) =>
      analyteByLoinc(l.loinc)?.key === "creatinine" &&
      l.value !== null &&
      l.unit === LAB_ANALYTES.creatinine.siUnit,
  );
  if (!creatinine) return missing("egfr", "LIS", "no creatinine released at or before asOf");
  const sex = record.sex === "male" || record.sex === "female" ? record.sex : null;
  if (!sex || !record.birthDate)
    return missing("egfr", "LIS", "needs the patient's sex and birth date");
  const egfr = egfrOf(
    { time: creatinine.time, value: creatinine.value!, source: { system: "LIS" } },
    sex,
    record.birthDate,
    timeZone,
  );
  return {
    name: "egfr",
    value: egfr.value,
    valueText: egfr.category,
    unit: "mL/min/{1.73_m2}",
    observedAt: creatinine.time,
    system: "LIS",
    recordId: creatinine.id,
    missingReason: null,
  };
}

function vitalFeatures(record: PatientRecord, asOf: Date): Feature[] {
  const history = upTo(record.vitals ?? [], asOf);
  const latestOf = (key: VitalSignKey) =>
    history.find((v) => v.code === VITAL_SIGNS[key].loinc && v.value !== null);
  const features = MEASURED_VITALS.map((key): Feature => {
    const name = `vital.${key}`;
    if (!record.vitals) return missing(name, "EMR", unavailable("EMR"));
    const v = latestOf(key);
    if (!v) return missing(name, "EMR", "not charted at or before asOf");
    return {
      name,
      value: v.value,
      valueText: null,
      unit: v.unit,
      observedAt: v.time,
      system: "EMR",
      recordId: v.id,
      missingReason: null,
    };
  });
  const weight = latestOf("weight");
  const height = latestOf("height");
  const bmi: Feature =
    weight && height && height.value
      ? {
          name: "vital.bmi",
          value: Math.round((weight.value! / (height.value / 100) ** 2) * 10) / 10,
          valueText: null,
          unit: VITAL_SIGNS.bmi.unit,
          observedAt: weight.time > height.time ? weight.time : height.time,
          system: "EMR",
          recordId: `${weight.id}+${height.id}`,
          missingReason: null,
        }
      : missing(
          "vital.bmi",
          "EMR",
          record.vitals ? "needs a charted weight and height" : unavailable("EMR"),
        );
  return [...features, bmi];
}

function comorbidityFeatures(record: PatientRecord, asOf: Date): Feature[] {
  const recorded = upTo(record.conditions ?? [], asOf);
  return (Object.keys(COMORBIDITIES) as Comorbidity[]).map((flag) => {
    const name = `comorbidity.${flag}`;
    if (!record.conditions) return missing(name, "HIS", unavailable("HIS"));
    const first = recorded.find((c) => icd10InRanges(c.code, COMORBIDITIES[flag]));
    return {
      name,
      value: first ? 1 : 0,
      valueText: first?.code ?? null,
      unit: null,
      observedAt: first?.time ?? null,
      system: "HIS",
      recordId: first?.id ?? null,
      missingReason: null,
    };
  });
}

/** Active at asOf: started at or before it, not yet stopped. */
export function activeAt<T extends { start: Date | null; end: Date | null }>(
  orders: readonly T[],
  asOf: Date,
): T[] {
  return orders.filter(
    (o) => o.start !== null && o.start <= asOf && (o.end === null || o.end > asOf),
  );
}

function medicationFeatures(record: PatientRecord, asOf: Date): Feature[] {
  const active = activeAt(record.medications ?? [], asOf);
  return (Object.keys(MEDICATION_CLASSES) as MedicationClass[]).map((cls) => {
    const name = `medication.${cls}`;
    if (!record.medications) return missing(name, "HIS", unavailable("HIS"));
    const order = active.find((o) => medicationClassesOf(o.atc).includes(cls));
    return {
      name,
      value: order ? 1 : 0,
      valueText: order?.atc ?? null,
      unit: null,
      observedAt: order?.start ?? null,
      system: "HIS",
      recordId: order?.id ?? null,
      missingReason: null,
    };
  });
}

function encounterFeatures(record: PatientRecord, asOf: Date): Feature[] {
  const name = "encounters.last365Days";
  if (!record.encounters) return [missing(name, "HIS", unavailable("HIS"))];
  const recent = record.encounters.filter(
    (e) => e.start && e.start <= asOf && asOf.getTime() - e.start.getTime() <= 365 * DAY,
  );
  return [
    {
      name,
      value: recent.length,
      valueText: null,
      unit: "{visits}",
      observedAt: null,
      system: "HIS",
      recordId: null,
      missingReason: null,
    },
  ];
}

function imagingFeatures(record: PatientRecord, asOf: Date): Feature[] {
  const studies = upTo(record.studies ?? [], asOf);
  return IMAGING_MODALITIES.map((modality) => {
    const name = `imaging.daysSinceLast${modality}`;
    if (!record.studies) return missing(name, "PACS", unavailable("PACS"));
    const latest = studies.find((s) => s.modalities.includes(modality));
    if (!latest) return missing(name, "PACS", `no ${modality} study at or before asOf`);
    const days = Math.floor((asOf.getTime() - latest.time!.getTime()) / DAY);
    return {
      name,
      value: days,
      valueText: null,
      unit: "d",
      observedAt: latest.time,
      system: "PACS",
      recordId: latest.uid,
      missingReason: null,
    };
  });
}

/** Reports count from their issue; a request counts as waiting until its report is issued. */
const REPORTED = new Set(["preliminary", "final"]);

/**
 * RIS: the latest report issued at or before `asOf` (days since, and the findings its impression
 * asserts, by the imaging rule of CLINICAL.md §8), and the exams requested but not yet reported.
 */
function radiologyFeatures(record: PatientRecord, asOf: Date): Feature[] {
  const names = ["radiology.daysSinceLastReport", "radiology.findingsInLastReport"];
  const waitingName = "radiology.examsAwaitingReport";
  if (!record.reports)
    return [...names, waitingName].map((name) => missing(name, "RIS", unavailable("RIS")));
  const issuedBy = (r: (typeof record.reports)[number]) =>
    REPORTED.has(r.status) && r.issued !== null && r.issued <= asOf;
  const latest = record.reports
    .filter(issuedBy)
    .sort((a, b) => b.issued!.getTime() - a.issued!.getTime())[0];
  const waiting = record.reports.filter(
    (r) => r.status !== "cancelled" && r.requestedAt && r.requestedAt <= asOf && !issuedBy(r),
  );
  const awaiting: Feature = {
    name: waitingName,
    value: waiting.length,
    valueText: null,
    unit: "{exams}",
    observedAt: null,
    system: "RIS",
    recordId: null,
    missingReason: null,
  };
  if (!latest)
    return [
      ...names.map((name) => missing(name, "RIS", "no report issued at or before asOf")),
      awaiting,
    ];
  const base = { observedAt: latest.issued, system: "RIS", recordId: latest.recordId };
  const findings = impressionFindings(latest.conclusion ?? "").map((f) => f.finding);
  return [
    {
      ...base,
      name: names[0],
      value: Math.floor((asOf.getTime() - latest.issued!.getTime()) / DAY),
      valueText: null,
      unit: "d",
      missingReason: null,
    },
    {
      ...base,
      name: names[1],
      value: findings.length,
      valueText: findings.join(" ") || null,
      unit: "{findings}",
      missingReason: null,
    },
    awaiting,
  ];
}
