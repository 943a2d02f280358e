/**
 * Legacy systems keep wall-clock strings in the hospital's zone (HIS `yyyyMMddHHmmss`, DICOM
 * DA/TM, SQL DATETIME without zone). These turn them into instants and back, DST included.
 */
import { DateTime } from "luxon";

/** HIS and LIS compact timestamps. */
export const COMPACT_TIMESTAMP = "yyyyMMddHHmmss";
/** SQL DATETIME text, as MySQL and SQL Server print it. */
export const SQL_DATETIME = "yyyy-MM-dd HH:mm:ss";

/** The fixed-width formats read without luxon's format parser. */
const FIXED_WIDTH: Readonly<Record<string, RegExp>> = {
  [COMPACT_TIMESTAMP]: /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/,
  [SQL_DATETIME]: /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/,
};

const HOUR_MS = 3_600_000;

/**
 * Per zone, the UTC offset (ms) of each local hour read so far, keyed by the hour's wall clock
 * read as UTC; null for an hour at a DST change or next to one, which luxon reads in full.
 * Finding a zone's offset means Intl look-ups, and a ward list reads thousands of timestamps
 * from a few hundred hours.
 */
const hourOffsets = new Map<string, Map<number, number | null>>();

/** Parses a local wall-clock string in the given format (luxon tokens) and zone to an instant. */
export function parseLocalTime(
  text: string | null | undefined,
  format: string,
  timeZone: string,
): Date | null {
  if (!text) return null;
  const trimmed = text.trim();
  const fields = FIXED_WIDTH[format]?.exec(trimmed);
  const fast = fields ? fromWallClock(fields.slice(1).map(Number), timeZone) : null;
  if (fast) return fast;
  const parsed = DateTime.fromFormat(trimmed, format, { zone: timeZone });
  return parsed.isValid ? parsed.toJSDate() : null;
}

/** The instant of a wall-clock reading, or null when luxon must decide (odd value, DST hour). */
function fromWallClock(
  [year, month, day, hour, minute, second]: number[],
  timeZone: string,
): Date | null {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const read = new Date(wall);
  const exact =
    year >= 1000 &&
    read.getUTCFullYear() === year &&
    read.getUTCMonth() === month - 1 &&
    read.getUTCDate() === day &&
    read.getUTCHours() === hour &&
    read.getUTCMinutes() === minute &&
    read.getUTCSeconds() === second;
  if (!exact) return null;
  const offset = hourOffset(wall - (minute * 60 + second) * 1000, timeZone);
  return offset === null ? null : new Date(wall - offset);
}

function hourOffset(hourStart: number, timeZone: string): number | null {
  let zone = hourOffsets.get(timeZone);
  if (!zone) hourOffsets.set(timeZone, (zone = new Map()));
  let offset = zone.get(hourStart);
  if (offset === undefined) {
    // Steady when this hour and its neighbours share one offset: no gap or fold is near.
    const [before, at, after] = [-HOUR_MS, 0, HOUR_MS].map((shift) =>
      luxonOffset(hourStart + shift, timeZone),
    );
    offset = at !== null && before === at && after === at ? at : null;
    zone.set(hourStart, offset);
  }
  return offset;
}

/** Luxon's offset (ms) for a wall-clock hour, or null when that hour does not exist as written. */
function luxonOffset(wall: number, timeZone: string): number | null {
  const w = new Date(wall);
  const local = DateTime.fromObject(
    {
      year: w.getUTCFullYear(),
      month: w.getUTCMonth() + 1,
      day: w.getUTCDate(),
      hour: w.getUTCHours(),
    },
    { zone: timeZone },
  );
  return local.isValid && local.hour === w.getUTCHours() ? local.offset * 60_000 : null;
}

/** Writes an instant as a local wall-clock string in the given format and zone. */
export function formatLocalTime(instant: Date, format: string, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toFormat(format);
}
