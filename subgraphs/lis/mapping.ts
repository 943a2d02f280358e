/**
 * LIS rows → graph objects (dictionary lookup, value and range normalisation, provenance), and
 * graph arguments → native filter terms.
 */
import {
  analyteByLoinc,
  analyteCodes,
  LOINC_SYSTEM,
  type LabAnalyte,
} from "../../clinical/lab-analytes";
import { Coding } from "../shared/coding";
import { formatLocalTime, parseLocalTime, SQL_DATETIME } from "../shared/local-time";
import { observationCategory } from "../shared/observation-category";
import type { HospitalSite } from "../subgraph";
import { normaliseLabValue, normaliseRange } from "./lab-value";
import { LIS_ABN_FLAG, LIS_RESULT_STATUS, LIS_SPECIMEN_TYPE, LIS_TABLES } from "./native-schema";
import type { LabResultRow, NativeLabResultFilter } from "./source";
import type { LabResult } from "./types/lab-result";

/** Medfuse's URI for the LIS's own item codes, for results the dictionary leaves without LOINC. */
export const LIS_ITEM_CODE_SYSTEM = "urn:medfuse:lis:item-code";
/** HL7 v3 ObservationInterpretation: H, L, N … */
export const INTERPRETATION_SYSTEM =
  "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
/** HL7 v2 table 0487, specimen type. */
export const SPECIMEN_TYPE_SYSTEM = "http://terminology.hl7.org/CodeSystem/v2-0487";
// Flags and specimen types outside the vendor's documented lists are kept, under local systems.
const LIS_ABN_FLAG_SYSTEM = "urn:medfuse:lis:abn-flag";
const LIS_SPECIMEN_TYPE_SYSTEM = "urn:medfuse:lis:spec-type";

const V2_0487 = {
  blood: ["BLD", "Whole blood"],
  serum: ["SER", "Serum"],
  plasma: ["PLAS", "Plasma"],
  urine: ["UR", "Urine"],
} as const;

/** `labResults` arguments as the client gave them. */
export interface LabResultArgs {
  readonly loinc: readonly string[] | null;
  readonly since: Date | null;
  readonly last: number | null;
}

export class LisMapping {
  constructor(private readonly site: HospitalSite) {}

  /**
   * The dictionary may record either LOINC code of an analyte, so a query by one asks for both;
   * LIS clocks are local wall-clock DATETIME, so `since` is written the same way.
   */
  nativeLabResultFilter({ loinc, since, last }: LabResultArgs): NativeLabResultFilter {
    const codes = loinc?.flatMap((code) => {
      const analyte = analyteByLoinc(code);
      return analyte ? analyteCodes(analyte.key) : [code];
    });
    return {
      loincCodes: codes ? [...new Set(codes)] : null,
      collectedFrom: since ? formatLocalTime(since, SQL_DATETIME, this.site.timeZone) : null,
      last,
    };
  }

  /** LAB_RESULT rows as FHIR-like laboratory observations. */
  labResults(rows: readonly LabResultRow[]): LabResult[] {
    return rows.map((row) => this.labResult(row));
  }

  private labResult(row: LabResultRow): LabResult {
    const time = (text: string | null) => parseLocalTime(text, SQL_DATETIME, this.site.timeZone);
    const loinc = row.LOINC_CODE?.trim() || null;
    const analyte = loinc ? analyteByLoinc(loinc) : undefined;
    const lab = normaliseLabValue(row.RESULT_VALUE, row.UNIT, analyte);
    const localCode = new Coding(LIS_ITEM_CODE_SYSTEM, row.ITEM_CODE, row.ITEM_NAME);
    return {
      id: String(row.RESULT_ID),
      status: lookup(LIS_RESULT_STATUS, row.RESULT_STATUS) ?? "unknown",
      category: observationCategory("laboratory"),
      code: loinc
        ? loincCoding(loinc, analyte, lab.status === "NORMALISED", row.ITEM_NAME)
        : localCode,
      localCode,
      mapped: loinc !== null,
      value: lab.value,
      valueText: row.RESULT_VALUE,
      valueStatus: lab.status,
      interpretation: interpretationOf(row.ABN_FLAG),
      referenceRange: row.REF_RANGE?.trim()
        ? { text: row.REF_RANGE, ...normaliseRange(row.REF_RANGE, row.UNIT, analyte) }
        : null,
      effectiveDateTime: time(row.COLLECT_TIME),
      issued: time(row.RESULT_TIME),
      specimen: { id: String(row.SPECIMEN_ID), type: specimenTypeOf(row.SPEC_TYPE) },
      orderId: String(row.ORDER_ID),
      provenance: {
        system: "LIS",
        table: LIS_TABLES.LAB_RESULT.name,
        recordId: String(row.RESULT_ID),
        value: row.RESULT_VALUE,
        unit: row.UNIT,
        time: row.COLLECT_TIME,
      },
    };
  }
}

/**
 * Mass and molar forms carry different LOINC codes, so a value normalised to SI is coded with
 * the SI form; otherwise the dictionary's own code stands.
 */
function loincCoding(
  loinc: string,
  analyte: LabAnalyte | undefined,
  normalised: boolean,
  itemName: string | null,
) {
  if (analyte && normalised)
    return new Coding(LOINC_SYSTEM, analyte.siLoinc ?? analyte.conventionalLoinc, analyte.display);
  return new Coding(LOINC_SYSTEM, loinc, analyte?.display ?? itemName);
}

function interpretationOf(flag: string | null): Coding | null {
  const code = flag?.trim();
  if (!code) return null;
  const display = lookup(LIS_ABN_FLAG, code);
  return display
    ? new Coding(INTERPRETATION_SYSTEM, code, display)
    : new Coding(LIS_ABN_FLAG_SYSTEM, code);
}

function specimenTypeOf(specType: string | null): Coding | null {
  const code = specType?.trim();
  if (!code) return null;
  const kind = lookup(LIS_SPECIMEN_TYPE, code);
  if (!kind) return new Coding(LIS_SPECIMEN_TYPE_SYSTEM, code);
  const [v2Code, display] = V2_0487[kind];
  return new Coding(SPECIMEN_TYPE_SYSTEM, v2Code, display);
}

function lookup<T extends Record<string, string>>(table: T, key: string): T[keyof T] | undefined {
  return Object.hasOwn(table, key) ? table[key as keyof T] : undefined;
}
