import { comorbiditiesOf, comorbidityFlags, icd10InRanges } from "./comorbidities";

describe("comorbidity flags from ICD-10 (CLINICAL.md §7)", () => {
  it.each([
    ["E10.9", ["diabetes"]],
    ["E11.900", ["diabetes"]],
    ["E14", ["diabetes"]],
    ["E15", []],
    ["E09.9", []],
    ["I10", ["hypertension"]],
    ["I15.0", ["hypertension"]],
    ["I16.0", []],
    ["N18.4", ["chronicKidneyDisease"]],
    ["N17.9", []],
    ["I50.0", ["heartFailure"]],
    ["I48.91", ["atrialFibrillation"]],
    ["J44.1", ["copd"]],
    ["I63.9", ["stroke"]],
    ["I64", ["stroke"]],
    ["I62.9", []],
    ["J12.9", ["pneumonia"]],
    ["J18.9", ["pneumonia"]],
    ["J19", []],
    ["A40.0", ["sepsis"]],
    ["A41.9", ["sepsis"]],
    ["I21.4", ["myocardialInfarction"]],
    ["I22.0", ["myocardialInfarction"]],
    ["I23", []],
    ["e11.9", ["diabetes"]],
  ])("%s raises %j", (code, flags) => {
    expect(comorbiditiesOf(code)).toEqual(flags);
  });

  it("match code prefixes with or without the dot", () => {
    expect(icd10InRanges("N39.0", ["N39.0"])).toBe(true);
    expect(icd10InRanges("N390", ["N39.0"])).toBe(true);
    expect(icd10InRanges("N39.00", ["N39.0"])).toBe(true);
    expect(icd10InRanges("N39.1", ["N39.0"])).toBe(false);
  });

  it("flag every comorbidity of a patient's codes", () => {
    const flags = comorbidityFlags(["E11.900", "I10", "Z00.0"]);
    expect(
      Object.entries(flags)
        .filter(([, on]) => on)
        .map(([k]) => k),
    ).toEqual(["diabetes", "hypertension"]);
    expect(Object.keys(flags)).toHaveLength(10);
  });
});
