import { HOUR_MS } from "./measurement";
import { news2, news2AssessmentItems, news2Level, news2ParameterScore } from "./news2";
import type { Acvpu, AirOrOxygen, VitalObservation } from "./vital-signs";

const asOf = new Date("2026-06-01T08:00:00Z");
const before = (ms: number) => new Date(asOf.getTime() - ms);

interface Chart {
  rr: number;
  spo2: number;
  o2: AirOrOxygen;
  sbp: number;
  pulse: number;
  acvpu: Acvpu;
  temp: number;
  scale2?: boolean;
}

/** One flowsheet row of the seven parameters, each with its own evidence reference. */
function chart(c: Chart, time = before(HOUR_MS), id = "row"): VitalObservation<Ref>[] {
  const source = (parameter: string): Ref => ({ system: "EMR", recordId: `${id}.${parameter}` });
  return [
    { parameter: "respiratoryRate", time, value: c.rr, source: source("RESP") },
    {
      parameter: "oxygenSaturation",
      time,
      value: c.spo2,
      scale2: c.scale2 ?? false,
      source: source("SPO2"),
    },
    { parameter: "airOrOxygen", time, value: c.o2, source: source("O2DEV") },
    { parameter: "systolic", time, value: c.sbp, source: source("NIBP_S") },
    { parameter: "heartRate", time, value: c.pulse, source: source("HR") },
    { parameter: "consciousness", time, value: c.acvpu, source: source("ACVPU") },
    { parameter: "temperature", time, value: c.temp, source: source("TEMP") },
  ];
}
interface Ref {
  system: string;
  recordId: string;
}

const calm: Chart = { rr: 16, spo2: 98, o2: "air", sbp: 125, pulse: 72, acvpu: "A", temp: 36.8 };

describe("NEWS2 worked values (CLINICAL.md §1)", () => {
  it.each([
    [16, 98, "air", 125, 72, "A", 36.8, 0, "none", false],
    [24, 93, "air", 105, 115, "A", 38.5, 8, "high", false],
    [16, 97, "air", 120, 80, "V", 37.0, 3, "medium", true],
    [21, 95, "oxygen", 112, 91, "A", 38.1, 7, "high", false],
    [12, 96, "air", 111, 51, "A", 36.1, 0, "none", false],
    [20, 94, "air", 110, 50, "A", 36.0, 4, "low", false],
  ] as const)(
    "RR %s SpO2 %s %s SBP %s pulse %s %s temp %s → %s %s",
    (rr, spo2, o2, sbp, pulse, acvpu, temp, total, level, single3) => {
      const result = news2(chart({ rr, spo2, o2, sbp, pulse, acvpu, temp }), asOf);
      expect(result).toMatchObject({ total, level, singleParameter3: single3, missing: [] });
    },
  );
});

/** The score of one parameter with the other six calm. */
const scoreOf = (change: Partial<Chart>, parameter: string) =>
  news2(chart({ ...calm, ...change }), asOf).parameters.find((p) => p.parameter === parameter)!
    .score;

describe("NEWS2 band edges (RCP 2017 chart 1)", () => {
  it.each([
    [8, 3],
    [9, 1],
    [11, 1],
    [12, 0],
    [20, 0],
    [21, 2],
    [24, 2],
    [25, 3],
    [20.5, 2],
  ])("respiration rate %s scores %s", (rr, score) => {
    expect(scoreOf({ rr }, "respiratoryRate")).toBe(score);
  });

  it.each([
    [91, 3],
    [92, 2],
    [93, 2],
    [94, 1],
    [95, 1],
    [96, 0],
    [100, 0],
  ])("SpO2 scale 1 %s scores %s (on air or oxygen alike)", (spo2, score) => {
    expect(scoreOf({ spo2 }, "oxygenSaturation")).toBe(score);
    expect(scoreOf({ spo2, o2: "oxygen" }, "oxygenSaturation")).toBe(score);
  });

  it.each([
    [83, "air", 3],
    [84, "air", 2],
    [85, "oxygen", 2],
    [86, "air", 1],
    [87, "oxygen", 1],
    [88, "air", 0],
    [92, "oxygen", 0],
    [93, "air", 0],
    [100, "air", 0],
    [93, "oxygen", 1],
    [94, "oxygen", 1],
    [95, "oxygen", 2],
    [96, "oxygen", 2],
    [97, "oxygen", 3],
  ] as const)("SpO2 scale 2 %s on %s scores %s", (spo2, o2, score) => {
    expect(scoreOf({ spo2, o2, scale2: true }, "oxygenSaturation")).toBe(score);
  });

  it("air scores 0, oxygen 2", () => {
    expect(scoreOf({ o2: "air" }, "airOrOxygen")).toBe(0);
    expect(scoreOf({ o2: "oxygen" }, "airOrOxygen")).toBe(2);
  });

  it.each([
    [90, 3],
    [91, 2],
    [100, 2],
    [101, 1],
    [110, 1],
    [111, 0],
    [219, 0],
    [220, 3],
  ])("systolic %s scores %s", (sbp, score) => expect(scoreOf({ sbp }, "systolic")).toBe(score));

  it.each([
    [40, 3],
    [41, 1],
    [50, 1],
    [51, 0],
    [90, 0],
    [91, 1],
    [110, 1],
    [111, 2],
    [130, 2],
    [131, 3],
  ])("pulse %s scores %s", (pulse, score) => expect(scoreOf({ pulse }, "heartRate")).toBe(score));

  it.each([
    ["A", 0],
    ["C", 3],
    ["V", 3],
    ["P", 3],
    ["U", 3],
  ] as const)("consciousness %s scores %s", (acvpu, score) =>
    expect(scoreOf({ acvpu }, "consciousness")).toBe(score),
  );

  it.each([
    [35.0, 3],
    [35.1, 1],
    [36.0, 1],
    [36.1, 0],
    [38.0, 0],
    [38.1, 1],
    [39.0, 1],
    [39.1, 2],
    [38.05, 1],
  ])("temperature %s scores %s", (temp, score) => {
    expect(scoreOf({ temp }, "temperature")).toBe(score);
  });
});

