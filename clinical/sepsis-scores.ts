/**
 * qSOFA (Sepsis-3: Singer et al., JAMA 2016) and SIRS (ACCP/SCCM consensus, 1992): CLINICAL.md
 * section 2. Both read the latest value of each input in the 24 hours before `asOf`, as NEWS2 does.
 */
import { HOUR_MS, latestAtOrBefore, type EvidenceRef, type Measurement } from "./measurement";
import { latestVitalSigns, type VitalObservation } from "./vital-signs";

export const QSOFA_CRITERIA = ["respiratoryRate", "alteredMentation", "systolic"] as const;
export type QsofaCriterion = (typeof QSOFA_CRITERIA)[number];
export const SIRS_CRITERIA = ["temperature", "heartRate", "respiratoryRate", "wbc"] as const;
export type SirsCriterion = (typeof SIRS_CRITERIA)[number];

/** Laboratory inputs (WBC, lactate) count for 24 hours, as vital signs do. */
export const SEPSIS_LAB_WINDOW_MS = 24 * HOUR_MS;

/** Both scores are positive at 2 criteria or more. */
export const POSITIVE_AT = 2;

export interface CriterionResult<N extends string, R extends EvidenceRef = EvidenceRef> {
  readonly criterion: N;
  readonly met: boolean;
  /** The observations the criterion was judged on. */
  readonly evidence: readonly R[];
}

/**
 * A criteria count. A criterion with no value in the window is not met and is named in
 * `missing`: a positive score never needs it, a negative one with `missing` may be incomplete.
 */
export interface CriteriaScore<N extends string, R extends EvidenceRef = EvidenceRef> {
  readonly score: number;
  readonly positive: boolean;
  /** The criteria that had data, in the order of the definition. */
  readonly criteria: readonly CriterionResult<N, R>[];
  readonly missing: readonly N[];
}

interface Judged<R extends EvidenceRef> {
  readonly met: boolean;
  readonly evidence: readonly R[];
}

/** A criterion judged on one observation; undefined when there is none. */
const judge = <V, R extends EvidenceRef>(
  observed: { readonly value: V; readonly source: R } | undefined,
  test: (value: V) => boolean,
): Judged<R> | undefined => observed && { met: test(observed.value), evidence: [observed.source] };

function count<N extends string, R extends EvidenceRef>(
  judged: readonly (readonly [N, Judged<R> | undefined])[],
): CriteriaScore<N, R> {
  const criteria = judged.flatMap(([criterion, j]) => (j ? [{ criterion, ...j }] : []));
  const missing = judged.flatMap(([criterion, j]) => (j ? [] : [criterion]));
  const score = criteria.filter((c) => c.met).length;
  return { score, positive: score >= POSITIVE_AT, criteria, missing };
}

/**
 * qSOFA at `asOf`: respiratory rate ≥ 22 /min; altered mentation (latest ACVPU other than A, or
 * latest GCS total < 15: either suffices, and whichever were charted are its evidence);
 * systolic BP ≤ 100 mmHg.
 */
export function qsofa<R extends EvidenceRef>(
  vitalSigns: readonly VitalObservation<R>[],
  asOf: Date,
): CriteriaScore<QsofaCriterion, R> {
  const latest = latestVitalSigns(vitalSigns, asOf);
  const mentation = [
    judge(latest.consciousness, (acvpu) => acvpu !== "A"),
    judge(latest.gcsTotal, (gcs) => gcs < 15),
  ].filter((j) => j !== undefined);
  return count<QsofaCriterion, R>([
    ["respiratoryRate", judge(latest.respiratoryRate, (rate) => rate >= 22)],
    [
      "alteredMentation",
      mentation.length === 0
        ? undefined
        : { met: mentation.some((j) => j.met), evidence: mentation.flatMap((j) => j.evidence) },
    ],
    ["systolic", judge(latest.systolic, (systolic) => systolic <= 100)],
  ]);
}

/**
 * SIRS at `asOf`: temperature > 38 or < 36 °C; heart rate > 90 /min; respiratory rate > 20 /min;
 * WBC > 12 or < 4 ×10⁹/L (the latest WBC in the same 24 hours).
 */
export function sirs<R extends EvidenceRef>(
  vitalSigns: readonly VitalObservation<R>[],
  wbc: readonly Measurement<R>[],
  asOf: Date,
): CriteriaScore<SirsCriterion, R> {
  const latest = latestVitalSigns(vitalSigns, asOf);
  return count<SirsCriterion, R>([
    ["temperature", judge(latest.temperature, (t) => t > 38 || t < 36)],
    ["heartRate", judge(latest.heartRate, (rate) => rate > 90)],
    ["respiratoryRate", judge(latest.respiratoryRate, (rate) => rate > 20)],
    ["wbc", judge(latestAtOrBefore(wbc, asOf, SEPSIS_LAB_WINDOW_MS), (w) => w > 12 || w < 4)],
  ]);
}
