/**
 * Comorbidity flags from WHO ICD-10 ranges: CLINICAL.md section 7. Local extensions such as
 * `E11.900` match by prefix, so a range is matched on the three-character category and beyond.
 */

export const ICD10_SYSTEM = "http://hl7.org/fhir/sid/icd-10";

/** A range of ICD-10 categories, inclusive: `["E10", "E14"]` holds E10 … E14 and every subcode. */
export type CategoryRange = readonly [string, string];
/** A code prefix, e.g. `N39.0` or `I25.2`, matched against the code without its dot. */
export type CodePrefix = string;

export const COMORBIDITIES = {
  diabetes: [["E10", "E14"]],
  hypertension: [["I10", "I15"]],
  chronicKidneyDisease: [["N18", "N18"]],
  heartFailure: [["I50", "I50"]],
  atrialFibrillation: [["I48", "I48"]],
  copd: [["J44", "J44"]],
  stroke: [["I63", "I64"]],
  pneumonia: [["J12", "J18"]],
  sepsis: [["A40", "A41"]],
  myocardialInfarction: [["I21", "I22"]],
} as const satisfies Record<string, readonly (CategoryRange | CodePrefix)[]>;

export type Comorbidity = keyof typeof COMORBIDITIES;

const normalise = (code: string) => code.toUpperCase().replace(/\./g, "").trim();

/** Whether an ICD-10 code (with or without a dot, with local extensions) falls in any of the ranges. */
export function icd10InRanges(
  code: string,
  ranges: readonly (CategoryRange | CodePrefix)[],
): boolean {
  const c = normalise(code);
  const category = c.slice(0, 3);
  return ranges.some((r) =>
    typeof r === "string" ? c.startsWith(normalise(r)) : category >= r[0] && category <= r[1],
  );
}

/** The comorbidity flags an ICD-10 code raises. */
export function comorbiditiesOf(code: string): Comorbidity[] {
  return (Object.keys(COMORBIDITIES) as Comorbidity[]).filter((k) =>
    icd10InRanges(code, COMORBIDITIES[k]),
  );
}

/** Every comorbidity with whether any of the ICD-10 codes raises it. */
export function comorbidityFlags(codes: readonly string[]): Record<Comorbidity, boolean> {
  const raised = new Set(codes.flatMap(comorbiditiesOf));
  return Object.fromEntries(
    (Object.keys(COMORBIDITIES) as Comorbidity[]).map((k) => [k, raised.has(k)]),
  ) as Record<Comorbidity, boolean>;
}
