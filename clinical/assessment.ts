/**
 * Decision-level fusion: CLINICAL.md section 9. Each source-specific assessment (NEWS2, sepsis
 * screen, kidney, drug–lab rules, radiology findings) yields items; this file combines them per
 * concern and into one priority, keeping every item and piece of evidence so the result explains
 * itself.
 */
import type { EvidenceRef } from "./measurement";
import { highestRiskLevel, isAtLeast, type RiskLevel } from "./risk-level";

export const CONCERNS = [
  "deterioration",
  "sepsis",
  "kidney",
  "medicationSafety",
  "imagingFinding",
] as const;
export type Concern = (typeof CONCERNS)[number];

/** One conclusion of one assessment, with the records it rests on. */
export interface AssessmentItem<R extends EvidenceRef = EvidenceRef> {
  readonly concern: Concern;
  readonly level: RiskLevel;
  /** One line a clinician reads, e.g. "NEWS2 8" or "Metformin with eGFR 27.4: contraindicated". */
  readonly summary: string;
  readonly evidence: readonly R[];
}

/**
 * What a system gave for a concern in the assessment window: `data` when the assessment could
 * be made from what it returned; `noData` when it answered with nothing usable (no records, or
 * too few to assess, e.g. an incomplete NEWS2 set); `failed` when it did not answer.
 */
export type SourceStatus = "data" | "noData" | "failed";

export interface ConcernSource {
  readonly concern: Concern;
  readonly system: string;
  readonly status: SourceStatus;
}

export interface AssessmentInput<R extends EvidenceRef = EvidenceRef> {
  /** Every item of every assessment made, at whatever level, `none` included. */
  readonly items: readonly AssessmentItem<R>[];
  /** Per concern, each system it draws on and what that system gave. */
  readonly sources: readonly ConcernSource[];
}

export interface ConcernAssessment<R extends EvidenceRef = EvidenceRef> {
  readonly concern: Concern;
  readonly level: RiskLevel;
  readonly items: readonly AssessmentItem<R>[];
  readonly supportingSystems: readonly string[];
  readonly contradictingSystems: readonly string[];
  readonly unavailableSystems: readonly string[];
}

export interface Assessment<R extends EvidenceRef = EvidenceRef> {
  readonly priority: RiskLevel;
  readonly concerns: readonly ConcernAssessment<R>[];
}

/**
 * Combines assessment items into one explainable assessment (Medfuse rule, CLINICAL.md §9).
 *
 * Levels order none < low < medium < high. For each concern (deterioration, sepsis, kidney,
 * medicationSafety, imagingFinding) named by an item or a source:
 * - level: the highest level among its items; none when it has no items.
 * - supportingSystems: the systems of the evidence behind its items at level low or above.
 * - contradictingSystems: the systems that had data for it in the window and support nothing,
 *   i.e. whose own assessment of the concern is none.
 * - unavailableSystems: the systems that failed or had no data for it (a system listed as failed
 *   is unavailable even if it is also listed as having data).
 * The overall priority is the highest concern level. Concerns come in the order above; system
 * names are sorted; every item, with all its evidence, is kept.
 */
export function assess<R extends EvidenceRef>(input: AssessmentInput<R>): Assessment<R> {
  const named = new Set<Concern>([
    ...input.items.map((item) => item.concern),
    ...input.sources.map((source) => source.concern),
  ]);
  const concerns = CONCERNS.filter((concern) => named.has(concern)).map((concern) =>
    assessConcern(
      concern,
      input.items.filter((item) => item.concern === concern),
      input.sources.filter((source) => source.concern === concern),
    ),
  );
  return { priority: highestRiskLevel(concerns.map((c) => c.level)), concerns };
}

function assessConcern<R extends EvidenceRef>(
  concern: Concern,
  items: readonly AssessmentItem<R>[],
  sources: readonly ConcernSource[],
): ConcernAssessment<R> {
  const supporting = new Set(
    items
      .filter((item) => isAtLeast(item.level, "low"))
      .flatMap((item) => item.evidence.map((ref) => ref.system)),
  );
  const failed = new Set(sources.filter((s) => s.status === "failed").map((s) => s.system));
  const withData = new Set(
    sources.filter((s) => s.status === "data" && !failed.has(s.system)).map((s) => s.system),
  );
  const unavailable = sources.map((s) => s.system).filter((system) => !withData.has(system));
  return {
    concern,
    level: highestRiskLevel(items.map((item) => item.level)),
    items,
    supportingSystems: sorted(supporting),
    contradictingSystems: sorted([...withData].filter((system) => !supporting.has(system))),
    unavailableSystems: sorted(unavailable),
  };
}

const sorted = (systems: Iterable<string>) => [...new Set(systems)].sort();
