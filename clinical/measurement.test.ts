import {
  DAY_MS,
  HOUR_MS,
  inLookback,
  isOngoingAt,
  latest,
  latestAtOrBefore,
  lowest,
} from "./measurement";

const asOf = new Date("2026-06-01T08:00:00Z");
const at = (msBefore: number) => new Date(asOf.getTime() - msBefore);
const m = (msBefore: number, value: number, id = String(value)) => ({
  time: at(msBefore),
  value,
  source: { system: "LIS", id },
});

describe("look-back windows", () => {
  const items = [m(-1, 1), m(0, 2), m(24 * HOUR_MS, 3), m(24 * HOUR_MS + 1, 4)];

  it("include both edges, nothing after the end", () => {
    expect(inLookback(items, asOf, 24 * HOUR_MS).map((i) => i.value)).toEqual([2, 3]);
  });

  it("exclude the end when asked", () => {
    expect(inLookback(items, asOf, 24 * HOUR_MS, true).map((i) => i.value)).toEqual([3]);
  });

  it("pick the latest at or before asOf, within a maximum age", () => {
    expect(latestAtOrBefore(items, asOf)?.value).toBe(2);
    expect(latestAtOrBefore([m(7 * DAY_MS, 5)], asOf, 7 * DAY_MS)?.value).toBe(5);
    expect(latestAtOrBefore([m(7 * DAY_MS + 1, 5)], asOf, 7 * DAY_MS)).toBeUndefined();
    expect(latestAtOrBefore([m(400 * DAY_MS, 5)], asOf)?.value).toBe(5);
    expect(latestAtOrBefore([m(-1, 5)], asOf)).toBeUndefined();
  });

  it("break ties: latest given last, lowest given first", () => {
    expect(latest([m(0, 1, "a"), m(0, 1, "b")])?.source.id).toBe("b");
    expect(lowest([m(0, 1, "a"), m(5, 1, "b"), m(0, 2)])?.source.id).toBe("a");
    expect(latest([])).toBeUndefined();
    expect(lowest([])).toBeUndefined();
  });
});

describe("periods", () => {
  const start = at(DAY_MS);
  it("are ongoing from their start up to, not including, their end", () => {
    expect(isOngoingAt({ start, end: null }, asOf)).toBe(true);
    expect(isOngoingAt({ start: asOf, end: null }, asOf)).toBe(true);
    expect(isOngoingAt({ start: at(-1), end: null }, asOf)).toBe(false);
    expect(isOngoingAt({ start, end: at(-1) }, asOf)).toBe(true);
    expect(isOngoingAt({ start, end: asOf }, asOf)).toBe(false);
    expect(isOngoingAt({ start: null, end: null }, asOf)).toBe(true);
    expect(isOngoingAt({ start: null, end: asOf }, asOf)).toBe(false);
  });
});
