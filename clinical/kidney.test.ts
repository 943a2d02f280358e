import {
  ckdEpi2021,
  gfrCategory,
  gfrCategoryLevel,
  kidneyAssessment,
  kidneyAssessmentItems,
  type KidneyInput,
} from "./kidney";
import { DAY_MS } from "./measurement";

const MG_DL = 88.4;

describe("CKD-EPI 2021 worked values (CLINICAL.md §3)", () => {
  it.each([
    [0.9, 55, "female", 75.5],
    [1.0, 60, "male", 86.2],
    [2.0, 70, "male", 35.2],
    [0.6, 30, "female", 123.8],
    [1.5, 80, "female", 35.0],
  ] as const)("creatinine %s mg/dL, %s years, %s → %s", (mgDl, age, sex, egfr) => {
    expect(ckdEpi2021(mgDl * MG_DL, age, sex)).toBe(egfr);
  });

  it("bends at κ: 0.7 mg/dL for women, 0.9 for men", () => {
    // At Scr = κ both terms are 1: 142 × 0.9938^age (× 1.012).
    expect(ckdEpi2021(0.7 * MG_DL, 40, "female")).toBe(
      Math.round(1420 * 0.9938 ** 40 * 1.012) / 10,
    );
    expect(ckdEpi2021(0.9 * MG_DL, 40, "male")).toBe(Math.round(1420 * 0.9938 ** 40) / 10);
  });
});

describe("GFR categories (KDIGO 2012) and the Medfuse kidney level", () => {
  it.each([
    [120, "G1", "none"],
    [90, "G1", "none"],
    [89.9, "G2", "none"],
    [60, "G2", "none"],
    [59.9, "G3a", "none"],
    [45, "G3a", "none"],
    [44.9, "G3b", "low"],
    [30, "G3b", "low"],
    [29.9, "G4", "medium"],
    [15, "G4", "medium"],
    [14.9, "G5", "high"],
    [0, "G5", "high"],
  ] as const)("eGFR %s is %s, level %s", (egfr, category, level) => {
    expect(gfrCategory(egfr)).toBe(category);
    expect(gfrCategoryLevel(category)).toBe(level);
  });
});

describe("kidney assessment", () => {
  const asOf = new Date("2026-06-01T08:00:00Z");
  const creatinine = (value: number, daysAgo: number, id = `c${daysAgo}`) => ({
    value,
    time: new Date(asOf.getTime() - daysAgo * DAY_MS),
    source: { system: "LIS", id },
  });
  const input = (overrides: Partial<KidneyInput<{ system: string; id: string }>>) =>
    kidneyAssessment({
      asOf,
      creatinine: [],
      sex: "male",
      birthDate: "1956-06-01",
      timeZone: "Europe/Berlin",
      ...overrides,
    });

  it("takes the eGFR of the latest creatinine, with the age at that time", () => {
    // Born 1956-05-31 (Berlin): 70 on the day of the result, not 69.
    const result = input({
      birthDate: "1956-05-31",
      creatinine: [creatinine(2.0 * MG_DL, 1), creatinine(80, 300)],
    });
    expect(result.egfr).toMatchObject({ value: 35.2, category: "G3b", level: "low", ageYears: 70 });
    const younger = input({ birthDate: "1956-06-02", creatinine: [creatinine(2.0 * MG_DL, 1)] });
    expect(younger.egfr?.ageYears).toBe(69);
  });

  it("uses a creatinine of any age at or before asOf, never one after", () => {
    const result = input({ creatinine: [creatinine(2.0 * MG_DL, 400), creatinine(80, -1)] });
    expect(result.egfr?.creatinine.source.id).toBe("c400");
  });

  it("gives no eGFR without a creatinine, a sex or a birth date", () => {
    expect(input({}).egfr).toBeNull();
    expect(input({ creatinine: [creatinine(80, 1)], sex: null }).egfr).toBeNull();
    expect(input({ creatinine: [creatinine(80, 1)], birthDate: null }).egfr).toBeNull();
  });

  it("yields an eGFR item and an AKI item", () => {
    const kidney = input({ creatinine: [creatinine(80, 2), creatinine(250, 0)] });
    const items = kidneyAssessmentItems(kidney);
    expect(items.map((i) => [i.concern, i.level])).toEqual([
      ["kidney", "medium"],
      ["kidney", "high"],
    ]);
    expect(items[0].summary).toBe("eGFR 23.3 mL/min/1.73 m² (G4)");
    expect(items[0].evidence).toEqual([{ system: "LIS", id: "c0" }]);
    expect(items[1].summary).toBe(
      "AKI stage 3: creatinine 3.13 × baseline, 170.0 µmol/L rise in 48 h",
    );
  });

  it("yields nothing to assess without creatinine", () => {
    expect(kidneyAssessmentItems(input({}))).toEqual([]);
  });
});
