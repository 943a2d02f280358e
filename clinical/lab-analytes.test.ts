/**
 * The conventional → SI factors of CLINICAL.md §5, checked from first principles: no UCUM
 * library is installed, so unit prefixes are worked out here, and mass → amount factors from
 * molar masses computed from IUPAC standard atomic weights (abridged, 2021).
 */
import {
  analyteByLoinc,
  analyteCodes,
  fromSi,
  LAB_ANALYTES,
  toSi,
  type AnalyteKey,
} from "./lab-analytes";

const ATOMIC_WEIGHT = { C: 12.011, H: 1.008, N: 14.007, O: 15.999 } as const;
const molarMass = (formula: Partial<Record<keyof typeof ATOMIC_WEIGHT, number>>) =>
  Object.entries(formula).reduce(
    (sum, [element, count]) => sum + ATOMIC_WEIGHT[element as keyof typeof ATOMIC_WEIGHT] * count,
    0,
  );

/** g/mol of what the conventional unit weighs: the molecule, or for BUN the nitrogen of one urea. */
const MOLAR_MASS: Partial<Record<AnalyteKey, number>> = {
  creatinine: molarMass({ C: 4, H: 7, N: 3, O: 1 }),
  glucose: molarMass({ C: 6, H: 12, O: 6 }),
  urea: molarMass({ N: 2 }),
  lactate: molarMass({ C: 3, H: 6, O: 3 }),
  bilirubin: molarMass({ C: 33, H: 36, N: 4, O: 6 }),
  cholesterol: molarMass({ C: 27, H: 46, O: 1 }),
  ldl: molarMass({ C: 27, H: 46, O: 1 }),
  // Triglycerides as triolein, the convention behind 0.01129.
  triglycerides: molarMass({ C: 57, H: 104, O: 6 }),
};

/**
 * Each unit's size in base units (g, mol or count per litre), from the UCUM prefixes it uses:
 * d 10⁻¹, m 10⁻³, u 10⁻⁶, n 10⁻⁹, p 10⁻¹². A milliequivalent of a monovalent ion is a millimole.
 */
const UNIT_SIZE: Readonly<Record<string, number>> = {
  "g/dL": 1 / 1e-1,
  "g/L": 1,
  "mg/dL": 1e-3 / 1e-1,
  "mg/L": 1e-3,
  "ug/L": 1e-6,
  "ng/mL": 1e-9 / 1e-3,
  "ng/L": 1e-9,
  "pg/mL": 1e-12 / 1e-3,
  "10*3/uL": 1e3 / 1e-6,
  "10*9/L": 1e9,
  "meq/L": 1e-3,
  "mmol/L": 1e-3,
  "umol/L": 1e-6,
};

/** The factor written with as many significant digits as the table gives it. */
const significantDigits = (n: number) =>
  String(n)
    .replace(/^[0.]+/, "")
    .replace(".", "").length;

describe("conventional → SI factors (CLINICAL.md §5)", () => {
  const rows = Object.values(LAB_ANALYTES).filter((a) => a.key !== "hba1c");

  it.each(rows.map((a) => [a.key, a.conventionalUnit, a.siUnit, a.factor] as const))(
    "%s: %s → %s × %s",
    (key, conventional, si, factor) => {
      const mass = MOLAR_MASS[key];
      if (conventional === si) {
        expect(factor).toBe(1);
        return;
      }
      const size = (unit: string) => {
        expect(UNIT_SIZE[unit]).toBeDefined();
        return UNIT_SIZE[unit];
      };
      const expected = size(conventional) / (mass ?? 1) / size(si);
      if (mass) expect(factor).toBe(Number(expected.toPrecision(significantDigits(factor))));
      else expect(factor).toBeCloseTo(expected, 12);
    },
  );

  it("uses molar masses close to the published ones", () => {
    expect(MOLAR_MASS.creatinine).toBeCloseTo(113.12, 2);
    expect(MOLAR_MASS.glucose).toBeCloseTo(180.16, 2);
    expect(MOLAR_MASS.urea).toBeCloseTo(28.014, 3);
    expect(MOLAR_MASS.lactate).toBeCloseTo(90.08, 2);
    expect(MOLAR_MASS.bilirubin).toBeCloseTo(584.67, 2);
    expect(MOLAR_MASS.cholesterol).toBeCloseTo(386.66, 2);
    expect(Math.abs(MOLAR_MASS.triglycerides! - 885.7)).toBeLessThan(0.5);
  });

  it("gives HbA1c by the rounded IFCC–NGSP master equation, NGSP = 0.0915 × IFCC + 2.15", () => {
    expect(LAB_ANALYTES.hba1c.factor).toBe(Number((1 / 0.0915).toPrecision(5)));
    // The unrounded equation (NGSP = 0.09148 × IFCC + 2.152) agrees within 0.1 mmol/mol.
    for (let percent = 4; percent <= 14; percent += 0.5)
      expect(Math.abs(toSi("hba1c", percent) - (percent - 2.152) / 0.09148)).toBeLessThan(0.1);
  });
});

describe("worked values (CLINICAL.md §5)", () => {
  it.each([
    ["creatinine", 1.2, "106.1"],
    ["glucose", 180, "9.99"],
    ["hba1c", 7.0, "53.0"],
    ["bilirubin", 2.0, "34.2"],
  ] as const)("%s %s → %s", (key, conventional, si) => {
    const value = toSi(key, conventional);
    expect(value.toFixed(si.split(".")[1].length)).toBe(si);
    expect(fromSi(key, value)).toBeCloseTo(conventional, 10);
  });
});

describe("LOINC codes", () => {
  it("name one analyte by either form", () => {
    expect(analyteCodes("creatinine")).toEqual(["2160-0", "14682-9"]);
    expect(analyteCodes("potassium")).toEqual(["2823-3"]);
    expect(analyteByLoinc("14682-9")?.key).toBe("creatinine");
    expect(analyteByLoinc("2160-0")?.key).toBe("creatinine");
    expect(analyteByLoinc("0000-0")).toBeUndefined();
  });
});
