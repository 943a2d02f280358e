/**
 * Timed values with the evidence behind them, and the look-back windows the Medfuse rules use
 * ("the most recent value in the 24 hours before asOf", "no older than 7 days").
 */

/**
 * What the caller points evidence at, e.g. `{ system, recordId, time }`. The rules read only
 * `system` (to say which systems support a concern) and hand every reference back untouched,
 * so the caller gets its own type back through the generic parameter.
 */
export interface EvidenceRef {
  readonly system: string;
}

export interface Timed {
  readonly time: Date;
}

/** A numeric value at a time, in the unit the rule that reads it names, with its evidence. */
export interface Measurement<R extends EvidenceRef = EvidenceRef> extends Timed {
  readonly value: number;
  readonly source: R;
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/**
 * Items timed within `spanMs` up to `end`: from `end − spanMs` inclusive to `end` inclusive, or
 * to `end` exclusive when `endExclusive` (for "the values before it").
 */
export function inLookback<T extends Timed>(
  items: readonly T[],
  end: Date,
  spanMs: number,
  endExclusive = false,
): T[] {
  const to = end.getTime();
  const from = to - spanMs;
  return items.filter((item) => {
    const t = item.time.getTime();
    return t >= from && (endExclusive ? t < to : t <= to);
  });
}

/** The item with the latest time; of equal times, the one given last. */
export function latest<T extends Timed>(items: readonly T[]): T | undefined {
  return items.reduce<T | undefined>(
    (best, item) => (best && best.time.getTime() > item.time.getTime() ? best : item),
    undefined,
  );
}

/** The item with the lowest value; of equal values, the one given first. */
export function lowest<T extends { readonly value: number }>(items: readonly T[]): T | undefined {
  return items.reduce<T | undefined>(
    (best, item) => (best && best.value <= item.value ? best : item),
    undefined,
  );
}

/** The latest item at or before `asOf` (never after it), no older than `maxAgeMs` if given. */
export function latestAtOrBefore<T extends Timed>(
  items: readonly T[],
  asOf: Date,
  maxAgeMs = Number.POSITIVE_INFINITY,
): T | undefined {
  return latest(inLookback(items, asOf, maxAgeMs));
}

/** A span of time such as an order or an encounter. */
export interface Period {
  /** null when the source recorded no start: taken as started before any `asOf`. */
  readonly start: Date | null;
  /** null while it goes on. */
  readonly end: Date | null;
}

/** Whether the period has started at or before `asOf` and not yet ended (it ends at `end`). */
export function isOngoingAt(period: Period, asOf: Date): boolean {
  const t = asOf.getTime();
  return (
    (period.start === null || period.start.getTime() <= t) &&
    (period.end === null || period.end.getTime() > t)
  );
}
