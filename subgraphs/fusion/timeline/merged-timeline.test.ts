import { AS_OF, testRecord } from "../test-record";
import { TimelineSystem } from "../types/timeline-event";
import { timelineEvents, timelinePage } from "./merged-timeline";

test("events from every system come oldest first, vital-sign sets as one event", () => {
  const events = timelineEvents(testRecord());
  const times = events.map((e) => e.time.getTime());
  expect(times).toEqual([...times].sort((a, b) => a - b));
  expect(new Set(events.map((e) => e.system))).toEqual(
    new Set(["HIS", "LIS", "EMR", "PACS", "RIS"]),
  );
  expect(events.filter((e) => e.kind === "vitalSigns").map((e) => e.recordId)).toEqual([
    "V1",
    "V2",
  ]);
});

test("pages by cursor without loss or repeat, within a window and a choice of systems", () => {
  const all = timelinePage(testRecord(), { first: 1000 });
  const seen: string[] = [];
  let after: string | null = null;
  do {
    const page = timelinePage(testRecord(), { first: 3, after });
    seen.push(...page.nodes.map((n) => n.id));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  expect(seen).toEqual(all.nodes.map((n) => n.id));

  const window = timelinePage(testRecord(), {
    first: 100,
    since: new Date("2026-05-29T00:00:00Z"),
    until: AS_OF,
    systems: [TimelineSystem.LIS],
  });
  expect(window.nodes.map((n) => n.recordId)).toEqual(["L2", "L4", "L5"]);
  expect(window.totalCount).toBe(3);
});

test("bad windows and cursors are the client's mistake", () => {
  expect(() => timelinePage(testRecord(), { first: 0 })).toThrow(/first must be/);
  expect(() =>
    timelinePage(testRecord(), { first: 5, since: AS_OF, until: new Date("2020-01-01") }),
  ).toThrow(/since is after until/);
  expect(() => timelinePage(testRecord(), { first: 5, after: "garbage" })).toThrow(/not a cursor/);
});
