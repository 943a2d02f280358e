/** HIS keeps the patient number as a zero-padded string, the form canonical ids carry. */
import { HIS_ID_WIDTH } from "../shared/patient-id";

export function hisPatientId(number: number): string {
  return String(number).padStart(HIS_ID_WIDTH, "0");
}

export function patientNumberFromHis(patientId: string): number {
  return Number(patientId);
}
