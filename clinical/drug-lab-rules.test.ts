import { acuteKidneyInjury } from "./aki";
import { drugLabAssessmentItems, drugLabRules, type DrugLabInput } from "./drug-lab-rules";
import { gfrCategory, gfrCategoryLevel, kidneyAssessment, type KidneyAssessment } from "./kidney";
import { DAY_MS, HOUR_MS, type Measurement } from "./measurement";
import type { MedicationOrder } from "./medication-classes";

interface Ref {
  system: string;
  id: string;
}
const asOf = new Date("2026-06-01T08:00:00Z");
const ago = (ms: number) => new Date(asOf.getTime() - ms);
const result = (id: string, value: number, ms = DAY_MS): Measurement<Ref> => ({
  value,
  time: ago(ms),
  source: { system: "LIS", id },
});
const order = (name: string, atc: string, end: Date | null = null): MedicationOrder<Ref> => ({
  atc,
  name,
  start: ago(100 * DAY_MS),
  end,
  source: { system: "HIS", id: name },
});
const metformin = order("Metformin", "A10BA02");
const enalapril = order("Enalapril", "C09AA02");
const losartan = order("Losartan", "C09CA01");
const spironolactone = order("Spironolactone", "C03DA01");
const warfarin = order("Warfarin", "B01AA03");
const ibuprofen = order("Ibuprofen", "M01AE01");
const gentamicin = order("Gentamicin", "J01GB03");

/** A kidney assessment holding an eGFR of exactly `value`, from a creatinine `ms` old. */
function kidneyWithEgfr(value: number | null, ms = DAY_MS): KidneyAssessment<Ref> {
  const creatinine = result("crea", 150, ms);
  const category = value === null ? null : gfrCategory(value);
  return {
    asOf,
    egfr:
      value === null || category === null
        ? null
        : { value, category, level: gfrCategoryLevel(category), ageYears: 70, creatinine },
    aki: acuteKidneyInjury([creatinine], asOf),
  };
}

const check = (input: Partial<DrugLabInput<Ref>>) =>
  drugLabRules<Ref>({
    asOf,
    orders: [],
    potassium: [],
    inr: [],
    kidney: kidneyWithEgfr(null),
    ...input,
  });
const levels = (input: Partial<DrugLabInput<Ref>>) => check(input).alerts.map((a) => a.level);

describe("drug–lab safety rules (CLINICAL.md §4)", () => {
  it.each([
    [29.9, ["high"]],
    [30, ["medium"]],
    [44.9, ["medium"]],
    [45, []],
  ])("metformin with eGFR %s → %j", (egfr, expected) => {
    expect(levels({ orders: [metformin], kidney: kidneyWithEgfr(egfr) })).toEqual(expected);
  });

  it.each([
    [5.0, []],
    [5.1, ["medium"]],
    [5.5, ["medium"]],
    [5.6, ["high"]],
  ])("ACE inhibitor, ARB or MRA with K⁺ %s → %j each", (k, expected) => {
    for (const drug of [enalapril, losartan, spironolactone])
      expect(levels({ orders: [drug], potassium: [result("k", k)] })).toEqual(expected);
  });

  it.each([
    [3.0, []],
    [3.1, ["medium"]],
    [4.9, ["medium"]],
    [5.0, ["high"]],
  ])("warfarin with INR %s → %j", (inr, expected) => {
    expect(levels({ orders: [warfarin], inr: [result("inr", inr)] })).toEqual(expected);
  });

  it("flags a nephrotoxin in AKI stage ≥ 1, not in stage 0", () => {
    const creatinine = (latest: number) => [result("base", 80, 4 * DAY_MS), result("now", latest)];
    const kidney = (latest: number) =>
      kidneyAssessment<Ref>({
        asOf,
        creatinine: creatinine(latest),
        sex: "female",
        birthDate: "1950-01-01",
        timeZone: "UTC",
      });
    expect(levels({ orders: [ibuprofen, gentamicin], kidney: kidney(120) })).toEqual([
      "high",
      "high",
    ]);
    expect(levels({ orders: [ibuprofen], kidney: kidney(119) })).toEqual([]);
    const [alert] = check({ orders: [gentamicin], kidney: kidney(200) }).alerts;
    expect(alert).toMatchObject({
      rule: "nephrotoxinInAki",
      result: { kind: "akiStage", value: 2 },
    });
    expect(alert.evidence.map((r) => r.id)).toEqual(["Gentamicin", "now", "base"]);
  });

  it("reads the latest result at or before asOf, at most 7 days old", () => {
    const k = (value: number, ms: number) => result(`k${value}`, value, ms);
    expect(levels({ orders: [enalapril], potassium: [k(6, 2 * DAY_MS), k(4.5, DAY_MS)] })).toEqual(
      [],
    );
    expect(levels({ orders: [enalapril], potassium: [k(6, 7 * DAY_MS)] })).toEqual(["high"]);
    const stale = check({ orders: [enalapril], potassium: [k(6, 7 * DAY_MS + 1)] });
    expect(stale.alerts).toEqual([]);
    expect(stale.unchecked).toEqual([{ rule: "aceInhibitorOrArbPotassium", order: enalapril }]);
    expect(levels({ orders: [enalapril], potassium: [k(4.5, DAY_MS), k(6, -1)] })).toEqual([]);
    const oldEgfr = check({ orders: [metformin], kidney: kidneyWithEgfr(20, 7 * DAY_MS + 1) });
    expect(oldEgfr.unchecked.map((u) => u.rule)).toEqual(["metforminKidneyFunction"]);
    expect(levels({ orders: [metformin], kidney: kidneyWithEgfr(20, 7 * DAY_MS) })).toEqual([
      "high",
    ]);
  });

  it("checks only orders active at asOf", () => {
    const stopped = order("Warfarin", "B01AA03", ago(HOUR_MS));
    expect(check({ orders: [stopped], inr: [result("inr", 6)] })).toMatchObject({
      alerts: [],
      unchecked: [],
    });
  });

  it("gives each alert its order, result and evidence, and an item", () => {
    const found = check({
      orders: [metformin, enalapril],
      potassium: [result("k", 5.8)],
      kidney: kidneyWithEgfr(27.4),
    });
    expect(found.alerts.map((a) => [a.rule, a.level, a.advice])).toEqual([
      ["metforminKidneyFunction", "high", "contraindicated"],
      ["aceInhibitorOrArbPotassium", "high", "consider stopping"],
    ]);
    expect(found.alerts[1].evidence).toEqual([
      { system: "HIS", id: "Enalapril" },
      { system: "LIS", id: "k" },
    ]);
    expect(drugLabAssessmentItems(found)).toEqual([
      {
        concern: "medicationSafety",
        level: "high",
        summary: "Metformin with eGFR 27.4 mL/min/1.73 m²: contraindicated",
        evidence: [
          { system: "HIS", id: "Metformin" },
          { system: "LIS", id: "crea" },
        ],
      },
      {
        concern: "medicationSafety",
        level: "high",
        summary: "Enalapril with K⁺ 5.8 mmol/L: consider stopping",
        evidence: [
          { system: "HIS", id: "Enalapril" },
          { system: "LIS", id: "k" },
        ],
      },
    ]);
    const mra = check({ orders: [spironolactone], potassium: [result("k", 5.2)] });
    expect(drugLabAssessmentItems(mra)[0].summary).toBe("Spironolactone with K⁺ 5.2 mmol/L");
  });

  it("refuses a kidney assessment made at another time", () => {
    expect(() => check({ kidney: { ...kidneyWithEgfr(50), asOf: ago(1) } })).toThrow(/same asOf/);
  });
});
