/**
 * Laboratory analytes, their LOINC codes and SI conversions: CLINICAL.md section 5.
 * Mass and mole forms carry different LOINC codes; Medfuse treats both codes of one row as one
 * analyte and normalises every value to the SI unit.
 */

export const LOINC_SYSTEM = "http://loinc.org";
export const UCUM_SYSTEM = "http://unitsofmeasure.org";

export interface LabAnalyte {
  readonly key: AnalyteKey;
  readonly display: string;
  /** LOINC code of the mass or conventional form. */
  readonly conventionalLoinc: string;
  /** LOINC code of the SI form; null where the table gives none. */
  readonly siLoinc: string | null;
  readonly conventionalUnit: string;
  readonly siUnit: string;
  /** Conventional to SI: SI = conventional × factor (HbA1c uses its own formula). */
  readonly factor: number;
  /** Adult reference interval in the SI unit, as CLINICAL.md gives it. */
  readonly siRange: { readonly low: number | null; readonly high: number | null };
}

const analyte = <K extends string>(
  key: K,
  display: string,
  conventionalLoinc: string,
  siLoinc: string | null,
  conventionalUnit: string,
  siUnit: string,
  factor: number,
  low: number | null,
  high: number | null,
) =>
  ({
    key,
    display,
    conventionalLoinc,
    siLoinc,
    conventionalUnit,
    siUnit,
    factor,
    siRange: { low, high },
  }) as const;

/** One row per analyte of CLINICAL.md section 5; units are UCUM codes. */
export const LAB_ANALYTES = {
  creatinine: analyte(
    "creatinine",
    "Creatinine",
    "2160-0",
    "14682-9",
    "mg/dL",
    "umol/L",
    88.4,
    50,
    100,
  ),
  glucose: analyte("glucose", "Glucose", "2345-7", "14749-6", "mg/dL", "mmol/L", 0.05551, 3.9, 5.5),
  hba1c: analyte("hba1c", "Hemoglobin A1c", "4548-4", "59261-8", "%", "mmol/mol", 10.929, null, 39),
  potassium: analyte("potassium", "Potassium", "2823-3", "2823-3", "meq/L", "mmol/L", 1, 3.5, 5.0),
  sodium: analyte("sodium", "Sodium", "2951-2", "2951-2", "mmol/L", "mmol/L", 1, 135, 145),
  chloride: analyte("chloride", "Chloride", "2075-0", "2075-0", "mmol/L", "mmol/L", 1, 98, 106),
  bicarbonate: analyte(
    "bicarbonate",
    "Bicarbonate",
    "1963-8",
    "1963-8",
    "mmol/L",
    "mmol/L",
    1,
    22,
    30,
  ),
  urea: analyte("urea", "Urea nitrogen", "3094-0", null, "mg/dL", "mmol/L", 0.357, 2.9, 7.1),
  lactate: analyte("lactate", "Lactate", "14118-4", "2524-7", "mg/dL", "mmol/L", 0.111, 0.5, 2.2),
  hemoglobin: analyte("hemoglobin", "Hemoglobin", "718-7", "718-7", "g/dL", "g/L", 10, 115, 175),
  wbc: analyte("wbc", "Leukocytes", "6690-2", "6690-2", "10*3/uL", "10*9/L", 1, 4.0, 11.0),
  platelets: analyte("platelets", "Platelets", "777-3", "777-3", "10*3/uL", "10*9/L", 1, 150, 400),
  crp: analyte("crp", "C reactive protein", "1988-5", "1988-5", "mg/dL", "mg/L", 10, null, 10),
  procalcitonin: analyte(
    "procalcitonin",
    "Procalcitonin",
    "33959-8",
    "33959-8",
    "ng/mL",
    "ug/L",
    1,
    null,
    0.05,
  ),
  alt: analyte("alt", "Alanine aminotransferase", "1742-6", "1742-6", "U/L", "U/L", 1, 0, 35),
  ast: analyte("ast", "Aspartate aminotransferase", "1920-8", "1920-8", "U/L", "U/L", 1, 0, 35),
  bilirubin: analyte(
    "bilirubin",
    "Bilirubin total",
    "1975-2",
    "14631-6",
    "mg/dL",
    "umol/L",
    17.1,
    2,
    21,
  ),
  albumin: analyte("albumin", "Albumin", "1751-7", "1751-7", "g/dL", "g/L", 10, 34, 47),
  troponinT: analyte(
    "troponinT",
    "Troponin T high sensitivity",
    "67151-1",
    "67151-1",
    "ng/mL",
    "ng/L",
    1000,
    null,
    14,
  ),
  ntProBnp: analyte("ntProBnp", "NT-proBNP", "33762-6", "33762-6", "pg/mL", "ng/L", 1, null, 125),
  inr: analyte("inr", "INR", "6301-6", "6301-6", "{INR}", "{INR}", 1, 0.9, 1.2),
  cholesterol: analyte(
    "cholesterol",
    "Cholesterol total",
    "2093-3",
    "14647-2",
    "mg/dL",
    "mmol/L",
    0.02586,
    null,
    5.2,
  ),
  ldl: analyte("ldl", "LDL cholesterol", "2089-1", null, "mg/dL", "mmol/L", 0.02586, null, 3.4),
  triglycerides: analyte(
    "triglycerides",
    "Triglycerides",
    "2571-8",
    null,
    "mg/dL",
    "mmol/L",
    0.01129,
    null,
    1.7,
  ),
  tsh: analyte("tsh", "Thyrotropin", "3016-3", "3016-3", "m[IU]/L", "m[IU]/L", 1, 0.35, 5.5),
} as const;

export type AnalyteKey = keyof typeof LAB_ANALYTES;

/** HbA1c: CLINICAL.md gives (% − 2.15) × 10.929 rather than a plain factor. */
export function toSi(key: AnalyteKey, conventional: number): number {
  const a = LAB_ANALYTES[key];
  return key === "hba1c" ? (conventional - 2.15) * a.factor : conventional * a.factor;
}

/** Inverse of `toSi`, for analysers that report conventional units. */
export function fromSi(key: AnalyteKey, si: number): number {
  const a = LAB_ANALYTES[key];
  return key === "hba1c" ? si / a.factor + 2.15 : si / a.factor;
}

/** Every LOINC code that names the analyte: a query by either code returns both forms. */
export function analyteCodes(key: AnalyteKey): string[] {
  const a = LAB_ANALYTES[key];
  return a.siLoinc && a.siLoinc !== a.conventionalLoinc
    ? [a.conventionalLoinc, a.siLoinc]
    : [a.conventionalLoinc];
}

const BY_LOINC = new Map<string, LabAnalyte>(
  Object.values(LAB_ANALYTES).flatMap((a) =>
    analyteCodes(a.key).map((code) => [code, a as LabAnalyte]),
  ),
);

/** The analyte a LOINC code names, in either of its forms. */
export function analyteByLoinc(code: string): LabAnalyte | undefined {
  return BY_LOINC.get(code);
}
