/**
 * The HIS vendor schema as it stands in the hospital (legacy upper-case names, local-time text
 * columns `yyyyMMddHHmmss`, sex coded 1/2, zero-padded PATIENT_ID). Medfuse reads it, never writes it.
 */
import type { NativeTable } from "../shared/native-table";

export const HIS_TABLES = {
  PAT_MASTER: {
    name: "PAT_MASTER",
    columns: {
      PATIENT_ID: "varchar(10)",
      PAT_NAME: "varchar(80)",
      SEX_CODE: "char(1)",
      BIRTH_DATE: "char(8)",
      CREATE_TIME: "char(14)",
    },
    primaryKey: ["PATIENT_ID"],
    indexes: [["PAT_NAME"], ["BIRTH_DATE"]],
  },
  DEPT_DICT: {
    name: "DEPT_DICT",
    columns: { DEPT_CODE: "varchar(8)", DEPT_NAME: "varchar(60)" },
    primaryKey: ["DEPT_CODE"],
    indexes: [],
  },
  PAT_VISIT: {
    name: "PAT_VISIT",
    columns: {
      VISIT_NO: "bigint",
      PATIENT_ID: "varchar(10)",
      VISIT_TYPE: "char(1)",
      DEPT_CODE: "varchar(8)",
      ADMIT_TIME: "char(14)",
      DISCHARGE_TIME: "char(14)",
    },
    primaryKey: ["VISIT_NO"],
    indexes: [["PATIENT_ID"]],
  },
  DIAG_REC: {
    name: "DIAG_REC",
    columns: {
      DIAG_ID: "bigint",
      VISIT_NO: "bigint",
      PATIENT_ID: "varchar(10)",
      ICD_CODE: "varchar(16)",
      DIAG_NAME: "varchar(120)",
      DIAG_TIME: "char(14)",
    },
    primaryKey: ["DIAG_ID"],
    indexes: [["PATIENT_ID"], ["ICD_CODE"]],
  },
  DRUG_ORDER: {
    name: "DRUG_ORDER",
    columns: {
      ORDER_NO: "bigint",
      VISIT_NO: "bigint",
      PATIENT_ID: "varchar(10)",
      DRUG_CODE: "varchar(16)",
      DRUG_NAME: "varchar(80)",
      DOSAGE: "varchar(40)",
      ROUTE: "varchar(8)",
      START_TIME: "char(14)",
      STOP_TIME: "char(14)",
      ORDER_STATUS: "char(1)",
    },
    primaryKey: ["ORDER_NO"],
    indexes: [["PATIENT_ID"]],
  },
  PAT_ALLERGY: {
    name: "PAT_ALLERGY",
    columns: {
      ALLERGY_ID: "bigint",
      PATIENT_ID: "varchar(10)",
      ALLERGEN: "varchar(60)",
      REACTION: "varchar(60)",
      SEVERITY: "varchar(10)",
      RECORD_TIME: "char(14)",
    },
    primaryKey: ["ALLERGY_ID"],
    indexes: [["PATIENT_ID"]],
  },
} as const satisfies Record<string, NativeTable>;

/** Kysely's view of the same tables, for typed queries in the source layer. */
export interface HisDatabase {
  PAT_MASTER: {
    PATIENT_ID: string;
    PAT_NAME: string;
    SEX_CODE: string;
    BIRTH_DATE: string;
    CREATE_TIME: string;
  };
  DEPT_DICT: { DEPT_CODE: string; DEPT_NAME: string };
  PAT_VISIT: {
    VISIT_NO: number;
    PATIENT_ID: string;
    VISIT_TYPE: string;
    DEPT_CODE: string;
    ADMIT_TIME: string;
    DISCHARGE_TIME: string | null;
  };
  DIAG_REC: {
    DIAG_ID: number;
    VISIT_NO: number;
    PATIENT_ID: string;
    ICD_CODE: string;
    DIAG_NAME: string;
    DIAG_TIME: string;
  };
  DRUG_ORDER: {
    ORDER_NO: number;
    VISIT_NO: number;
    PATIENT_ID: string;
    DRUG_CODE: string;
    DRUG_NAME: string;
    DOSAGE: string;
    ROUTE: string;
    START_TIME: string;
    STOP_TIME: string | null;
    ORDER_STATUS: string;
  };
  PAT_ALLERGY: {
    ALLERGY_ID: number;
    PATIENT_ID: string;
    ALLERGEN: string;
    REACTION: string;
    SEVERITY: string;
    RECORD_TIME: string;
  };
}

/** HIS codes: sex 1 male, 2 female (9 unknown); visit types I inpatient, O outpatient, E emergency. */
export const HIS_SEX = { "1": "male", "2": "female", "9": "unknown" } as const;
export const HIS_VISIT_TYPE = { I: "IMP", O: "AMB", E: "EMER" } as const;
/** Order status: A active, S stopped, C completed. */
export const HIS_ORDER_STATUS = { A: "active", S: "stopped", C: "completed" } as const;
