/** Age in whole years and sex, as CKD-EPI and CHA2DS2-VASc use them. */
import { DateTime } from "luxon";

/** Whole years from a YYYY-MM-DD birth date to an instant, on the hospital's calendar. */
export function ageInYears(birthDate: string, at: Date, timeZone: string): number {
  const born = DateTime.fromISO(birthDate, { zone: timeZone });
  const then = DateTime.fromJSDate(at, { zone: timeZone });
  return Math.floor(then.diff(born, "years").years);
}

/** Sex as the clinical formulas read it; a record saying neither gives no score that needs it. */
export type Sex = "male" | "female";
