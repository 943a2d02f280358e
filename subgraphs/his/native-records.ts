/** Writes the synthetic hospital's HIS share the way the HIS vendor stores it. */
import type { SyntheticHospital } from "../../generator/synthetic-hospital";
import { COMPACT_TIMESTAMP, formatLocalTime } from "../shared/local-time";
import type { NativeRow, NativeTableData } from "../shared/native-table";
import { HIS_TABLES } from "./native-schema";
import { hisPatientId } from "./patient-id";

const VISIT_TYPE = { IMP: "I", AMB: "O", EMER: "E" } as const;
const SEX_CODE = { male: "1", female: "2" } as const;

export function hisNativeTables(hospital: SyntheticHospital): NativeTableData[] {
  const zone = hospital.site.timeZone;
  const local = (d: Date | null) => (d ? formatLocalTime(d, COMPACT_TIMESTAMP, zone) : null);
  const { patients } = hospital;
  const departments = new Map<string, string>();
  for (const p of patients)
    for (const e of p.encounters) departments.set(e.department.code, e.department.name);

  return [
    {
      table: HIS_TABLES.PAT_MASTER,
      rows: patients.map((p) => ({
        PATIENT_ID: hisPatientId(p.number),
        PAT_NAME: `${p.family}^${p.given}`,
        SEX_CODE: SEX_CODE[p.sex],
        BIRTH_DATE: p.birthDate.replace(/-/g, ""),
        CREATE_TIME: local(p.encounters[0]?.start ?? hospital.anchor),
      })),
    },
    {
      table: HIS_TABLES.DEPT_DICT,
      rows: [...departments].map(([DEPT_CODE, DEPT_NAME]) => ({ DEPT_CODE, DEPT_NAME })),
    },
    {
      table: HIS_TABLES.PAT_VISIT,
      rows: rowsOf(hospital, (p, id) =>
        p.encounters.map((e) => ({
          VISIT_NO: e.id,
          PATIENT_ID: id,
          VISIT_TYPE: VISIT_TYPE[e.kind],
          DEPT_CODE: e.department.code,
          ADMIT_TIME: local(e.start),
          DISCHARGE_TIME: local(e.end),
        })),
      ),
    },
    {
      table: HIS_TABLES.DIAG_REC,
      rows: rowsOf(hospital, (p, id) =>
        p.diagnoses.map((d) => ({
          DIAG_ID: d.id,
          VISIT_NO: d.encounterId,
          PATIENT_ID: id,
          ICD_CODE: d.icd10,
          DIAG_NAME: d.display,
          DIAG_TIME: local(d.recordedAt),
        })),
      ),
    },
    {
      table: HIS_TABLES.DRUG_ORDER,
      rows: rowsOf(hospital, (p, id) =>
        p.medications.map((m) => ({
          ORDER_NO: m.id,
          VISIT_NO: m.encounterId,
          PATIENT_ID: id,
          DRUG_CODE: m.atc,
          DRUG_NAME: m.name,
          DOSAGE: m.dose,
          ROUTE: m.route,
          START_TIME: local(m.start),
          STOP_TIME: local(m.end),
          ORDER_STATUS: m.end === null ? "A" : m.end > hospital.anchor ? "A" : "C",
        })),
      ),
    },
    {
      table: HIS_TABLES.PAT_ALLERGY,
      rows: rowsOf(hospital, (p, id) =>
        p.allergies.map((a) => ({
          ALLERGY_ID: a.id,
          PATIENT_ID: id,
          ALLERGEN: a.substance,
          REACTION: a.reaction,
          SEVERITY: a.severity.toUpperCase(),
          RECORD_TIME: local(a.recordedAt),
        })),
      ),
    },
  ];
}

function rowsOf(
  hospital: SyntheticHospital,
  rows: (p: SyntheticHospital["patients"][number], patientId: string) => NativeRow[],
): NativeRow[] {
  return hospital.patients.flatMap((p) => rows(p, hisPatientId(p.number)));
}
