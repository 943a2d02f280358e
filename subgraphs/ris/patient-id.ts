/**
 * RIS receives patients over the HIS order interface but re-pads the number to its own field
 * width: PATIENT_NO is the HIS patient number zero-padded to 10 digits (`0000000042`), where HIS
 * pads to 8 (`00000042`). Comparing the two as strings never matches; go through the number.
 */
import { patientNumberAtSite } from "../shared/patient-id";
import type { HospitalSite } from "../subgraph";

export const RIS_PATIENT_NO_WIDTH = 10;

export function risPatientNo(number: number): string {
  return String(number).padStart(RIS_PATIENT_NO_WIDTH, "0");
}

/** The RIS PATIENT_NO behind a canonical id, or null when the id belongs to another hospital. */
export function risPatientNoFor(canonicalId: string, site: HospitalSite): string | null {
  const number = patientNumberAtSite(canonicalId, site);
  return number === null ? null : risPatientNo(number);
}
