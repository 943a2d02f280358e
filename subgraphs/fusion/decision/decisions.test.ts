import { testRecord } from "../test-record";
import { decide } from "./decisions";

const decideAt = (iso: string) => decide(testRecord(), new Date(iso), "Europe/Berlin");

test("a creatinine collected before asOf but released after it is not used yet", () => {
  // L3 (creatinine 300) is collected at 08:00 on 2 June and released at 09:00; before it, the
  // latest released creatinine is L2 (150, 31 May), with no earlier value in the 7 days before.
  const d = decideAt("2026-06-02T08:30:00Z");
  expect(d.kidney.aki).toMatchObject({ stage: null, reason: "no baseline" });
  expect(d.kidney.aki.latest?.source.recordId).toBe("L2");
  expect(d.kidney.egfr?.creatinine.source.recordId).toBe("L2");
  // Metformin against eGFR 32.9 (30–44): review, not yet contraindicated.
  expect(d.medicationSafety.alerts.map((a) => [a.rule, a.level])).toEqual([
    ["metforminKidneyFunction", "medium"],
  ]);
});

test("once released, the result counts at its collection time", () => {
  const d = decideAt("2026-06-02T09:00:00Z");
  // 300 over the baseline 150 (L2, in the 7 days before the collection): stage 2.
  expect(d.kidney.aki).toMatchObject({ stage: 2, ratio: 2 });
  expect(d.kidney.aki.latest).toMatchObject({
    time: new Date("2026-06-02T08:00:00Z"),
    source: { recordId: "L3" },
  });
  expect(d.medicationSafety.alerts.map((a) => [a.rule, a.level])).toEqual([
    ["metforminKidneyFunction", "high"],
  ]);
});
