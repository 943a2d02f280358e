/** HIS native rows → graph objects: codes to FHIR, local clocks to instants, provenance kept. */
import { ATC_SYSTEM } from "../../clinical/medication-classes";
import { ICD10_SYSTEM } from "../../clinical/comorbidities";
import { Coding } from "../shared/coding";
import { COMPACT_TIMESTAMP, parseLocalTime } from "../shared/local-time";
import { canonicalPatientId } from "../shared/patient-id";
import type { HospitalSite } from "../subgraph";
import { HIS_ORDER_STATUS, HIS_SEX, HIS_VISIT_TYPE } from "./native-schema";
import { patientNumberFromHis } from "./patient-id";
import type { AllergyRow, DiagnosisRow, OrderRow, PatientRow, VisitRow } from "./source";
import { AdministrativeGender } from "../shared/administrative-gender";
import type { AllergyIntolerance } from "./types/allergy-intolerance";
import type { Condition } from "./types/condition";
import type { Encounter } from "./types/encounter";
import { MedicationRequestStatus } from "../shared/medication-request-status";
import type { MedicationRequest } from "./types/medication-request";
import type { Patient } from "./types/patient";

const ACT_CODE_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
const ENCOUNTER_CLASS_DISPLAY = {
  IMP: "inpatient encounter",
  AMB: "ambulatory",
  EMER: "emergency",
} as const;
export const HIS_DEPARTMENT_SYSTEM = "urn:medfuse:his:department";
/** Diagnosis codes that are no ICD-10 code at all: kept under the HIS's own system, never dropped. */
export const HIS_DIAGNOSIS_SYSTEM = "urn:medfuse:his:diagnosis-code";

/** WHO ICD-10: a category (letter, two digits) and at most one subdivision digit. */
const WHO_ICD10 = /^([A-Z]\d{2})(?:\.?(\d))?/;

/**
 * A diagnosis as WHO ICD-10: the hospital's local extensions refine a WHO code (`E11.900` is
 * `E11.9`), so the code is that WHO code, and the native text stays in the provenance.
 */
export function diagnosisCoding(nativeCode: string, display: string | null): Coding {
  const who = WHO_ICD10.exec(nativeCode.trim().toUpperCase());
  if (!who) return new Coding(HIS_DIAGNOSIS_SYSTEM, nativeCode, display);
  return new Coding(ICD10_SYSTEM, who[2] ? `${who[1]}.${who[2]}` : who[1], display);
}

export class HisMapping {
  constructor(private readonly site: HospitalSite) {}

  private time(text: string | null): Date | null {
    return parseLocalTime(text, COMPACT_TIMESTAMP, this.site.timeZone);
  }

  patient(row: PatientRow): Patient {
    const [family = "", given = ""] = row.PAT_NAME.split("^");
    const givenNames = given.split(" ").filter(Boolean);
    const b = row.BIRTH_DATE;
    return {
      id: canonicalPatientId(this.site, patientNumberFromHis(row.PATIENT_ID)),
      name: { family, given: givenNames, text: [...givenNames, family].join(" ") },
      sex: (HIS_SEX[row.SEX_CODE as keyof typeof HIS_SEX] ??
        AdministrativeGender.unknown) as AdministrativeGender,
      birthDate: /^\d{8}$/.test(b) ? `${b.slice(0, 4)}-${b.slice(4, 6)}-${b.slice(6, 8)}` : null,
      provenance: {
        system: "HIS",
        table: "PAT_MASTER",
        recordId: row.PATIENT_ID,
        value: row.SEX_CODE,
        time: row.CREATE_TIME,
      },
    };
  }

  encounter(row: VisitRow): Encounter {
    const kind = HIS_VISIT_TYPE[row.VISIT_TYPE as keyof typeof HIS_VISIT_TYPE];
    return {
      id: String(row.VISIT_NO),
      status: row.DISCHARGE_TIME ? "finished" : "in-progress",
      class: new Coding(
        ACT_CODE_SYSTEM,
        kind ?? row.VISIT_TYPE,
        kind ? ENCOUNTER_CLASS_DISPLAY[kind] : "unmapped HIS visit type",
      ),
      department: new Coding(HIS_DEPARTMENT_SYSTEM, row.DEPT_CODE, row.DEPT_NAME),
      period: { start: this.time(row.ADMIT_TIME), end: this.time(row.DISCHARGE_TIME) },
      provenance: {
        system: "HIS",
        table: "PAT_VISIT",
        recordId: String(row.VISIT_NO),
        value: row.VISIT_TYPE,
        time: row.ADMIT_TIME,
      },
    };
  }

  condition(row: DiagnosisRow): Condition {
    return {
      id: String(row.DIAG_ID),
      category: "encounter-diagnosis",
      code: diagnosisCoding(row.ICD_CODE, row.DIAG_NAME),
      encounterId: String(row.VISIT_NO),
      recordedDate: this.time(row.DIAG_TIME),
      provenance: {
        system: "HIS",
        table: "DIAG_REC",
        recordId: String(row.DIAG_ID),
        value: row.ICD_CODE,
        time: row.DIAG_TIME,
      },
    };
  }

  medicationRequest(row: OrderRow): MedicationRequest {
    const status = HIS_ORDER_STATUS[row.ORDER_STATUS as keyof typeof HIS_ORDER_STATUS] ?? "stopped";
    return {
      id: String(row.ORDER_NO),
      status: status as MedicationRequestStatus,
      medication: new Coding(ATC_SYSTEM, row.DRUG_CODE, row.DRUG_NAME),
      dosageText: row.DOSAGE,
      route: row.ROUTE,
      authoredOn: this.time(row.START_TIME),
      validityPeriod: { start: this.time(row.START_TIME), end: this.time(row.STOP_TIME) },
      encounterId: String(row.VISIT_NO),
      provenance: {
        system: "HIS",
        table: "DRUG_ORDER",
        recordId: String(row.ORDER_NO),
        value: row.DRUG_CODE,
        time: row.START_TIME,
      },
    };
  }

  allergy(row: AllergyRow): AllergyIntolerance {
    return {
      id: String(row.ALLERGY_ID),
      substance: row.ALLERGEN,
      reaction: row.REACTION,
      severity: row.SEVERITY ? row.SEVERITY.toLowerCase() : null,
      recordedDate: this.time(row.RECORD_TIME),
      provenance: {
        system: "HIS",
        table: "PAT_ALLERGY",
        recordId: String(row.ALLERGY_ID),
        value: row.ALLERGEN,
        time: row.RECORD_TIME,
      },
    };
  }
}

/** Native order statuses for a FHIR status filter. */
export function nativeOrderStatuses(status: MedicationRequestStatus): string[] {
  return Object.entries(HIS_ORDER_STATUS)
    .filter(([, fhir]) => fhir === status)
    .map(([code]) => code);
}
