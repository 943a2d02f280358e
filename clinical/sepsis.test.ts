import type { Diagnosis, Encounter } from "./encounters";
import { DAY_MS, HOUR_MS, type Measurement } from "./measurement";
import type { MedicationOrder } from "./medication-classes";
import { sepsisAssessmentItems, sepsisScreen, type SepsisScreenInput } from "./sepsis";
import type { VitalObservation } from "./vital-signs";

interface Ref {
  system: string;
  id: string;
}
const asOf = new Date("2026-06-01T08:00:00Z");
const ago = (ms: number) => new Date(asOf.getTime() - ms);
const ref = (system: string, id: string): Ref => ({ system, id });

const vitals = (rate: number, systolic: number, acvpu: "A" | "V"): VitalObservation<Ref>[] => [
  { parameter: "respiratoryRate", value: rate, time: ago(HOUR_MS), source: ref("EMR", "rr") },
  { parameter: "systolic", value: systolic, time: ago(HOUR_MS), source: ref("EMR", "sbp") },
  { parameter: "consciousness", value: acvpu, time: ago(HOUR_MS), source: ref("EMR", "acvpu") },
];
const qsofa2 = vitals(24, 95, "A");
const qsofa1 = vitals(24, 120, "A");
const lab = (id: string, value: number, msAgo = 2 * HOUR_MS): Measurement<Ref> => ({
  value,
  time: ago(msAgo),
  source: ref("LIS", id),
});
const admission: Encounter = { id: "adm", start: ago(3 * DAY_MS), end: null };
const diagnosis = (code: string, encounterId = "adm"): Diagnosis<Ref> => ({
  code,
  encounterId,
  time: ago(2 * DAY_MS),
  source: ref("HIS", code),
});
const order = (atc: string, end: Date | null = null): MedicationOrder<Ref> => ({
  atc,
  name: atc,
  start: ago(2 * DAY_MS),
  end,
  source: ref("HIS", atc),
});

const screen = (input: Partial<SepsisScreenInput<Ref>>) =>
  sepsisScreen<Ref>({
    asOf,
    vitalSigns: [],
    wbc: [],
    lactate: [],
    encounters: [admission],
    diagnoses: [],
    orders: [],
    ...input,
  });

