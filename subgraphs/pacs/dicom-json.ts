/**
 * The DICOM JSON model (PS3.18 Annex F): what a QIDO-RS server answers, and so what every
 * DicomStudyQuery returns. Keys are tags (8 upper-case hex digits); IS/US values are numbers;
 * person names are `{ Alphabetic }` objects.
 */
import type { DicomAttribute } from "./native-schema";

export interface DicomPersonName {
  readonly Alphabetic?: string;
}

export type DicomJsonValue = string | number | DicomPersonName;

export interface DicomJsonAttribute {
  readonly vr: string;
  /** Absent when the attribute is present but empty (DICOM type 2). */
  readonly Value?: readonly DicomJsonValue[];
}

export type DicomJsonDataset = Record<string, DicomJsonAttribute>;

/** An attribute holding the given values; null and undefined values are left out. */
export function dicomElement(
  attribute: DicomAttribute,
  ...values: ReadonlyArray<DicomJsonValue | null | undefined>
): DicomJsonAttribute {
  const present = values.filter(
    (v): v is DicomJsonValue => v !== null && v !== undefined && v !== "",
  );
  return present.length ? { vr: attribute.vr, Value: present } : { vr: attribute.vr };
}

/** Every value of an attribute as text (person names by their alphabetic form). */
export function dicomStrings(dataset: DicomJsonDataset, attribute: DicomAttribute): string[] {
  const values = dataset[attribute.tag]?.Value ?? [];
  return values
    .map((v) => (typeof v === "object" ? (v.Alphabetic ?? "") : String(v)))
    .filter((v) => v !== "");
}

export function dicomString(dataset: DicomJsonDataset, attribute: DicomAttribute): string | null {
  return dicomStrings(dataset, attribute)[0] ?? null;
}

/** The first value of a numeric attribute (IS, US); null when absent or not a number. */
export function dicomNumber(dataset: DicomJsonDataset, attribute: DicomAttribute): number | null {
  const value = dataset[attribute.tag]?.Value?.[0];
  const number =
    typeof value === "number" ? value : typeof value === "string" ? Number(value) : NaN;
  return Number.isFinite(number) ? number : null;
}
