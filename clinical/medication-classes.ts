/** Drug classes by WHO ATC code, as CLINICAL.md section 4 names them. */

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
