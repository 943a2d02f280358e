import { LAB_ANALYTES } from "../../clinical/lab-analytes";
import { normaliseLabValue, normaliseRange, parseWrittenNumber } from "./lab-value";
import { ucumOf } from "./unit-spellings";

const { creatinine, glucose, hba1c, bilirubin, procalcitonin, potassium, wbc, troponinT } =
  LAB_ANALYTES;

describe("normaliseLabValue", () => {
  test.each([
    ["creatinine", "1.2", "mg/dl", creatinine, 106.1, "umol/L"],
    ["glucose", "180", "mg/dl", glucose, 9.99, "mmol/L"],
    ["HbA1c", "7.0", "%", hba1c, 53.0, "mmol/mol"],
    ["bilirubin", "2.0", "mg/dL", bilirubin, 34.2, "umol/L"],
  ])("CLINICAL.md worked value: %s %s %s", (_, written, unit, analyte, si, siUnit) => {
    const { value, status } = normaliseLabValue(written, unit, analyte);
    expect(status).toBe("NORMALISED");
    expect(value?.unit).toBe(siUnit);
    expect(value?.value).toBeCloseTo(si, 1);
    expect(value?.comparator).toBeNull();
  });

  test("conversions drop float noise but keep four significant digits", () => {
    expect(normaliseLabValue("1.2", "mg/dl", creatinine).value?.value).toBe(106.1);
    expect(normaliseLabValue("180", "mg/dl", glucose).value?.value).toBe(9.992);
  });

  test("SI values pass through unchanged, whatever the legacy spelling", () => {
    expect(normaliseLabValue("98", "µmol/L", creatinine).value).toEqual({
      value: 98,
      unit: "umol/L",
      comparator: null,
    });
    expect(normaliseLabValue("7.4", "x10^9/L", wbc).value).toEqual({
      value: 7.4,
      unit: "10*9/L",
      comparator: null,
    });
    expect(normaliseLabValue("4.1", "mEq/L", potassium).value).toEqual({
      value: 4.1,
      unit: "mmol/L",
      comparator: null,
    });
  });

  test("a reported bound keeps its comparator through conversion", () => {
    expect(normaliseLabValue("<0.01", "ng/ml", procalcitonin).value).toEqual({
      value: 0.01,
      unit: "ug/L",
      comparator: "<",
    });
    expect(normaliseLabValue("<0.01", "ng/ml", troponinT).value).toEqual({
      value: 10,
      unit: "ng/L",
      comparator: "<",
    });
    expect(normaliseLabValue(">= 5", "mmol/l", potassium).value?.comparator).toBe(">=");
  });

  test("coded results stay text", () => {
    expect(normaliseLabValue("positive", null, undefined)).toEqual({ value: null, status: "TEXT" });
    expect(normaliseLabValue("haemolysed", "µmol/L", creatinine)).toEqual({
      value: null,
      status: "TEXT",
    });
  });

  test("an unknown unit spelling withholds the value instead of guessing", () => {
    expect(normaliseLabValue("98", "umol", creatinine)).toEqual({
      value: null,
      status: "UNKNOWN_UNIT",
    });
    expect(normaliseLabValue("98", null, creatinine)).toEqual({
      value: null,
      status: "UNKNOWN_UNIT",
    });
    // mmol/L of creatinine is a real unit, but not one CLINICAL.md gives a factor for.
    expect(normaliseLabValue("0.098", "mmol/l", creatinine)).toEqual({
      value: null,
      status: "UNCONVERTIBLE_UNIT",
    });
  });

  test("an unmapped code keeps its number in the unit as written", () => {
    expect(normaliseLabValue("250", "pg/ml", undefined)).toEqual({
      value: { value: 250, unit: "pg/mL", comparator: null },
      status: "AS_REPORTED",
    });
  });
});

describe("parseWrittenNumber", () => {
  test.each([
    ["98", 98, null],
    [" 0.5 ", 0.5, null],
    [".5", 0.5, null],
    ["<0.01", 0.01, "<"],
    ["> 100", 100, ">"],
    ["<=3", 3, "<="],
  ])("%p", (text, value, comparator) => {
    expect(parseWrittenNumber(text)).toEqual({ value, comparator });
  });

  test.each(["positive", "", "1.2.3", "12a", "-", "1,5", "<"])("%p is not a number", (text) => {
    expect(parseWrittenNumber(text)).toBeNull();
  });
});

describe("normaliseRange", () => {
  test("a range written in conventional units is given in SI", () => {
    const { low, high } = normaliseRange("0.57-1.13", "mg/dl", creatinine);
    expect(low).toEqual({ value: 50.39, unit: "umol/L", comparator: null });
    expect(high).toEqual({ value: 99.89, unit: "umol/L", comparator: null });
  });

  test("open ranges and spacing", () => {
    expect(normaliseRange("57 - 111", "µmol/L", creatinine)).toMatchObject({
      low: { value: 57 },
      high: { value: 111 },
    });
    expect(normaliseRange("<5.0", "mg/l", LAB_ANALYTES.crp)).toMatchObject({
      low: null,
      high: { value: 5, unit: "mg/L" },
    });
    expect(normaliseRange(">60", "U/L", LAB_ANALYTES.alt)).toMatchObject({
      low: { value: 60 },
      high: null,
    });
  });

  test("ranges that are not numbers, or in an unknown unit, have no bounds", () => {
    expect(normaliseRange("negative", null, undefined)).toEqual({ low: null, high: null });
    expect(normaliseRange("57-111", "umol", creatinine)).toEqual({ low: null, high: null });
  });
});

describe("ucumOf", () => {
  test("legacy spellings map to UCUM exactly, and nothing is guessed", () => {
    expect(ucumOf("µmol/L")).toBe("umol/L");
    expect(ucumOf("μmol/L")).toBe("umol/L");
    expect(ucumOf(" mg/dl ")).toBe("mg/dL");
    expect(ucumOf("mmol/l")).toBe("mmol/L");
    expect(ucumOf("x10^9/L")).toBe("10*9/L");
    expect(ucumOf("MG/DL")).toBeNull();
    expect(ucumOf("")).toBeNull();
    expect(ucumOf(null)).toBeNull();
  });
});
