/**
 * The LIS vendor schema as it stands in the hospital: legacy upper-case names, PAT_ID unpadded,
 * local item codes mapped to LOINC by an incomplete dictionary, results as the analyser wrote
 * them (text values, free-text units and ranges), SQL DATETIME in hospital local time.
 * Medfuse reads it, never writes it.
 */
import type { NativeTable } from "../shared/native-table";

export const LIS_TABLES = {
  LAB_ITEM_DICT: {
    name: "LAB_ITEM_DICT",
    columns: { ITEM_CODE: "varchar(12)", ITEM_NAME: "varchar(60)", LOINC_CODE: "varchar(16)" },
    primaryKey: ["ITEM_CODE"],
    indexes: [["LOINC_CODE"]],
  },
  LAB_ORDER: {
    name: "LAB_ORDER",
    columns: { ORDER_ID: "bigint", PAT_ID: "varchar(12)", ORDER_TIME: "datetime" },
    primaryKey: ["ORDER_ID"],
    indexes: [["PAT_ID"]],
  },
  LAB_SPECIMEN: {
    name: "LAB_SPECIMEN",
    columns: {
      SPECIMEN_ID: "bigint",
      ORDER_ID: "bigint",
      SPEC_TYPE: "varchar(8)",
      COLLECT_TIME: "datetime",
    },
    primaryKey: ["SPECIMEN_ID"],
    indexes: [["ORDER_ID"]],
  },
  LAB_RESULT: {
    name: "LAB_RESULT",
    columns: {
      RESULT_ID: "bigint",
      ORDER_ID: "bigint",
      SPECIMEN_ID: "bigint",
      PAT_ID: "varchar(12)",
      ITEM_CODE: "varchar(12)",
      RESULT_VALUE: "varchar(40)",
      UNIT: "varchar(20)",
      REF_RANGE: "varchar(40)",
      ABN_FLAG: "varchar(2)",
      RESULT_STATUS: "char(1)",
      COLLECT_TIME: "datetime",
      RESULT_TIME: "datetime",
    },
    primaryKey: ["RESULT_ID"],
    indexes: [["PAT_ID", "ITEM_CODE", "COLLECT_TIME"], ["ORDER_ID"]],
  },
} as const satisfies Record<string, NativeTable>;

/** Kysely's view of the same tables, for typed queries in the source layer. */
export interface LisDatabase {
  LAB_ITEM_DICT: { ITEM_CODE: string; ITEM_NAME: string; LOINC_CODE: string | null };
  LAB_ORDER: { ORDER_ID: number; PAT_ID: string; ORDER_TIME: string };
  LAB_SPECIMEN: { SPECIMEN_ID: number; ORDER_ID: number; SPEC_TYPE: string; COLLECT_TIME: string };
  LAB_RESULT: {
    RESULT_ID: number;
    ORDER_ID: number;
    SPECIMEN_ID: number;
    PAT_ID: string;
    ITEM_CODE: string;
    RESULT_VALUE: string;
    UNIT: string | null;
    REF_RANGE: string | null;
    ABN_FLAG: string | null;
    RESULT_STATUS: string;
    COLLECT_TIME: string;
    RESULT_TIME: string | null;
  };
}

/** Specimen types as the vendor codes them. */
export const LIS_SPECIMEN_TYPE = {
  BLD: "blood",
  SER: "serum",
  PLA: "plasma",
  URI: "urine",
} as const;

/** Result status: F final, P preliminary, C corrected after release. */
export const LIS_RESULT_STATUS = { F: "final", P: "preliminary", C: "corrected" } as const;

/**
 * Abnormal flags. The vendor's letters are those of HL7 v3 ObservationInterpretation; an empty
 * flag means the analyser had no range to judge against.
 */
export const LIS_ABN_FLAG = { H: "High", L: "Low", N: "Normal" } as const;