describe("NEWS2 levels", () => {
  it.each([
    [0, false, "none"],
    [1, false, "low"],
    [4, false, "low"],
    [3, true, "medium"],
    [5, false, "medium"],
    [6, false, "medium"],
    [6, true, "medium"],
    [7, false, "high"],
    [20, true, "high"],
  ] as const)("total %s, single parameter 3 %s → %s", (total, single3, level) => {
    expect(news2Level(total, single3)).toBe(level);
  });
});

describe("NEWS2 at asOf: the Medfuse 24-hour rule", () => {
  it("takes each parameter's most recent value in the window, nothing after asOf", () => {
    const result = news2(
      [
        ...chart(calm, before(10 * HOUR_MS), "old"),
        ...chart({ ...calm, rr: 25 }, before(2 * HOUR_MS), "new").filter(
          (o) => o.parameter !== "temperature",
        ),
        ...chart({ ...calm, rr: 8, acvpu: "U" }, new Date(asOf.getTime() + 1), "future"),
      ],
      asOf,
    );
    expect(result.total).toBe(3);
    const rr = result.parameters.find((p) => p.parameter === "respiratoryRate")!;
    expect(rr.observation.source).toEqual({ system: "EMR", recordId: "new.RESP" });
    expect(result.parameters.map((p) => p.observation.source.recordId)).toContain("old.TEMP");
  });

  it("counts a value at asOf and at exactly 24 hours before, not a millisecond earlier", () => {
    expect(news2(chart(calm, before(24 * HOUR_MS)), asOf).total).toBe(0);
    expect(news2(chart(calm, asOf), asOf).total).toBe(0);
    const stale = news2(chart(calm, before(24 * HOUR_MS + 1)), asOf);
    expect(stale).toMatchObject({ total: null, level: null, parameters: [] });
    expect(stale.missing).toHaveLength(7);
  });

  it("names the missing parameters and gives no total", () => {
    const observations = chart({ ...calm, acvpu: "P" }).filter(
      (o) => o.parameter !== "temperature" && o.parameter !== "airOrOxygen",
    );
    const result = news2(observations, asOf);
    expect(result).toMatchObject({ total: null, level: null, singleParameter3: true });
    expect(result.missing).toEqual(["airOrOxygen", "temperature"]);
    expect(news2AssessmentItems(result)).toEqual([]);
  });

  it("scores a scale-2 SpO2 above 92 % only when air or oxygen is known", () => {
    const observations = chart({ ...calm, spo2: 95, scale2: true }).filter(
      (o) => o.parameter !== "airOrOxygen",
    );
    expect(
      news2(observations, asOf).parameters.find((p) => p.parameter === "oxygenSaturation")!.score,
    ).toBeNull();
    expect(
      news2ParameterScore(
        { ...observations[1], parameter: "oxygenSaturation", value: 95, scale2: true },
        "oxygen",
      ),
    ).toBe(2);
  });

  it("yields one deterioration item with the seven observations as evidence", () => {
    const [item] = news2AssessmentItems(
      news2(
        chart({ rr: 24, spo2: 93, o2: "air", sbp: 105, pulse: 115, acvpu: "A", temp: 38.5 }),
        asOf,
      ),
    );
    expect(item).toMatchObject({ concern: "deterioration", level: "high", summary: "NEWS2 8" });
    expect(item.evidence).toHaveLength(7);
    const [single] = news2AssessmentItems(news2(chart({ ...calm, acvpu: "V" }), asOf));
    expect(single.summary).toBe("NEWS2 3, a single parameter scoring 3");
  });
});
