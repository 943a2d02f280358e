/**
 * Writes the synthetic hospital's LIS share the way the LIS vendor stores it: local item codes,
 * values as text in the unit the analyser reported (conventional units from the old analysers),
 * legacy unit spellings, free-text ranges, local DATETIME.
 */
import { fromSi, LAB_ANALYTES, type AnalyteKey } from "../../clinical/lab-analytes";
import type {
  QualitativeTest,
  SyntheticHospital,
  SyntheticLabResult,
} from "../../generator/synthetic-hospital";
import { formatLocalTime, SQL_DATETIME } from "../shared/local-time";
import type { NativeRow, NativeTableData } from "../shared/native-table";
import { LIS_SPECIMEN_TYPE, LIS_TABLES } from "./native-schema";
import { lisPatientId } from "./patient-id";

const A = LAB_ANALYTES;

/**
 * The vendor's item dictionary. It records whichever LOINC form the lab chose when it mapped an
 * item, and it is incomplete: NT-proBNP and the local qualitative tests were never mapped.
 */
const ITEM_DICT = {
  CREA: { name: "Creatinine (enzymatic)", loinc: A.creatinine.siLoinc },
  CREA2: { name: "Creatinine (Jaffe, old analyser)", loinc: A.creatinine.conventionalLoinc },
  K: { name: "Potassium", loinc: A.potassium.conventionalLoinc },
  NA: { name: "Sodium", loinc: A.sodium.conventionalLoinc },
  CL: { name: "Chloride", loinc: A.chloride.conventionalLoinc },
  HCO3: { name: "Bicarbonate", loinc: A.bicarbonate.conventionalLoinc },
  GLU: { name: "Glucose", loinc: A.glucose.conventionalLoinc },
  HBA1C: { name: "HbA1c", loinc: A.hba1c.conventionalLoinc },
  BUN: { name: "Urea nitrogen", loinc: A.urea.conventionalLoinc },
  LAC: { name: "Lactate", loinc: A.lactate.siLoinc },
  HB: { name: "Haemoglobin", loinc: A.hemoglobin.conventionalLoinc },
  WBC: { name: "White cell count", loinc: A.wbc.conventionalLoinc },
  PLT: { name: "Platelet count", loinc: A.platelets.conventionalLoinc },
  CRP: { name: "C-reactive protein", loinc: A.crp.conventionalLoinc },
  PCT: { name: "Procalcitonin", loinc: A.procalcitonin.conventionalLoinc },
  ALT: { name: "ALT (GPT)", loinc: A.alt.conventionalLoinc },
  AST: { name: "AST (GOT)", loinc: A.ast.conventionalLoinc },
  TBIL: { name: "Bilirubin, total", loinc: A.bilirubin.siLoinc },
  ALB: { name: "Albumin", loinc: A.albumin.conventionalLoinc },
  TNT: { name: "Troponin T, high-sensitive", loinc: A.troponinT.conventionalLoinc },
  NTBNP: { name: "NT-proBNP", loinc: null },
  INR: { name: "Prothrombin time (INR)", loinc: A.inr.conventionalLoinc },
  CHOL: { name: "Cholesterol, total", loinc: A.cholesterol.siLoinc },
  LDL: { name: "LDL cholesterol", loinc: A.ldl.conventionalLoinc },
  TG: { name: "Triglycerides", loinc: A.triglycerides.conventionalLoinc },
  TSH: { name: "TSH", loinc: A.tsh.conventionalLoinc },
  BCULT: { name: "Blood culture", loinc: null },
  "NIT-U": { name: "Urine nitrite (dipstick)", loinc: null },
  COV2: { name: "SARS-CoV-2 PCR", loinc: null },
} as const satisfies Record<string, { name: string; loinc: string | null }>;

type ItemCode = keyof typeof ITEM_DICT;

const ITEM_OF: Record<AnalyteKey | QualitativeTest, ItemCode> = {
  creatinine: "CREA",
  potassium: "K",
  sodium: "NA",
  chloride: "CL",
  bicarbonate: "HCO3",
  glucose: "GLU",
  hba1c: "HBA1C",
  urea: "BUN",
  lactate: "LAC",
  hemoglobin: "HB",
  wbc: "WBC",
  platelets: "PLT",
  crp: "CRP",
  procalcitonin: "PCT",
  alt: "ALT",
  ast: "AST",
  bilirubin: "TBIL",
  albumin: "ALB",
  troponinT: "TNT",
  ntProBnp: "NTBNP",
  inr: "INR",
  cholesterol: "CHOL",
  ldl: "LDL",
  triglycerides: "TG",
  tsh: "TSH",
  bloodCulture: "BCULT",
  urineDipstickNitrite: "NIT-U",
  sarsCov2Pcr: "COV2",
};

/** The old creatinine analyser files its results under an item code of its own. */
const OLD_ANALYSER_ITEM: Partial<Record<AnalyteKey, ItemCode>> = { creatinine: "CREA2" };

type Ucum = (typeof A)[AnalyteKey]["siUnit" | "conventionalUnit"];

