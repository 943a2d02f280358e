/**
 * The decision layer at one point in time: each source-specific assessment of clinical/, then
 * their combination by the Medfuse rule (CLINICAL.md §9), all from one patient record.
 */
import {
  assess,
  type Assessment,
  type ConcernSource,
  type SourceStatus,
} from "../../../clinical/assessment";
import {
  drugLabAssessmentItems,
  drugLabRules,
  RESULT_MAX_AGE_MS,
  type DrugLabCheck,
} from "../../../clinical/drug-lab-rules";
import {
  kidneyAssessment,
  kidneyAssessmentItems,
  type KidneyAssessment,
} from "../../../clinical/kidney";
import { DAY_MS, inLookback } from "../../../clinical/measurement";
import { activeOrdersOf } from "../../../clinical/medication-classes";
import { news2, news2AssessmentItems, type News2Result } from "../../../clinical/news2";
import {
  radiologyAssessmentItems,
  radiologyFindings,
  type ReportFindings,
} from "../../../clinical/radiology-findings";
import { sepsisAssessmentItems, sepsisScreen, type SepsisScreen } from "../../../clinical/sepsis";
import { VITAL_SIGNS_WINDOW_MS } from "../../../clinical/vital-signs";
import type { PatientRecord } from "../patient-record";
import type { Evidence } from "../types/evidence";
import { clinicalInputs } from "./clinical-inputs";

export interface Decisions {
  readonly asOf: Date;
  readonly kidney: KidneyAssessment<Evidence>;
  readonly news2: News2Result<Evidence>;
  readonly sepsis: SepsisScreen<Evidence>;
  readonly medicationSafety: DrugLabCheck<Evidence>;
  readonly imaging: ReportFindings<Evidence>[];
  readonly assessment: Assessment<Evidence>;
}

const status = (answered: boolean, usable: boolean): SourceStatus =>
  !answered ? "failed" : usable ? "data" : "noData";

export function decide(record: PatientRecord, asOf: Date, timeZone: string): Decisions {
  const inputs = clinicalInputs(record, asOf);
  const sex = record.sex === "male" || record.sex === "female" ? record.sex : null;
  const kidney = kidneyAssessment({
    asOf,
    creatinine: inputs.labs("creatinine"),
    sex,
    birthDate: record.birthDate,
    timeZone,
  });
  const vitals = news2(inputs.vitalSigns, asOf);
  const sepsis = sepsisScreen({
    asOf,
    vitalSigns: inputs.vitalSigns,
    wbc: inputs.labs("wbc"),
    lactate: inputs.labs("lactate"),
    encounters: inputs.encounters,
    diagnoses: inputs.diagnoses,
    orders: inputs.orders,
  });
  const medicationSafety = drugLabRules({
    asOf,
    orders: inputs.orders,
    potassium: inputs.labs("potassium"),
    inr: inputs.labs("inr"),
    kidney,
  });
  const reported = inputs.reports.filter((r) => r.source.time !== null && r.source.time <= asOf);
  const imaging = radiologyFindings(reported);

  const recentLabs = (span: number, ...keys: Parameters<typeof inputs.labs>[0][]) =>
    keys.some((k) => inLookback(inputs.labs(k), asOf, span).length > 0);
  const activeOrders = activeOrdersOf(
    inputs.orders,
    [
      "metformin",
      "aceInhibitor",
      "angiotensinReceptorBlocker",
      "mineralocorticoidAntagonist",
      "warfarin",
      "nsaid",
      "aminoglycoside",
      "antibiotic",
    ],
    asOf,
  );
  const sources: ConcernSource[] = [
    {
      concern: "deterioration",
      system: "EMR",
      status: status(record.vitals !== null, vitals.total !== null),
    },
    {
      concern: "sepsis",
      system: "EMR",
      status: status(
        record.vitals !== null,
        inLookback(inputs.vitalSigns, asOf, VITAL_SIGNS_WINDOW_MS).length > 0,
      ),
    },
    {
      concern: "sepsis",
      system: "LIS",
      status: status(record.labs !== null, recentLabs(DAY_MS, "wbc", "lactate")),
    },
    {
      concern: "sepsis",
      system: "HIS",
      status: status(
        record.conditions !== null && record.medications !== null,
        inputs.diagnoses.length + inputs.orders.length > 0,
      ),
    },
    {
      concern: "kidney",
      system: "LIS",
      status: status(record.labs !== null, kidney.egfr !== null || kidney.aki.stage !== null),
    },
    {
      concern: "medicationSafety",
      system: "HIS",
      status: status(record.medications !== null, activeOrders.length > 0),
    },
    {
      concern: "medicationSafety",
      system: "LIS",
      status: status(
        record.labs !== null,
        recentLabs(RESULT_MAX_AGE_MS, "creatinine", "potassium", "inr"),
      ),
    },
    {
      concern: "imagingFinding",
      system: "RIS",
      status: status(record.reports !== null, reported.length > 0),
    },
    {
      concern: "imagingFinding",
      system: "PACS",
      status: status(record.studies !== null, (record.studies ?? []).length > 0),
    },
  ];
  const assessment = assess({
    items: [
      ...news2AssessmentItems(vitals),
      ...sepsisAssessmentItems(sepsis),
      ...kidneyAssessmentItems(kidney),
      ...drugLabAssessmentItems(medicationSafety),
      ...radiologyAssessmentItems(imaging),
    ],
    sources,
  });
  return { asOf, kidney, news2: vitals, sepsis, medicationSafety, imaging, assessment };
}
