/**
 * The Medfuse sepsis screen: CLINICAL.md section 2. Suspected infection from three systems
 * (diagnoses, antibiotic orders, white cells) meets organ dysfunction by qSOFA; lactate is
 * always shown when raised.
 */
import type { AssessmentItem } from "./assessment";
import { COMORBIDITIES, icd10InRanges } from "./comorbidities";
import { diagnosesOfCurrentOrLastEncounter, type Diagnosis, type Encounter } from "./encounters";
import { inLookback, latestAtOrBefore, type EvidenceRef, type Measurement } from "./measurement";
import { activeOrdersOf, type MedicationOrder } from "./medication-classes";
import type { RiskLevel } from "./risk-level";
import {
  qsofa,
  SEPSIS_LAB_WINDOW_MS,
  sirs,
  type CriteriaScore,
  type QsofaCriterion,
  type SirsCriterion,
} from "./sepsis-scores";
import type { VitalObservation } from "./vital-signs";

/** ICD-10 diagnoses that make infection suspected: sepsis A40–A41, pneumonia J12–J18, UTI N39.0. */
export const INFECTION_DIAGNOSES = [
  ...COMORBIDITIES.sepsis,
  ...COMORBIDITIES.pneumonia,
  "N39.0",
] as const;
/** WBC outside 4–12 ×10⁹/L suggests infection (the SIRS bounds). */
const WBC_LOW = 4;
const WBC_HIGH = 12;
/** Lactate above 2 mmol/L (Sepsis-3's septic-shock threshold). */
export const LACTATE_RAISED_ABOVE = 2;

export interface SepsisScreenInput<R extends EvidenceRef = EvidenceRef> {
  readonly asOf: Date;
  readonly vitalSigns: readonly VitalObservation<R>[];
  /** White cell counts, ×10⁹/L. */
  readonly wbc: readonly Measurement<R>[];
  /** Lactate, mmol/L. */
  readonly lactate: readonly Measurement<R>[];
  readonly encounters: readonly Encounter[];
  readonly diagnoses: readonly Diagnosis<R>[];
  readonly orders: readonly MedicationOrder<R>[];
}

export type InfectionSign = "diagnosis" | "antibiotic" | "wbc";

export interface InfectionEvidence<R extends EvidenceRef = EvidenceRef> {
  readonly sign: InfectionSign;
  readonly source: R;
}

export interface SepsisScreen<R extends EvidenceRef = EvidenceRef> {
  readonly asOf: Date;
  readonly level: RiskLevel;
  readonly qsofa: CriteriaScore<QsofaCriterion, R>;
  /** Shown beside qSOFA; it does not change the level. */
  readonly sirs: CriteriaScore<SirsCriterion, R>;
  readonly suspectedInfection: boolean;
  /** Every sign of infection found: each diagnosis, antibiotic order and abnormal WBC. */
  readonly infection: readonly InfectionEvidence<R>[];
  /** The latest lactate in the 24 hours before `asOf`, whatever its value. */
  readonly lactate: Measurement<R> | null;
  readonly lactateRaised: boolean;
  /** What the level rests on: met qSOFA criteria, infection signs and a raised lactate. */
  readonly evidence: readonly R[];
}

/**
 * The Medfuse sepsis screen at `asOf` (CLINICAL.md §2). Infection is suspected on any of: an
 * ICD-10 diagnosis in A40–A41, J12–J18 or N39.0 recorded by `asOf` in the current encounter (or,
 * with none in progress, the last one); an antibiotic order (ATC J01) active at `asOf`; any WBC
 * > 12 or < 4 ×10⁹/L in the 24 hours before `asOf`. Level high when qSOFA ≥ 2 and infection is
 * suspected; medium when qSOFA ≥ 2 without suspected infection, or when infection is suspected
 * and the latest lactate in the 24 hours before `asOf` is > 2 mmol/L; none otherwise. A raised
 * lactate is evidence at every level.
 */
export function sepsisScreen<R extends EvidenceRef>(input: SepsisScreenInput<R>): SepsisScreen<R> {
  const { asOf } = input;
  const q = qsofa(input.vitalSigns, asOf);
  const infection = infectionEvidence(input);
  const suspectedInfection = infection.length > 0;
  const lactate = latestAtOrBefore(input.lactate, asOf, SEPSIS_LAB_WINDOW_MS) ?? null;
  const lactateRaised = lactate !== null && lactate.value > LACTATE_RAISED_ABOVE;
  const level: RiskLevel =
    q.positive && suspectedInfection
      ? "high"
      : q.positive || (suspectedInfection && lactateRaised)
        ? "medium"
        : "none";
  return {
    asOf,
    level,
    qsofa: q,
    sirs: sirs(input.vitalSigns, input.wbc, asOf),
    suspectedInfection,
    infection,
    lactate,
    lactateRaised,
    evidence: [
      ...q.criteria.filter((c) => c.met).flatMap((c) => c.evidence),
      ...infection.map((sign) => sign.source),
      ...(lactate && lactateRaised ? [lactate.source] : []),
    ],
  };
}

function infectionEvidence<R extends EvidenceRef>(
  input: SepsisScreenInput<R>,
): InfectionEvidence<R>[] {
  const { asOf } = input;
  const sign = (s: InfectionSign) => (item: { readonly source: R }) => ({
    sign: s,
    source: item.source,
  });
  return [
    ...diagnosesOfCurrentOrLastEncounter(input.encounters, input.diagnoses, asOf)
      .filter((d) => icd10InRanges(d.code, INFECTION_DIAGNOSES))
      .map(sign("diagnosis")),
    ...activeOrdersOf(input.orders, "antibiotic", asOf).map(sign("antibiotic")),
    ...inLookback(input.wbc, asOf, SEPSIS_LAB_WINDOW_MS)
      .filter((w) => w.value > WBC_HIGH || w.value < WBC_LOW)
      .map(sign("wbc")),
  ];
}

/** The sepsis item of a screen. */
export function sepsisAssessmentItems<R extends EvidenceRef>(
  screen: SepsisScreen<R>,
): AssessmentItem<R>[] {
  return [
    {
      concern: "sepsis",
      level: screen.level,
      summary: sepsisSummary(screen),
      evidence: screen.evidence,
    },
  ];
}

const VERDICT: Readonly<Record<RiskLevel, string>> = {
  high: "positive",
  medium: "review",
  low: "review",
  none: "negative",
};

function sepsisSummary(screen: SepsisScreen): string {
  const infection = screen.suspectedInfection ? "suspected infection" : "no sign of infection";
  const lactate = screen.lactateRaised ? `, lactate ${screen.lactate?.value} mmol/L` : "";
  return `Sepsis screen ${VERDICT[screen.level]}: qSOFA ${screen.qsofa.score}, ${infection}${lactate}`;
}
