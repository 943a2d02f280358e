/**
 * Drug–lab safety rules: CLINICAL.md section 4. Each rule pairs an active order of a drug class
 * (WHO ATC, medication-classes.ts) with the latest result of one kind, no older than 7 days.
 */
import { akiEvidence } from "./aki";
import type { AssessmentItem } from "./assessment";
import type { KidneyAssessment } from "./kidney";
import { DAY_MS, latestAtOrBefore, type EvidenceRef, type Measurement } from "./measurement";
import { activeOrdersOf, type MedicationClass, type MedicationOrder } from "./medication-classes";
import type { RiskLevel } from "./risk-level";

/** A result counts when it is the latest of its kind at or before `asOf` and at most 7 days old. */
export const RESULT_MAX_AGE_MS = 7 * DAY_MS;

export type RuleResultKind = "egfr" | "potassium" | "inr" | "akiStage";

/** The result a rule reads: eGFR mL/min/1.73 m², potassium mmol/L, INR, or AKI stage 0–3. */
export interface RuleResult<R extends EvidenceRef = EvidenceRef> {
  readonly kind: RuleResultKind;
  readonly value: number;
  /** When the result (for eGFR and AKI: the latest creatinine) was taken. */
  readonly time: Date;
  /** The lab records behind it: the result, or the creatinine results of eGFR and AKI. */
  readonly evidence: readonly R[];
}

interface Grade {
  readonly level: RiskLevel;
  /** The advice CLINICAL.md gives with the level, where it gives one. */
  readonly advice: string | null;
}

const grade = (level: RiskLevel, advice: string | null = null): Grade => ({ level, advice });
const potassiumGrade = (advice: boolean) => (k: number) =>
  k > 5.5
    ? grade("high", advice ? "consider stopping" : null)
    : k > 5.0
      ? grade("medium", advice ? "reduce dose" : null)
      : null;

/** The rules of CLINICAL.md §4, in its order; `grade` is null when the result raises nothing. */
export const DRUG_LAB_RULES = [
  {
    rule: "metforminKidneyFunction",
    classes: ["metformin"],
    result: "egfr",
    grade: (egfr: number) =>
      egfr < 30
        ? grade("high", "contraindicated")
        : egfr < 45
          ? grade("medium", "review; do not start")
          : null,
  },
  {
    rule: "aceInhibitorOrArbPotassium",
    classes: ["aceInhibitor", "angiotensinReceptorBlocker"],
    result: "potassium",
    grade: potassiumGrade(true),
  },
  {
    rule: "mineralocorticoidAntagonistPotassium",
    classes: ["mineralocorticoidAntagonist"],
    result: "potassium",
    grade: potassiumGrade(false),
  },
  {
    rule: "warfarinInr",
    classes: ["warfarin"],
    result: "inr",
    grade: (inr: number) => (inr >= 5 ? grade("high") : inr > 3.0 ? grade("medium") : null),
  },
  {
    rule: "nephrotoxinInAki",
    classes: ["nsaid", "aminoglycoside"],
    result: "akiStage",
    grade: (stage: number) => (stage >= 1 ? grade("high") : null),
  },
] as const satisfies readonly {
  rule: string;
  classes: readonly MedicationClass[];
  result: RuleResultKind;
  grade: (value: number) => Grade | null;
}[];
export type DrugLabRule = (typeof DRUG_LAB_RULES)[number]["rule"];

export interface DrugLabInput<R extends EvidenceRef = EvidenceRef> {
  readonly asOf: Date;
  readonly orders: readonly MedicationOrder<R>[];
  /** Potassium results, mmol/L. */
  readonly potassium: readonly Measurement<R>[];
  readonly inr: readonly Measurement<R>[];
  /** The kidney assessment at the same `asOf`: its eGFR and AKI are the results of two rules. */
  readonly kidney: KidneyAssessment<R>;
}

export interface DrugLabAlert<R extends EvidenceRef = EvidenceRef> {
  readonly rule: DrugLabRule;
  readonly level: RiskLevel;
  readonly advice: string | null;
  readonly order: MedicationOrder<R>;
  readonly result: RuleResult<R>;
  /** The order, then the lab records behind the result. */
  readonly evidence: readonly R[];
}

