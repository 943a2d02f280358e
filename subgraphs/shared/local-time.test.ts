import { DateTime } from "luxon";
import { COMPACT_TIMESTAMP, formatLocalTime, parseLocalTime, SQL_DATETIME } from "./local-time";

const BERLIN = "Europe/Berlin";

test("a wall-clock reading in summer and in winter", () => {
  expect(parseLocalTime("20260601100000", COMPACT_TIMESTAMP, BERLIN)).toEqual(
    new Date("2026-06-01T08:00:00Z"),
  );
  expect(parseLocalTime(" 2026-01-15 10:30:15 ", SQL_DATETIME, BERLIN)).toEqual(
    new Date("2026-01-15T09:30:15Z"),
  );
});

test("impossible readings are null", () => {
  for (const text of ["20260230120000", "20261301000000", "2026-06-01", ""])
    expect(parseLocalTime(text, COMPACT_TIMESTAMP, BERLIN)).toBeNull();
  expect(parseLocalTime("2026-04-31 10:00:00", SQL_DATETIME, BERLIN)).toBeNull();
});

test("every reading of the DST days agrees with luxon, gap and fold included", () => {
  const zones = [BERLIN, "America/New_York", "Australia/Lord_Howe"];
  const days = ["2026-03-08", "2026-03-29", "2026-04-05", "2026-10-04", "2026-10-25", "2026-11-01"];
  let checked = 0;
  for (const zone of zones)
    for (const day of days)
      for (let minute = 0; minute < 24 * 60; minute += 13) {
        const text = `${day} ${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}:07`;
        const luxon = DateTime.fromFormat(text, SQL_DATETIME, { zone });
        expect({ text, zone, at: parseLocalTime(text, SQL_DATETIME, zone) }).toEqual({
          text,
          zone,
          at: luxon.isValid ? luxon.toJSDate() : null,
        });
        checked++;
      }
  expect(checked).toBe(3 * 6 * 111);
});

test("formatting is the inverse of parsing", () => {
  const at = new Date("2026-10-25T00:30:00Z");
  expect(formatLocalTime(at, COMPACT_TIMESTAMP, BERLIN)).toBe("20261025023000");
  expect(parseLocalTime("20261025013000", COMPACT_TIMESTAMP, BERLIN)).toEqual(
    new Date("2026-10-24T23:30:00Z"),
  );
});

test("random readings over seventy-five years, before 1970 too, agree with luxon in zones with and without DST", () => {
  // A fixed linear congruential sequence: the same readings on every run.
  let state = 12345;
  const next = (n: number) => (state = (state * 1103515245 + 12345) % 2 ** 31) % n;
  const zones = [BERLIN, "America/Sao_Paulo", "Asia/Kolkata", "America/Santiago"];
  for (let i = 0; i < 40_000; i++) {
    const zone = zones[i % zones.length];
    const at = new Date(Date.UTC(1950, 0, 1) + next(75 * 365) * 86_400_000 + next(86_400) * 1000);
    const text = DateTime.fromJSDate(at, { zone: "UTC" }).toFormat(COMPACT_TIMESTAMP);
    const luxon = DateTime.fromFormat(text, COMPACT_TIMESTAMP, { zone });
    expect({ text, zone, at: parseLocalTime(text, COMPACT_TIMESTAMP, zone) }).toEqual({
      text,
      zone,
      at: luxon.isValid ? luxon.toJSDate() : null,
    });
  }
});
