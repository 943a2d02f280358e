import { acuteKidneyInjury, akiAssessmentItems } from "./aki";
import { DAY_MS, HOUR_MS, type Measurement } from "./measurement";

const asOf = new Date("2026-06-01T08:00:00Z");
type Ref = { system: string; id: string };
/** A creatinine result, µmol/L, `ms` before asOf. */
const cr = (value: number, ms: number, id = String(value)): Measurement<Ref> => ({
  value,
  time: new Date(asOf.getTime() - ms),
  source: { system: "LIS", id },
});
const stageOf = (results: Measurement<Ref>[]) => acuteKidneyInjury(results, asOf).stage;

describe("AKI: which results are compared (Medfuse rule, CLINICAL.md §3)", () => {
  it("needs a creatinine at or before asOf", () => {
    expect(acuteKidneyInjury([cr(300, -1)], asOf)).toMatchObject({
      stage: null,
      reason: "no creatinine",
      level: null,
    });
  });

  it("needs an earlier result within 7 days of the latest: else no baseline", () => {
    expect(acuteKidneyInjury([cr(300, 0)], asOf)).toMatchObject({
      stage: null,
      reason: "no baseline",
      latest: { value: 300 },
    });
    expect(stageOf([cr(300, 0), cr(80, 7 * DAY_MS + 1)])).toBeNull();
    expect(stageOf([cr(300, 0), cr(80, 7 * DAY_MS)])).toBe(3);
  });

  it("measures from the latest result at or before asOf, however old", () => {
    const result = acuteKidneyInjury(
      [cr(80, 40 * DAY_MS), cr(160, 38 * DAY_MS), cr(400, -HOUR_MS)],
      asOf,
    );
    expect(result).toMatchObject({ stage: 2, ratio: 2, latest: { value: 160 } });
  });

  it("takes the lowest of the 7 days as baseline, not the earliest", () => {
    const result = acuteKidneyInjury(
      [cr(100, 6 * DAY_MS), cr(70, 4 * DAY_MS), cr(90, 3 * DAY_MS), cr(140, 0)],
      asOf,
    );
    expect(result).toMatchObject({ stage: 2, baseline: { value: 70 }, ratio: 2 });
  });

  it("excludes other results at the latest's own time from the baseline", () => {
    expect(stageOf([cr(80, 0, "a"), cr(200, 0, "b")])).toBeNull();
  });
});

describe("AKI stages (KDIGO 2012)", () => {
  it.each([
    [119, 0],
    [120, 1],
    [159, 1],
    [160, 2],
    [239, 2],
    [240, 3],
  ])("baseline 80 five days before, latest %s → stage %s", (latest, stage) => {
    expect(stageOf([cr(80, 5 * DAY_MS), cr(latest, 0)])).toBe(stage);
  });

  it.each([
    [26.4, 0],
    [26.5, 1],
  ])("a rise of %s µmol/L within 48 h → stage %s", (rise, stage) => {
    expect(stageOf([cr(100, 48 * HOUR_MS), cr(100 + rise, 0)])).toBe(stage);
  });

  it("counts the rise from the lowest of the 48 hours, not from earlier results", () => {
    const results = [cr(100, 48 * HOUR_MS + 1), cr(110, 30 * HOUR_MS), cr(130, 0)];
    expect(acuteKidneyInjury(results, asOf)).toMatchObject({
      stage: 0,
      rise48h: 20,
      lowest48h: { value: 110 },
      baseline: { value: 100 },
    });
    expect(stageOf([cr(100, 48 * HOUR_MS + 1), cr(126.5, 0)])).toBe(0);
  });

  it("is stage 3 at ≥ 353.6 µmol/L only when an AKI criterion is met", () => {
    expect(stageOf([cr(327, 24 * HOUR_MS), cr(353.6, 0)])).toBe(3);
    expect(stageOf([cr(327, 24 * HOUR_MS), cr(353.5, 0)])).toBe(1);
    expect(stageOf([cr(330, 24 * HOUR_MS), cr(400, 0)])).toBe(3);
    expect(stageOf([cr(300, 5 * DAY_MS), cr(353.6, 0)])).toBe(0);
  });

  it("meets thresholds met on paper by results converted from mg/dL", () => {
    expect(stageOf([cr(0.8 * 88.4, 5 * DAY_MS), cr(1.2 * 88.4, 0)])).toBe(1);
    expect(stageOf([cr(0.9 * 88.4, 24 * HOUR_MS), cr(1.2 * 88.4, 0)])).toBe(1);
  });

  it("sets levels: stage 0 none, 1 medium, 2–3 high", () => {
    const level = (latest: number) =>
      acuteKidneyInjury([cr(80, 5 * DAY_MS), cr(latest, 0)], asOf).level;
    expect([level(100), level(120), level(160), level(240)]).toEqual([
      "none",
      "medium",
      "high",
      "high",
    ]);
  });
});

describe("AKI items", () => {
  it("list latest, baseline and the 48-hour low once each", () => {
    const [item] = akiAssessmentItems(
      acuteKidneyInjury([cr(70, 5 * DAY_MS), cr(90, 24 * HOUR_MS), cr(150, 0)], asOf),
    );
    expect(item).toMatchObject({
      concern: "kidney",
      level: "high",
      summary: "AKI stage 2: creatinine 2.14 × baseline, 60.0 µmol/L rise in 48 h",
    });
    expect(item.evidence.map((r) => r.id)).toEqual(["150", "70", "90"]);
    const [same] = akiAssessmentItems(acuteKidneyInjury([cr(70, HOUR_MS), cr(75, 0)], asOf));
    expect(same).toMatchObject({ level: "none", summary: "No AKI: creatinine 1.07 × baseline" });
    expect(same.evidence.map((r) => r.id)).toEqual(["75", "70"]);
  });

  it("are absent when AKI cannot be assessed", () => {
    expect(akiAssessmentItems(acuteKidneyInjury([cr(300, 0)], asOf))).toEqual([]);
  });
});
