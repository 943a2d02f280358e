/**
 * CHA₂DS₂-VASc stroke risk in atrial fibrillation (Lip et al., Chest 2010; ESC AF guidelines):
 * CLINICAL.md section 7, with ICD-10 codes for each item.
 */
import type { Sex } from "./age";
import { COMORBIDITIES, icd10InRanges, type CategoryRange, type CodePrefix } from "./comorbidities";
import type { EvidenceRef } from "./measurement";

/** The diagnosis items and the ICD-10 codes that meet them. */
const DIAGNOSIS_ITEMS = {
  congestiveHeartFailure: { points: 1, codes: COMORBIDITIES.heartFailure },
  hypertension: { points: 1, codes: COMORBIDITIES.hypertension },
  diabetes: { points: 1, codes: COMORBIDITIES.diabetes },
  strokeTiaThromboembolism: { points: 2, codes: [["I63", "I64"], "G45"] },
  vascularDisease: { points: 1, codes: [["I21", "I22"], "I25.2", "I70"] },
} as const satisfies Record<
  string,
  { points: number; codes: readonly (CategoryRange | CodePrefix)[] }
>;

export type Cha2ds2VascItem = keyof typeof DIAGNOSIS_ITEMS | "age75OrOver" | "age65To74" | "female";

export interface CodedDiagnosis<R extends EvidenceRef = EvidenceRef> {
  readonly code: string;
  readonly source: R;
}

export interface Cha2ds2VascInput<R extends EvidenceRef = EvidenceRef> {
  readonly sex: Sex;
  /** Whole years at the time of the score. */
  readonly ageYears: number;
  /** The patient's ICD-10 diagnoses, any encounter. */
  readonly diagnoses: readonly CodedDiagnosis<R>[];
}

export interface Cha2ds2VascResult<R extends EvidenceRef = EvidenceRef> {
  /** 0–9. */
  readonly score: number;
  /** The items met, in the order of the acronym, with the diagnoses behind them. */
  readonly items: readonly {
    readonly item: Cha2ds2VascItem;
    readonly points: number;
    readonly evidence: readonly R[];
  }[];
  /** The I48 diagnoses that make the score apply. */
  readonly atrialFibrillation: readonly R[];
}

/**
 * CHA₂DS₂-VASc for a patient with atrial fibrillation or flutter (I48); null without one.
 * Heart failure (I50) 1; hypertension (I10–I15) 1; age ≥ 75 2; diabetes (E10–E14) 1; prior
 * stroke, TIA or thromboembolism (I63, I64, G45) 2; vascular disease (I21, I22, I25.2, I70) 1;
 * age 65–74 1; female 1.
 */
export function cha2ds2Vasc<R extends EvidenceRef>(
  input: Cha2ds2VascInput<R>,
): Cha2ds2VascResult<R> | null {
  const sources = (codes: readonly (CategoryRange | CodePrefix)[]) =>
    input.diagnoses.filter((d) => icd10InRanges(d.code, codes)).map((d) => d.source);
  const atrialFibrillation = sources(COMORBIDITIES.atrialFibrillation);
  if (atrialFibrillation.length === 0) return null;
  const diagnosed = (item: keyof typeof DIAGNOSIS_ITEMS) => {
    const evidence = sources(DIAGNOSIS_ITEMS[item].codes);
    return evidence.length > 0 ? [{ item, points: DIAGNOSIS_ITEMS[item].points, evidence }] : [];
  };
  const fact = (item: Cha2ds2VascItem, points: number, met: boolean) =>
    met ? [{ item, points, evidence: [] }] : [];
  const { ageYears } = input;
  const items = [
    ...diagnosed("congestiveHeartFailure"),
    ...diagnosed("hypertension"),
    ...fact("age75OrOver", 2, ageYears >= 75),
    ...diagnosed("diabetes"),
    ...diagnosed("strokeTiaThromboembolism"),
    ...diagnosed("vascularDisease"),
    ...fact("age65To74", 1, ageYears >= 65 && ageYears < 75),
    ...fact("female", 1, input.sex === "female"),
  ];
  return { score: items.reduce((sum, i) => sum + i.points, 0), items, atrialFibrillation };
}
