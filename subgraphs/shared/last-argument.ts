/** The `last: N` argument of history fields (lab results, vital signs, notes): N most recent values. */
import { badUserInput } from "./errors";

/** The most values one `last` may ask for. */
export const MAX_LAST = 1000;

/** Rejects a `last` outside 1…MAX_LAST as the client's mistake; null means no limit. */
export function checkLast(last: number | null | undefined): number | null {
  if (last === null || last === undefined) return null;
  if (!Number.isInteger(last) || last < 1 || last > MAX_LAST) {
    throw badUserInput(`last must be between 1 and ${MAX_LAST}`, "last");
  }
  return last;
}
