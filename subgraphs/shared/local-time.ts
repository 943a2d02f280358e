/**
 * Legacy systems keep wall-clock strings in the hospital's zone (HIS `yyyyMMddHHmmss`, DICOM
 * DA/TM, SQL DATETIME without zone). These turn them into instants and back, DST included.
 */
import { DateTime } from "luxon";

/** HIS and LIS compact timestamps. */
export const COMPACT_TIMESTAMP = "yyyyMMddHHmmss";
/** SQL DATETIME text, as MySQL and SQL Server print it. */
export const SQL_DATETIME = "yyyy-MM-dd HH:mm:ss";

/**
 * The fixed-width formats read without luxon's format parser: `d` is a digit, anything else
 * itself; the year is the first four digits, then month, day, hour, minute, second, two each.
 */
const FIXED_WIDTH: Readonly<Record<string, string>> = {
  [COMPACT_TIMESTAMP]: "dddddddddddddd",
  [SQL_DATETIME]: "dddd-dd-dd dd:dd:dd",
};

const DIGIT_0 = "0".charCodeAt(0);
/** The layout character that stands for a digit. */
const DIGIT_SLOT = "d".charCodeAt(0);
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Finding a zone's offset means Intl look-ups, and a ward list reads thousands of timestamps
 * spread over years of history. Per zone, the UTC offset (ms) of each local day read so far,
 * keyed by its midnight read as UTC; null for a day with a DST change in it or at its edges,
 * whose hours are looked up one by one: per zone, the offset of each such hour, null for an
 * hour at a change or next to one, which luxon reads in full.
 */
const dayOffsets = new Map<string, Map<number, number | null>>();
const hourOffsets = new Map<string, Map<number, number | null>>();

/** Parses a local wall-clock string in the given format (luxon tokens) and zone to an instant. */
export function parseLocalTime(
  text: string | null | undefined,
  format: string,
  timeZone: string,
): Date | null {
  if (!text) return null;
  const trimmed = text.trim();
  const layout = FIXED_WIDTH[format];
  const wall = layout === undefined ? null : readWallClock(trimmed, layout);
  const fast = wall === null ? null : fromWallClock(wall, timeZone);
  if (fast) return fast;
  const parsed = DateTime.fromFormat(trimmed, format, { zone: timeZone });
  return parsed.isValid ? parsed.toJSDate() : null;
}

/**
 * The wall clock of a fixed-width reading as if it were UTC (ms), or null when the text does
 * not fit the layout or names no real calendar second (luxon then decides, and refuses it).
 */
function readWallClock(text: string, layout: string): number | null {
  if (text.length !== layout.length) return null;
  const numbers: number[] = [];
  let value = 0;
  let digits = 0;
  for (let i = 0; i < layout.length; i++) {
    const code = text.charCodeAt(i);
    if (layout.charCodeAt(i) !== DIGIT_SLOT) {
      if (code !== layout.charCodeAt(i)) return null;
      continue;
    }
    const digit = code - DIGIT_0;
    if (digit < 0 || digit > 9) return null;
    value = value * 10 + digit;
    digits++;
    if (digits === (numbers.length === 0 ? 4 : 2)) {
      numbers.push(value);
      value = digits = 0;
    }
  }
  const [year, month, day, hour, minute, second] = numbers;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const valid =
    year >= 1000 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= DAYS_IN_MONTH[month - 1] + (leap ? 1 : 0) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59;
  return valid ? Date.UTC(year, month - 1, day, hour, minute, second) : null;
}

/** The instant of a wall-clock reading, or null when luxon must decide (a DST change is near). */
function fromWallClock(wall: number, timeZone: string): Date | null {
  // Floored, not truncated: readings before 1970 have negative wall clocks.
  const hourStart = wall - mod(wall, HOUR_MS);
  const dayStart = wall - mod(wall, DAY_MS);
  const offset =
    steadyOffset(dayOffsets, dayStart, [-HOUR_MS, 0, 12 * HOUR_MS, DAY_MS], timeZone) ??
    steadyOffset(hourOffsets, hourStart, [-HOUR_MS, 0, HOUR_MS], timeZone);
  return offset === null ? null : new Date(wall - offset);
}

const mod = (n: number, m: number) => ((n % m) + m) % m;

/**
 * The offset shared by the wall-clock instants `start + shift` for every shift, cached per
 * start; null when they differ or one does not exist. A zone changes its offset at most once in
 * a day, so equal offsets from the hour before a span to its end mean no change inside it.
 */
function steadyOffset(
  cache: Map<string, Map<number, number | null>>,
  start: number,
  shifts: readonly number[],
  timeZone: string,
): number | null {
  let zone = cache.get(timeZone);
  if (!zone) cache.set(timeZone, (zone = new Map()));
  let offset = zone.get(start);
  if (offset === undefined) {
    const offsets = shifts.map((shift) => luxonOffset(start + shift, timeZone));
    offset = offsets[0] !== null && offsets.every((o) => o === offsets[0]) ? offsets[0] : null;
    zone.set(start, offset);
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
