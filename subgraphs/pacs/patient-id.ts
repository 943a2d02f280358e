/**
 * The PACS PatientID (0010,0020) carries the site code before the HIS number, as the modality
 * worklist wrote it: `H01_00000042` for canonical `H01-00000042`. Underscore, not hyphen, and the
 * number padded like HIS, so a PatientID never equals a canonical id by accident.
 */
import { HIS_ID_WIDTH } from "../shared/patient-id";
import type { HospitalSite } from "../subgraph";

const PACS_PATIENT_ID = /^([A-Z0-9]{2,12})_(\d{1,12})$/;

export function pacsPatientId(site: HospitalSite, number: number): string {
  return `${site.code}_${String(number).padStart(HIS_ID_WIDTH, "0")}`;
}

/** The HIS patient number behind a PACS PatientID, or null when it is another site's or foreign. */
export function patientNumberFromPacs(site: HospitalSite, patientId: string): number | null {
  const match = PACS_PATIENT_ID.exec(patientId.trim());
  return match && match[1] === site.code ? Number(match[2]) : null;
}
