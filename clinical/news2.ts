/**
 * National Early Warning Score 2: Royal College of Physicians, NEWS2 (2017), chart 1, and the
 * Medfuse rule of CLINICAL.md section 1 for which observations count.
 */
import type { AssessmentItem } from "./assessment";
import type { EvidenceRef } from "./measurement";
import type { RiskLevel } from "./risk-level";
import { latestVitalSigns, type AirOrOxygen, type VitalObservation } from "./vital-signs";

/** The seven parameters, in the order of the RCP chart. */
export const NEWS2_PARAMETERS = [
  "respiratoryRate",
  "oxygenSaturation",
  "airOrOxygen",
  "systolic",
  "heartRate",
  "consciousness",
  "temperature",
] as const;
export type News2Parameter = (typeof NEWS2_PARAMETERS)[number];
export type News2Observation<R extends EvidenceRef = EvidenceRef> = Extract<
  VitalObservation<R>,
  { parameter: News2Parameter }
>;

/**
 * A measured parameter's row of the chart: band i runs up to and including `upTo[i]` and scores
 * `scores[i]`; above the last band a value scores the last of `scores`. A value between two
 * printed bands (38.05 °C) thus falls in the higher one.
 */
interface Bands {
  readonly upTo: readonly number[];
  readonly scores: readonly number[];
}

const RESPIRATORY_RATE: Bands = { upTo: [8, 11, 20, 24], scores: [3, 1, 0, 2, 3] };
const SPO2_SCALE_1: Bands = { upTo: [91, 93, 95], scores: [3, 2, 1, 0] };
/** Scale 2 up to its 88–92 % target; above it, 0 on air and `SPO2_SCALE_2_ON_OXYGEN` on oxygen. */
const SPO2_SCALE_2: Bands = { upTo: [83, 85, 87, 92], scores: [3, 2, 1, 0, 0] };
const SPO2_SCALE_2_TARGET_TOP = 92;
const SPO2_SCALE_2_ON_OXYGEN: Bands = { upTo: [94, 96], scores: [1, 2, 3] };
const SYSTOLIC: Bands = { upTo: [90, 100, 110, 219], scores: [3, 2, 1, 0, 3] };
const HEART_RATE: Bands = { upTo: [40, 50, 90, 110, 130], scores: [3, 1, 0, 1, 2, 3] };
const TEMPERATURE: Bands = { upTo: [35.0, 36.0, 38.0, 39.0], scores: [3, 1, 0, 1, 2] };
const AIR_OR_OXYGEN: Readonly<Record<AirOrOxygen, number>> = { air: 0, oxygen: 2 };

function band(value: number, { upTo, scores }: Bands): number {
  const i = upTo.findIndex((top) => value <= top);
  return scores[i === -1 ? upTo.length : i];
}

export interface News2ParameterScore<R extends EvidenceRef = EvidenceRef> {
  readonly parameter: News2Parameter;
  /**
   * null only for a scale-2 SpO2 above 92 % when air-or-oxygen is missing: its band depends on
   * it. The total is null then anyway.
   */
  readonly score: number | null;
  /** The observation scored: its value, time and the caller's evidence reference. */
  readonly observation: News2Observation<R>;
}

export interface News2Result<R extends EvidenceRef = EvidenceRef> {
  readonly asOf: Date;
  /** 0–20; null when any parameter has no value in the window. */
  readonly total: number | null;
  /** Medfuse level; null with the total. */
  readonly level: RiskLevel | null;
  /** Any parameter scores 3 (RCP: urgent ward-based response), even in an incomplete set. */
  readonly singleParameter3: boolean;
  /** The parameters that have a value in the window, in chart order. */
  readonly parameters: readonly News2ParameterScore<R>[];
  /** The parameters with no value in the window, in chart order. */
  readonly missing: readonly News2Parameter[];
}

/**
 * NEWS2 at `asOf` (Medfuse rule, CLINICAL.md §1): each of the seven parameters takes its most
 * recent observation from `asOf` − 24 h to `asOf` inclusive (nothing after `asOf`); if any has
 * none, the total is null and the missing parameters are named. SpO2 uses scale 2 when its
 * observation is flagged `scale2`, scored on air or oxygen as the latest air-or-oxygen
 * observation says. Level: none 0; low 1–4; medium 5–6 or any single parameter scoring 3;
 * high ≥ 7. Of observations at the same time, the one given last counts.
 */
export function news2<R extends EvidenceRef>(
  observations: readonly VitalObservation<R>[],
  asOf: Date,
): News2Result<R> {
  const latest = latestVitalSigns(observations, asOf);
  const airOrOxygen = latest.airOrOxygen?.value ?? null;
  const parameters = NEWS2_PARAMETERS.flatMap((parameter) => {
    const observation = latest[parameter];
    if (!observation) return [];
    return [{ parameter, score: news2ParameterScore(observation, airOrOxygen), observation }];
  });
  const missing = NEWS2_PARAMETERS.filter((parameter) => !latest[parameter]);
  const singleParameter3 = parameters.some((p) => p.score === 3);
  const total =
    missing.length === 0 ? parameters.reduce((sum, p) => sum + (p.score ?? 0), 0) : null;
  return {
    asOf,
    total,
    level: total === null ? null : news2Level(total, singleParameter3),
    singleParameter3,
    parameters,
    missing,
  };
}

/** The Medfuse level of a complete NEWS2 (CLINICAL.md §1). */
export function news2Level(total: number, singleParameter3: boolean): RiskLevel {
  if (total >= 7) return "high";
  if (total >= 5 || singleParameter3) return "medium";
  return total >= 1 ? "low" : "none";
}

/** One parameter's NEWS2 score from RCP chart 1; null as `News2ParameterScore.score` says. */
export function news2ParameterScore(
  observation: News2Observation,
  airOrOxygen: AirOrOxygen | null,
): number | null {
  switch (observation.parameter) {
    case "respiratoryRate":
      return band(observation.value, RESPIRATORY_RATE);
    case "oxygenSaturation":
      return spo2Score(observation.value, observation.scale2, airOrOxygen);
    case "airOrOxygen":
      return AIR_OR_OXYGEN[observation.value];
    case "systolic":
      return band(observation.value, SYSTOLIC);
    case "heartRate":
      return band(observation.value, HEART_RATE);
    case "consciousness":
      return observation.value === "A" ? 0 : 3;
    case "temperature":
      return band(observation.value, TEMPERATURE);
  }
}

function spo2Score(value: number, scale2: boolean, airOrOxygen: AirOrOxygen | null) {
  if (!scale2) return band(value, SPO2_SCALE_1);
  if (value <= SPO2_SCALE_2_TARGET_TOP) return band(value, SPO2_SCALE_2);
  if (airOrOxygen === null) return null;
  return airOrOxygen === "air" ? 0 : band(value, SPO2_SCALE_2_ON_OXYGEN);
}

/** The deterioration item of a NEWS2 result; none when the score could not be made. */
export function news2AssessmentItems<R extends EvidenceRef>(
  result: News2Result<R>,
): AssessmentItem<R>[] {
  if (result.total === null || result.level === null) return [];
  return [
    {
      concern: "deterioration",
      level: result.level,
      summary: `NEWS2 ${result.total}${result.singleParameter3 ? ", a single parameter scoring 3" : ""}`,
      evidence: result.parameters.map((p) => p.observation.source),
    },
  ];
}
