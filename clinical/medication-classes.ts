/** Drug classes by WHO ATC code, as CLINICAL.md section 4 names them, and orders of them. */
import { isOngoingAt, type EvidenceRef, type Period } from "./measurement";

export const ATC_SYSTEM = "http://www.whocc.no/atc";

/** Each class is a set of ATC code prefixes; an order belongs to a class when its code starts with one. */
export const MEDICATION_CLASSES = {
  metformin: ["A10BA02"],
  aceInhibitor: ["C09A", "C09B"],
  angiotensinReceptorBlocker: ["C09C", "C09D"],
  mineralocorticoidAntagonist: ["C03DA"],
  warfarin: ["B01AA03"],
  nsaid: ["M01A"],
  aminoglycoside: ["J01G"],
  antibiotic: ["J01"],
} as const;

export type MedicationClass = keyof typeof MEDICATION_CLASSES;

/** The classes an ATC code falls in (an aminoglycoside is also an antibiotic). */
export function medicationClassesOf(atc: string): MedicationClass[] {
  return (Object.keys(MEDICATION_CLASSES) as MedicationClass[]).filter((c) =>
    MEDICATION_CLASSES[c].some((prefix) => atc.startsWith(prefix)),
  );
}

/** A medication order as the rules read it: its ATC code and when it runs. */
export interface MedicationOrder<R extends EvidenceRef = EvidenceRef> extends Period {
  readonly atc: string;
  /** The order's name as prescribed, for summaries (e.g. "Metformin 500 mg"). */
  readonly name: string;
  readonly source: R;
}

/**
 * The orders of any of the classes active at `asOf`: started at or before it and not ended by
 * then (an order whose end is `asOf` is over).
 */
export function activeOrdersOf<O extends MedicationOrder>(
  orders: readonly O[],
  classes: MedicationClass | readonly MedicationClass[],
  asOf: Date,
): O[] {
  const wanted: readonly MedicationClass[] = typeof classes === "string" ? [classes] : classes;
  return orders.filter(
    (order) =>
      isOngoingAt(order, asOf) && medicationClassesOf(order.atc).some((c) => wanted.includes(c)),
  );
}
