/**
 * Legacy systems keep wall-clock strings in the hospital's zone (HIS `yyyyMMddHHmmss`, DICOM
 * DA/TM, SQL DATETIME without zone). These turn them into instants and back, DST included.
 */
import { DateTime } from "luxon";

/** Parses a local wall-clock string in the given format (luxon tokens) and zone to an instant. */
export function parseLocalTime(
  text: string | null | undefined,
  format: string,
  timeZone: string,
): Date | null {
  if (!text) return null;
  const parsed = DateTime.fromFormat(text.trim(), format, { zone: timeZone });
  return parsed.isValid ? parsed.toJSDate() : null;
}

/** Writes an instant as a local wall-clock string in the given format and zone. */
export function formatLocalTime(instant: Date, format: string, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toFormat(format);
}

/** HIS and LIS compact timestamps. */
export const COMPACT_TIMESTAMP = "yyyyMMddHHmmss";
/** SQL DATETIME text, as MySQL and SQL Server print it. */
export const SQL_DATETIME = "yyyy-MM-dd HH:mm:ss";
