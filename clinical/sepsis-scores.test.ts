import { HOUR_MS, type Measurement } from "./measurement";
import { qsofa, sirs } from "./sepsis-scores";
import type { VitalObservation } from "./vital-signs";

const asOf = new Date("2026-06-01T08:00:00Z");
const time = new Date(asOf.getTime() - HOUR_MS);
const source = (id: string) => ({ system: "EMR", id });

type Numeric = "respiratoryRate" | "systolic" | "heartRate" | "temperature" | "gcsTotal";
const vital = (
  parameter: Numeric,
  value: number,
  t = time,
): VitalObservation<{ system: string; id: string }> => ({
  parameter,
  value,
  time: t,
  source: source(parameter),
});
const acvpu = (
  value: "A" | "C" | "V" | "P" | "U",
): VitalObservation<{ system: string; id: string }> => ({
  parameter: "consciousness",
  value,
  time,
  source: source("ACVPU"),
});
const wbc = (value: number, t = time): Measurement<{ system: string; id: string }> => ({
  value,
  time: t,
  source: { system: "LIS", id: `wbc${value}` },
});

describe("qSOFA (Sepsis-3)", () => {
  const calm = [vital("respiratoryRate", 16), vital("systolic", 120), acvpu("A")];

  it.each([
    [21, false],
    [22, true],
  ])("respiratory rate %s meets the criterion: %s", (rate, met) => {
    const score = qsofa([vital("respiratoryRate", rate)], asOf);
    expect(score.criteria).toEqual([
      { criterion: "respiratoryRate", met, evidence: [source("respiratoryRate")] },
    ]);
    expect(score.missing).toEqual(["alteredMentation", "systolic"]);
  });

  it.each([
    [100, true],
    [101, false],
  ])("systolic %s meets the criterion: %s", (systolic, met) => {
    expect(qsofa([vital("systolic", systolic)], asOf).score).toBe(met ? 1 : 0);
  });

  it.each([
    ["A", null, false],
    ["C", null, true],
    ["V", 15, true],
    [null, 15, false],
    [null, 14, true],
    ["A", 14, true],
  ] as const)("ACVPU %s with GCS %s is altered mentation: %s", (level, gcs, met) => {
    const observations = [
      ...(level ? [acvpu(level)] : []),
      ...(gcs !== null ? [vital("gcsTotal", gcs)] : []),
    ];
    const [criterion] = qsofa(observations, asOf).criteria;
    expect(criterion).toMatchObject({ criterion: "alteredMentation", met });
    expect(criterion.evidence).toHaveLength(observations.length);
  });

  it("is positive at 2 of 3", () => {
    expect(qsofa(calm, asOf)).toMatchObject({ score: 0, positive: false, missing: [] });
    const two = [vital("respiratoryRate", 22), vital("systolic", 100), acvpu("A")];
    expect(qsofa(two, asOf)).toMatchObject({ score: 2, positive: true });
    const three = [vital("respiratoryRate", 22), vital("systolic", 100), acvpu("V")];
    expect(qsofa(three, asOf)).toMatchObject({ score: 3, positive: true });
  });

  it("reads only the latest values of the last 24 hours", () => {
    const old = new Date(asOf.getTime() - 24 * HOUR_MS - 1);
    const score = qsofa([vital("respiratoryRate", 30, old), vital("systolic", 80, old)], asOf);
    expect(score).toMatchObject({ score: 0, criteria: [] });
    const recovered = qsofa(
      [vital("systolic", 80, new Date(asOf.getTime() - 3 * HOUR_MS)), vital("systolic", 120)],
      asOf,
    );
    expect(recovered.score).toBe(0);
  });
});

describe("SIRS (ACCP/SCCM 1992)", () => {
  const criterion = (
    name: string,
    observations: VitalObservation<any>[],
    counts: Measurement<any>[] = [],
  ) => sirs(observations, counts, asOf).criteria.find((c) => c.criterion === name)?.met;

  it.each([
    [38.0, false],
    [38.1, true],
    [36.0, false],
    [35.9, true],
  ])("temperature %s meets the criterion: %s", (t, met) => {
    expect(criterion("temperature", [vital("temperature", t)])).toBe(met);
  });

  it.each([
    [90, false],
    [91, true],
  ])("heart rate %s: %s", (rate, met) =>
    expect(criterion("heartRate", [vital("heartRate", rate)])).toBe(met),
  );

  it.each([
    [20, false],
    [21, true],
  ])("respiratory rate %s: %s", (rate, met) => {
    expect(criterion("respiratoryRate", [vital("respiratoryRate", rate)])).toBe(met);
  });

  it.each([
    [12, false],
    [12.1, true],
    [4, false],
    [3.9, true],
  ])("WBC %s: %s", (count, met) => expect(criterion("wbc", [], [wbc(count)])).toBe(met));

  it("takes the latest WBC of the last 24 hours", () => {
    const earlier = wbc(15, new Date(asOf.getTime() - 5 * HOUR_MS));
    expect(criterion("wbc", [], [earlier, wbc(8)])).toBe(false);
    expect(
      criterion("wbc", [], [wbc(15, new Date(asOf.getTime() - 24 * HOUR_MS - 1))]),
    ).toBeUndefined();
  });

  it("is positive at 2 of 4 and names what is missing", () => {
    const result = sirs([vital("temperature", 38.5), vital("heartRate", 95)], [], asOf);
    expect(result).toMatchObject({ score: 2, positive: true, missing: ["respiratoryRate", "wbc"] });
  });
});