/** How this hospital's analysers spell each unit. */
const SPELLING: Record<Ucum, string> = {
  "umol/L": "µmol/L",
  "mmol/L": "mmol/l",
  "mmol/mol": "mmol/mol",
  "mg/dL": "mg/dl",
  "mg/L": "mg/l",
  "g/dL": "g/dl",
  "g/L": "g/l",
  "meq/L": "mEq/L",
  "10*9/L": "x10^9/L",
  "10*3/uL": "x10^3/µL",
  "U/L": "U/L",
  "ng/mL": "ng/ml",
  "ng/L": "ng/l",
  "ug/L": "µg/L",
  "pg/mL": "pg/ml",
  "m[IU]/L": "mIU/L",
  "%": "%",
  "{INR}": "INR",
};

const SPEC_TYPE_OF = Object.fromEntries(
  Object.entries(LIS_SPECIMEN_TYPE).map(([code, kind]) => [kind, code]),
) as Record<SyntheticLabResult["specimenType"], string>;

/** Analysers print four significant digits. */
const printed = (n: number) => String(Number(n.toPrecision(4)));

/** Orders are placed half an hour before the specimen is drawn. */
const ORDER_LEAD_MS = 30 * 60_000;

export function lisNativeTables(hospital: SyntheticHospital): NativeTableData[] {
  const zone = hospital.site.timeZone;
  // Results of one panel share their clock readings, so each instant is formatted once.
  const clock = new Map<number, string>();
  const local = (d: Date) => {
    let text = clock.get(d.getTime());
    if (text === undefined) clock.set(d.getTime(), (text = formatLocalTime(d, SQL_DATETIME, zone)));
    return text;
  };
  const orders = new Map<number, NativeRow>();
  const specimens = specimenBook(local);
  const results: NativeRow[] = [];

  for (const patient of hospital.patients) {
    const patId = lisPatientId(patient.number);
    for (const lab of patient.labs) {
      if (!orders.has(lab.orderId)) {
        orders.set(lab.orderId, {
          ORDER_ID: lab.orderId,
          PAT_ID: patId,
          ORDER_TIME: local(new Date(lab.collectedAt.getTime() - ORDER_LEAD_MS)),
        });
      }
      results.push({
        RESULT_ID: lab.id,
        ORDER_ID: lab.orderId,
        SPECIMEN_ID: specimens.idOf(lab),
        PAT_ID: patId,
        RESULT_STATUS: "F",
        COLLECT_TIME: local(lab.collectedAt),
        RESULT_TIME: local(lab.resultedAt),
        ...asWritten(lab),
      });
    }
  }

  return [
    {
      table: LIS_TABLES.LAB_ITEM_DICT,
      rows: Object.entries(ITEM_DICT).map(([code, item]) => ({
        ITEM_CODE: code,
        ITEM_NAME: item.name,
        LOINC_CODE: item.loinc,
      })),
    },
    { table: LIS_TABLES.LAB_ORDER, rows: [...orders.values()] },
    { table: LIS_TABLES.LAB_SPECIMEN, rows: specimens.rows },
    { table: LIS_TABLES.LAB_RESULT, rows: results },
  ];
}

/** One specimen row per specimen the generator drew; its results point at it. */
function specimenBook(local: (d: Date) => string) {
  const seen = new Set<number>();
  const rows: NativeRow[] = [];
  const idOf = (lab: SyntheticLabResult): number => {
    if (!seen.has(lab.specimenId)) {
      seen.add(lab.specimenId);
      rows.push({
        SPECIMEN_ID: lab.specimenId,
        ORDER_ID: lab.orderId,
        SPEC_TYPE: SPEC_TYPE_OF[lab.specimenType],
        COLLECT_TIME: local(lab.collectedAt),
      });
    }
    return lab.specimenId;
  };
  return { idOf, rows };
}

/** Item code, value, unit, range and flag as the analyser that ran the test wrote them. */
function asWritten(lab: SyntheticLabResult): NativeRow {
  if (typeof lab.value === "string" || !(lab.analyte in A)) {
    return {
      ITEM_CODE: ITEM_OF[lab.analyte],
      RESULT_VALUE: String(lab.value),
      UNIT: null,
      REF_RANGE: null,
      ABN_FLAG: "",
    };
  }
  const key = lab.analyte as AnalyteKey;
  const analyte = A[key];
  const conventional = lab.reportedIn === "conventional";
  const inUnit = (si: number) => printed(conventional ? fromSi(key, si) : si);
  const { low, high } = analyte.siRange;
  return {
    ITEM_CODE: (conventional && OLD_ANALYSER_ITEM[key]) || ITEM_OF[key],
    RESULT_VALUE: `${lab.comparator ?? ""}${inUnit(lab.value)}`,
    UNIT: SPELLING[conventional ? analyte.conventionalUnit : analyte.siUnit],
    REF_RANGE:
      low !== null && high !== null
        ? `${inUnit(low)}-${inUnit(high)}`
        : high !== null
          ? `<${inUnit(high)}`
          : low !== null
            ? `>${inUnit(low)}`
            : null,
    ABN_FLAG: high !== null && lab.value > high ? "H" : low !== null && lab.value < low ? "L" : "N",
  };
}