describe("Medfuse sepsis screen (CLINICAL.md §2)", () => {
  it.each([
    [
      "qSOFA 2 and a pneumonia diagnosis",
      { vitalSigns: qsofa2, diagnoses: [diagnosis("J18.9")] },
      "high",
    ],
    ["qSOFA 2 and an antibiotic order", { vitalSigns: qsofa2, orders: [order("J01CR02")] }, "high"],
    ["qSOFA 2 and WBC 12.1", { vitalSigns: qsofa2, wbc: [lab("wbc", 12.1)] }, "high"],
    ["qSOFA 2 and WBC 3.9", { vitalSigns: qsofa2, wbc: [lab("wbc", 3.9)] }, "high"],
    ["qSOFA 2 and WBC 12", { vitalSigns: qsofa2, wbc: [lab("wbc", 12)] }, "medium"],
    ["qSOFA 2 and WBC 4", { vitalSigns: qsofa2, wbc: [lab("wbc", 4)] }, "medium"],
    ["qSOFA 2 alone", { vitalSigns: qsofa2 }, "medium"],
    [
      "infection and lactate 2.1",
      { vitalSigns: qsofa1, orders: [order("J01DD04")], lactate: [lab("lac", 2.1)] },
      "medium",
    ],
    [
      "infection and lactate 2.0",
      { vitalSigns: qsofa1, orders: [order("J01DD04")], lactate: [lab("lac", 2.0)] },
      "none",
    ],
    ["infection alone", { vitalSigns: qsofa1, diagnoses: [diagnosis("N39.0")] }, "none"],
    ["lactate 4 alone", { vitalSigns: qsofa1, lactate: [lab("lac", 4)] }, "none"],
    ["nothing", {}, "none"],
  ] as const)("%s → %s", (_, input, level) => {
    expect(screen(input).level).toBe(level);
  });

  it.each([
    ["A40.0", true],
    ["A41.9", true],
    ["A41.900", true],
    ["J12.9", true],
    ["J15", true],
    ["J18.9", true],
    ["N39.0", true],
    ["N390", true],
    ["A39.9", false],
    ["J11.1", false],
    ["J20.9", false],
    ["N39.1", false],
    ["I10", false],
  ])("diagnosis %s suggests infection: %s", (code, suspected) => {
    expect(screen({ diagnoses: [diagnosis(code)] }).suspectedInfection).toBe(suspected);
  });

  it("reads diagnoses of the current encounter, else the last one", () => {
    const old: Encounter = { id: "old", start: ago(60 * DAY_MS), end: ago(59 * DAY_MS) };
    const last: Encounter = { id: "last", start: ago(10 * DAY_MS), end: ago(9 * DAY_MS) };
    const fromOld = [diagnosis("J18.9", "old")];
    expect(screen({ encounters: [old, admission], diagnoses: fromOld }).suspectedInfection).toBe(
      false,
    );
    expect(
      screen({ encounters: [old, last], diagnoses: [diagnosis("J18.9", "last")] })
        .suspectedInfection,
    ).toBe(true);
    expect(screen({ encounters: [old, last], diagnoses: fromOld }).suspectedInfection).toBe(false);
  });

  it("counts only antibiotic orders active at asOf", () => {
    expect(screen({ orders: [order("J01CR02", ago(1))] }).suspectedInfection).toBe(false);
    expect(
      screen({ orders: [order("J01CR02", new Date(asOf.getTime() + 1))] }).suspectedInfection,
    ).toBe(true);
    expect(screen({ orders: [order("J01GB03")] }).suspectedInfection).toBe(true);
    expect(screen({ orders: [order("M01AE01")] }).suspectedInfection).toBe(false);
  });

  it("counts any abnormal WBC of the last 24 hours, not older", () => {
    const recovered = [lab("wbc-high", 15, 20 * HOUR_MS), lab("wbc-now", 9, HOUR_MS)];
    expect(screen({ wbc: recovered }).infection).toEqual([
      { sign: "wbc", source: ref("LIS", "wbc-high") },
    ]);
    expect(screen({ wbc: [lab("wbc", 15, 24 * HOUR_MS)] }).suspectedInfection).toBe(true);
    expect(screen({ wbc: [lab("wbc", 15, 24 * HOUR_MS + 1)] }).suspectedInfection).toBe(false);
  });

  it("takes the latest lactate of the last 24 hours", () => {
    const falling = [lab("lac-high", 4, 20 * HOUR_MS), lab("lac-now", 1.5, HOUR_MS)];
    const result = screen({ orders: [order("J01CR02")], lactate: falling });
    expect(result).toMatchObject({ level: "none", lactateRaised: false, lactate: { value: 1.5 } });
    expect(screen({ lactate: [lab("lac", 4, 24 * HOUR_MS + 1)] }).lactate).toBeNull();
  });

  it("lists met qSOFA criteria, every infection sign and a raised lactate as evidence", () => {
    const result = screen({
      vitalSigns: qsofa2,
      diagnoses: [diagnosis("A41.9")],
      orders: [order("J01CR02")],
      lactate: [lab("lac", 3.4)],
      wbc: [lab("wbc", 17)],
    });
    expect(result.level).toBe("high");
    expect(result.evidence).toEqual([
      ref("EMR", "rr"),
      ref("EMR", "sbp"),
      ref("HIS", "A41.9"),
      ref("HIS", "J01CR02"),
      ref("LIS", "wbc"),
      ref("LIS", "lac"),
    ]);
    expect(result.sirs).toMatchObject({ score: 2, missing: ["temperature", "heartRate"] });
    const [item] = sepsisAssessmentItems(result);
    expect(item).toMatchObject({
      concern: "sepsis",
      level: "high",
      summary: "Sepsis screen positive: qSOFA 2, suspected infection, lactate 3.4 mmol/L",
    });
  });

  it("shows a raised lactate even when the screen is negative", () => {
    const result = screen({ vitalSigns: qsofa1, lactate: [lab("lac", 4)] });
    expect(result.evidence).toEqual([ref("EMR", "rr"), ref("LIS", "lac")]);
    expect(sepsisAssessmentItems(result)[0].summary).toBe(
      "Sepsis screen negative: qSOFA 1, no sign of infection, lactate 4 mmol/L",
    );
  });
});
