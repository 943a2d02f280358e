/**
 * Acute kidney injury by creatinine: KDIGO 2012 AKI criteria and stages, with the Medfuse rule
 * of CLINICAL.md section 3 for which results are compared.
 */
import type { AssessmentItem } from "./assessment";
import {
  DAY_MS,
  HOUR_MS,
  inLookback,
  latestAtOrBefore,
  lowest,
  type EvidenceRef,
  type Measurement,
} from "./measurement";
import type { RiskLevel } from "./risk-level";

/** KDIGO 2012 creatinine thresholds, µmol/L and multiples of baseline. */
const RISE_48H_UMOL_PER_L = 26.5;
const STAGE_3_UMOL_PER_L = 353.6;
const STAGE_RATIOS = { stage1: 1.5, stage2: 2.0, stage3: 3.0 } as const;
const BASELINE_WINDOW_MS = 7 * DAY_MS;
const RISE_WINDOW_MS = 48 * HOUR_MS;

/**
 * Results converted from mg/dL carry float noise (0.8 × 88.4 = 70.72000000000001); a threshold
 * met on paper is met here.
 */
const meets = (value: number, threshold: number) =>
  value >= threshold - 1e-9 * Math.max(1, Math.abs(threshold));

/** 0 means assessed and no AKI. */
export type AkiStage = 0 | 1 | 2 | 3;

export interface AkiResult<R extends EvidenceRef = EvidenceRef> {
  /** null when it cannot be assessed; `reason` says why. */
  readonly stage: AkiStage | null;
  readonly reason: "no creatinine" | "no baseline" | null;
  /** Stage 0 none, 1 medium, 2–3 high; null with the stage. */
  readonly level: RiskLevel | null;
  /** The latest creatinine at or before `asOf`, µmol/L. */
  readonly latest: Measurement<R> | null;
  /** The lowest creatinine in the 7 days before `latest`. */
  readonly baseline: Measurement<R> | null;
  /** latest ÷ baseline. */
  readonly ratio: number | null;
  /** The lowest creatinine in the 48 hours before `latest`; null when there is none. */
  readonly lowest48h: Measurement<R> | null;
  /** latest − lowest48h, µmol/L. */
  readonly rise48h: number | null;
}

const AKI_LEVEL: Readonly<Record<AkiStage, RiskLevel>> = {
  0: "none",
  1: "medium",
  2: "high",
  3: "high",
};

/**
 * AKI at `asOf` (KDIGO 2012; Medfuse rule, CLINICAL.md §3), creatinine in µmol/L. The latest
 * result at or before `asOf` is compared with the baseline, the lowest result from 7 days before
 * it up to (not including) it, and with the lowest result from 48 hours before it up to (not
 * including) it. No earlier result in 7 days → stage null, "no baseline". AKI when the 48-hour
 * rise is ≥ 26.5 µmol/L or the latest is ≥ 1.5 × baseline; stage 3 at ≥ 3.0 × baseline or a
 * latest ≥ 353.6 µmol/L; stage 2 at ≥ 2.0 ×; otherwise stage 1. Window edges are inclusive.
 */
export function acuteKidneyInjury<R extends EvidenceRef>(
  creatinine: readonly Measurement<R>[],
  asOf: Date,
): AkiResult<R> {
  const latest = latestAtOrBefore(creatinine, asOf);
  const unassessed = { stage: null, level: null, baseline: null, ratio: null } as const;
  const none = { lowest48h: null, rise48h: null } as const;
  if (!latest) return { ...unassessed, ...none, reason: "no creatinine", latest: null };
  const baseline = lowest(inLookback(creatinine, latest.time, BASELINE_WINDOW_MS, true));
  if (!baseline) return { ...unassessed, ...none, reason: "no baseline", latest };
  const lowest48h = lowest(inLookback(creatinine, latest.time, RISE_WINDOW_MS, true)) ?? null;
  const ratio = latest.value / baseline.value;
  const rise48h = lowest48h ? latest.value - lowest48h.value : null;
  const stage = akiStage(latest.value, ratio, rise48h);
  return {
    stage,
    reason: null,
    level: AKI_LEVEL[stage],
    latest,
    baseline,
    ratio,
    lowest48h,
    rise48h,
  };
}

function akiStage(latest: number, ratio: number, rise48h: number | null): AkiStage {
  const injured =
    meets(ratio, STAGE_RATIOS.stage1) || (rise48h !== null && meets(rise48h, RISE_48H_UMOL_PER_L));
  if (!injured) return 0;
  if (meets(ratio, STAGE_RATIOS.stage3) || meets(latest, STAGE_3_UMOL_PER_L)) return 3;
  return meets(ratio, STAGE_RATIOS.stage2) ? 2 : 1;
}

/** The creatinine results an assessed AKI rests on: latest, baseline and the 48-hour low. */
export function akiEvidence<R extends EvidenceRef>(aki: AkiResult<R>): R[] {
  const results = [aki.latest, aki.baseline, aki.lowest48h].filter(
    (m, i, all): m is Measurement<R> => m !== null && all.indexOf(m) === i,
  );
  return results.map((m) => m.source);
}

/** The AKI item of the kidney concern; none when AKI could not be assessed. */
export function akiAssessmentItems<R extends EvidenceRef>(aki: AkiResult<R>): AssessmentItem<R>[] {
  if (aki.stage === null || aki.level === null || aki.ratio === null) return [];
  const summary =
    aki.stage === 0
      ? `No AKI: creatinine ${aki.ratio.toFixed(2)} × baseline`
      : `AKI stage ${aki.stage}: creatinine ${aki.ratio.toFixed(2)} × baseline` +
        (aki.rise48h === null ? "" : `, ${aki.rise48h.toFixed(1)} µmol/L rise in 48 h`);
  return [{ concern: "kidney", level: aki.level, summary, evidence: akiEvidence(aki) }];
}
