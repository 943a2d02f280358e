/** Encounters and their diagnoses, for rules that look at "the current or last encounter". */
import { isOngoingAt, type EvidenceRef, type Period } from "./measurement";

export interface Encounter extends Period {
  readonly id: string;
}

/** An ICD-10 diagnosis recorded in an encounter. */
export interface Diagnosis<R extends EvidenceRef = EvidenceRef> {
  readonly code: string;
  readonly encounterId: string;
  /** When it was recorded; null when the source does not say: taken as known by any `asOf`. */
  readonly time: Date | null;
  readonly source: R;
}

/**
 * "The current or last encounter" at `asOf`: every encounter in progress then (started at or
 * before `asOf`, not ended); if there is none, the one that ended last before `asOf` (of equal
 * ends, the one that started last). Empty when the patient had no encounter by then.
 */
export function currentOrLastEncounters<E extends Encounter>(
  encounters: readonly E[],
  asOf: Date,
): E[] {
  const current = encounters.filter((encounter) => isOngoingAt(encounter, asOf));
  if (current.length > 0) return current;
  let last: E | undefined;
  for (const encounter of encounters) {
    if (encounter.end === null || encounter.end.getTime() > asOf.getTime()) continue;
    if (!last || compareEnds(encounter, last) >= 0) last = encounter;
  }
  return last ? [last] : [];
}

/** The earliest instant a Date holds: where an unrecorded start sorts. */
const DAWN = -8.64e15;

/** Orders ended encounters by end, then by start. */
const compareEnds = (a: Encounter, b: Encounter) =>
  (a.end?.getTime() ?? DAWN) - (b.end?.getTime() ?? DAWN) ||
  (a.start?.getTime() ?? DAWN) - (b.start?.getTime() ?? DAWN);

/** The diagnoses of the current or last encounter recorded at or before `asOf`. */
export function diagnosesOfCurrentOrLastEncounter<R extends EvidenceRef>(
  encounters: readonly Encounter[],
  diagnoses: readonly Diagnosis<R>[],
  asOf: Date,
): Diagnosis<R>[] {
  const ids = new Set(currentOrLastEncounters(encounters, asOf).map((e) => e.id));
  return diagnoses.filter(
    (d) => ids.has(d.encounterId) && (d.time === null || d.time.getTime() <= asOf.getTime()),
  );
}
