/**
 * Kidney function: CKD-EPI 2021 eGFR (race-free; Inker et al., NEJM 2021), KDIGO 2012 GFR
 * categories, and the kidney concern (CLINICAL.md section 3). Acute kidney injury is in aki.ts.
 */
import { ageInYears, type Sex } from "./age";
import { akiAssessmentItems, acuteKidneyInjury, type AkiResult } from "./aki";
import type { AssessmentItem } from "./assessment";
import { LAB_ANALYTES } from "./lab-analytes";
import { latestAtOrBefore, type EvidenceRef, type Measurement } from "./measurement";
import type { RiskLevel } from "./risk-level";

/** CKD-EPI 2021 coefficients by sex: κ, α and the female factor. */
const CKD_EPI_2021 = {
  female: { kappa: 0.7, alpha: -0.241, factor: 1.012 },
  male: { kappa: 0.9, alpha: -0.302, factor: 1 },
} as const;

/**
 * CKD-EPI 2021 eGFR in mL/min/1.73 m², rounded to one decimal as CLINICAL.md's worked values
 * are: 142 × min(Scr/κ, 1)^α × max(Scr/κ, 1)^−1.200 × 0.9938^age × 1.012 [female], with Scr
 * in mg/dL (µmol/L ÷ 88.4) and age in whole years. The equation is validated for adults; Medfuse
 * applies it as written at any age.
 */
export function ckdEpi2021(creatinineUmolPerL: number, ageYears: number, sex: Sex): number {
  const { kappa, alpha, factor } = CKD_EPI_2021[sex];
  const ratio = creatinineUmolPerL / LAB_ANALYTES.creatinine.factor / kappa;
  const egfr =
    142 * Math.min(ratio, 1) ** alpha * Math.max(ratio, 1) ** -1.2 * 0.9938 ** ageYears * factor;
  return Math.round(egfr * 10) / 10;
}

/** KDIGO 2012 GFR categories, each from its lower bound up (mL/min/1.73 m²). */
export const GFR_CATEGORIES = [
  ["G1", 90],
  ["G2", 60],
  ["G3a", 45],
  ["G3b", 30],
  ["G4", 15],
  ["G5", 0],
] as const;
export type GfrCategory = (typeof GFR_CATEGORIES)[number][0];

/** The GFR category of an eGFR: G1 ≥ 90, G2 60–89, G3a 45–59, G3b 30–44, G4 15–29, G5 < 15. */
export function gfrCategory(egfr: number): GfrCategory {
  return (GFR_CATEGORIES.find(([, lowest]) => egfr >= lowest) ?? GFR_CATEGORIES[5])[0];
}

const GFR_CATEGORY_LEVEL: Readonly<Record<GfrCategory, RiskLevel>> = {
  G1: "none",
  G2: "none",
  G3a: "none",
  G3b: "low",
  G4: "medium",
  G5: "high",
};

/** Medfuse level of the kidney concern from a GFR category: G3b low, G4 medium, G5 high. */
export function gfrCategoryLevel(category: GfrCategory): RiskLevel {
  return GFR_CATEGORY_LEVEL[category];
}

export interface EgfrResult<R extends EvidenceRef = EvidenceRef> {
  /** mL/min/1.73 m², one decimal; the category and level are read from this rounded value. */
  readonly value: number;
  readonly category: GfrCategory;
  readonly level: RiskLevel;
  /** Whole years at the time of the creatinine. */
  readonly ageYears: number;
  /** The creatinine it was computed from, µmol/L. */
  readonly creatinine: Measurement<R>;
}

/** What the kidney rules need: creatinine results in µmol/L and who the patient is. */
export interface KidneyInput<R extends EvidenceRef = EvidenceRef> {
  readonly asOf: Date;
  readonly creatinine: readonly Measurement<R>[];
  /** null when the record gives neither male nor female: no eGFR then. */
  readonly sex: Sex | null;
  /** YYYY-MM-DD; null when unknown: no eGFR then. */
  readonly birthDate: string | null;
  /** The hospital's time zone, for whole years of age on its calendar. */
  readonly timeZone: string;
}

export interface KidneyAssessment<R extends EvidenceRef = EvidenceRef> {
  readonly asOf: Date;
  /** From the latest creatinine at or before `asOf`; null without one, or without sex or age. */
  readonly egfr: EgfrResult<R> | null;
  readonly aki: AkiResult<R>;
}

/** eGFR of one creatinine result, the patient's age taken at the time of the result. */
export function egfrOf<R extends EvidenceRef>(
  creatinine: Measurement<R>,
  sex: Sex,
  birthDate: string,
  timeZone: string,
): EgfrResult<R> {
  const ageYears = ageInYears(birthDate, creatinine.time, timeZone);
  const value = ckdEpi2021(creatinine.value, ageYears, sex);
  const category = gfrCategory(value);
  return { value, category, level: gfrCategoryLevel(category), ageYears, creatinine };
}

/**
 * The kidney concern at `asOf`: eGFR (and its category and level) from the latest creatinine at
 * or before `asOf`, however old (its time is returned), and acute kidney injury by the Medfuse
 * rule (aki.ts).
 */
export function kidneyAssessment<R extends EvidenceRef>(
  input: KidneyInput<R>,
): KidneyAssessment<R> {
  const latest = latestAtOrBefore(input.creatinine, input.asOf);
  const { sex, birthDate } = input;
  return {
    asOf: input.asOf,
    egfr: latest && sex && birthDate ? egfrOf(latest, sex, birthDate, input.timeZone) : null,
    aki: acuteKidneyInjury(input.creatinine, input.asOf),
  };
}

/** The kidney items: one for the eGFR category and one for AKI, each when it could be made. */
export function kidneyAssessmentItems<R extends EvidenceRef>(
  kidney: KidneyAssessment<R>,
): AssessmentItem<R>[] {
  const { egfr } = kidney;
  return [
    ...(egfr
      ? [
          {
            concern: "kidney" as const,
            level: egfr.level,
            summary: `eGFR ${egfr.value} mL/min/1.73 m² (${egfr.category})`,
            evidence: [egfr.creatinine.source],
          },
        ]
      : []),
    ...akiAssessmentItems(kidney.aki),
  ];
}