export interface DrugLabCheck<R extends EvidenceRef = EvidenceRef> {
  readonly asOf: Date;
  readonly alerts: readonly DrugLabAlert<R>[];
  /** Active orders a rule applies to that had no result recent enough to check. */
  readonly unchecked: readonly { readonly rule: DrugLabRule; readonly order: MedicationOrder<R> }[];
}

/**
 * Drug–lab safety rules at `asOf` (CLINICAL.md §4). For each rule and each order of its classes
 * active at `asOf`, the latest result of its kind at or before `asOf`, at most 7 days old
 * (eGFR and AKI: as of the latest creatinine), is graded: metformin with eGFR < 30 high,
 * 30–44 medium; ACE inhibitor or ARB with K⁺ > 5.5 high, > 5.0–5.5 medium; mineralocorticoid
 * antagonist likewise; warfarin with INR ≥ 5 high, > 3.0 and < 5 medium; NSAID or aminoglycoside
 * in AKI stage ≥ 1 high. One alert per order and rule that grades; orders without a recent
 * result are listed as unchecked.
 */
export function drugLabRules<R extends EvidenceRef>(input: DrugLabInput<R>): DrugLabCheck<R> {
  if (input.kidney.asOf.getTime() !== input.asOf.getTime())
    throw new Error("drugLabRules: the kidney assessment must be made at the same asOf");
  const alerts: DrugLabAlert<R>[] = [];
  const unchecked: DrugLabCheck<R>["unchecked"][number][] = [];
  for (const { rule, classes, result: kind, grade } of DRUG_LAB_RULES) {
    const result = latestResult(input, kind);
    for (const order of activeOrdersOf(input.orders, classes, input.asOf)) {
      const graded = result && grade(result.value);
      if (!result) unchecked.push({ rule, order });
      else if (graded)
        alerts.push({
          rule,
          ...graded,
          order,
          result,
          evidence: [order.source, ...result.evidence],
        });
    }
  }
  return { asOf: input.asOf, alerts, unchecked };
}

function latestResult<R extends EvidenceRef>(
  input: DrugLabInput<R>,
  kind: RuleResultKind,
): RuleResult<R> | undefined {
  const fresh = (time: Date) => input.asOf.getTime() - time.getTime() <= RESULT_MAX_AGE_MS;
  const { egfr, aki } = input.kidney;
  switch (kind) {
    case "egfr":
      return egfr && fresh(egfr.creatinine.time)
        ? {
            kind,
            value: egfr.value,
            time: egfr.creatinine.time,
            evidence: [egfr.creatinine.source],
          }
        : undefined;
    case "akiStage":
      return aki.stage !== null && aki.latest && fresh(aki.latest.time)
        ? { kind, value: aki.stage, time: aki.latest.time, evidence: akiEvidence(aki) }
        : undefined;
    case "potassium":
    case "inr": {
      const latest = latestAtOrBefore(input[kind], input.asOf, RESULT_MAX_AGE_MS);
      return latest && { kind, value: latest.value, time: latest.time, evidence: [latest.source] };
    }
  }
}

const RESULT_LABEL: Readonly<Record<RuleResultKind, (value: number) => string>> = {
  egfr: (v) => `eGFR ${v} mL/min/1.73 m²`,
  potassium: (v) => `K⁺ ${v} mmol/L`,
  inr: (v) => `INR ${v}`,
  akiStage: (v) => `AKI stage ${v}`,
};

/** One medication-safety item per alert. */
export function drugLabAssessmentItems<R extends EvidenceRef>(
  check: DrugLabCheck<R>,
): AssessmentItem<R>[] {
  return check.alerts.map((alert) => ({
    concern: "medicationSafety",
    level: alert.level,
    summary:
      `${alert.order.name} with ${RESULT_LABEL[alert.result.kind](alert.result.value)}` +
      (alert.advice ? `: ${alert.advice}` : ""),
    evidence: alert.evidence,
  }));
}
