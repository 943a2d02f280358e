/**
 * Reads a result as the analyser wrote it ("98", "<0.01", "positive"; ranges "57-111", "<5.0")
 * and brings numbers to the analyte's SI unit with CLINICAL.md's factors. Nothing is guessed:
 * a unit nobody listed, or one the analyte has no factor for, leaves the value out and says why.
 */
import { toSi, type LabAnalyte } from "../../clinical/lab-analytes";
import { Quantity } from "../shared/quantity";
import { ucumOf } from "./unit-spellings";

/** What became of a written value; the graph exposes it as `LabResult.valueStatus`. */
export const LAB_VALUE_STATUS = {
  /** A number in the analyte's SI unit, converted when the analyser wrote another unit. */
  NORMALISED: "NORMALISED",
  /** A number in the unit the analyser wrote: the local code has no known analyte to convert for. */
  AS_REPORTED: "AS_REPORTED",
  /** Not a number (a coded or free-text result): only `valueText`. */
  TEXT: "TEXT",
  /** A number whose unit spelling is not in the unit table: value withheld. */
  UNKNOWN_UNIT: "UNKNOWN_UNIT",
  /** A number in a known unit that is neither the analyte's SI nor its conventional unit: value withheld. */
  UNCONVERTIBLE_UNIT: "UNCONVERTIBLE_UNIT",
} as const;
export type LabValueStatus = keyof typeof LAB_VALUE_STATUS;

export type Comparator = "<" | "<=" | ">=" | ">";

export interface WrittenNumber {
  readonly value: number;
  readonly comparator: Comparator | null;
}

const WRITTEN_NUMBER = /^(<=|>=|<|>)?\s*(\d+(?:\.\d+)?|\.\d+)$/;
const WRITTEN_RANGE = /^(\d+(?:\.\d+)?)\s*[-–]\s*(\d+(?:\.\d+)?)$/;

/** A number as analysers write it, with the bound they sometimes report instead ("<0.01"). */
export function parseWrittenNumber(text: string): WrittenNumber | null {
  const match = WRITTEN_NUMBER.exec(text.trim());
  if (!match) return null;
  return { value: Number(match[2]), comparator: (match[1] as Comparator | undefined) ?? null };
}

type UnitReading =
  | {
      readonly status: "NORMALISED" | "AS_REPORTED";
      readonly unit: string;
      readonly convert: (n: number) => number;
    }
  | { readonly status: "UNKNOWN_UNIT" | "UNCONVERTIBLE_UNIT" };

const unchanged = (n: number) => n;
// Conversion factors carry more digits than any analyser reports; four significant digits
// keep the measurement's precision without float noise (1.2 mg/dL → 106.1, not 106.08000000000001).
const significant = (n: number) => Number(n.toPrecision(4));

/** How numbers written in `writtenUnit` reach the graph for this analyte (undefined: unknown analyte). */
export function readUnit(writtenUnit: string | null, analyte: LabAnalyte | undefined): UnitReading {
  const ucum = ucumOf(writtenUnit);
  if (!ucum) return { status: "UNKNOWN_UNIT" };
  if (!analyte) return { status: "AS_REPORTED", unit: ucum, convert: unchanged };
  if (ucum === analyte.siUnit) return { status: "NORMALISED", unit: ucum, convert: unchanged };
  if (ucum === analyte.conventionalUnit) {
    return {
      status: "NORMALISED",
      unit: analyte.siUnit,
      convert: (n) => significant(toSi(analyte.key, n)),
    };
  }
  return { status: "UNCONVERTIBLE_UNIT" };
}

export interface LabValue {
  readonly value: Quantity | null;
  readonly status: LabValueStatus;
}

/** A written result and unit, normalised for the analyte the dictionary maps its code to. */
export function normaliseLabValue(
  written: string,
  writtenUnit: string | null,
  analyte: LabAnalyte | undefined,
): LabValue {
  const number = parseWrittenNumber(written);
  if (!number) return { value: null, status: "TEXT" };
  const reading = readUnit(writtenUnit, analyte);
  if (!("convert" in reading)) return { value: null, status: reading.status };
  return {
    value: new Quantity(reading.convert(number.value), reading.unit, number.comparator),
    status: reading.status,
  };
}

export interface RangeBounds {
  readonly low: Quantity | null;
  readonly high: Quantity | null;
}

const NO_BOUNDS: RangeBounds = { low: null, high: null };

/**
 * A free-text reference range ("57-111", "<5.0", ">60") as bounds in the same unit the value
 * gets; a range that is not one of these forms (e.g. "negative") keeps only its text.
 */
export function normaliseRange(
  text: string,
  writtenUnit: string | null,
  analyte: LabAnalyte | undefined,
): RangeBounds {
  const reading = readUnit(writtenUnit, analyte);
  if (!("convert" in reading)) return NO_BOUNDS;
  const bound = (n: number) => new Quantity(reading.convert(n), reading.unit);
  const trimmed = text.trim();
  const range = WRITTEN_RANGE.exec(trimmed);
  if (range) return { low: bound(Number(range[1])), high: bound(Number(range[2])) };
  const limit = parseWrittenNumber(trimmed);
  if (!limit?.comparator) return NO_BOUNDS;
  const quantity = bound(limit.value);
  return limit.comparator.startsWith("<")
    ? { low: null, high: quantity }
    : { low: quantity, high: null };
}
