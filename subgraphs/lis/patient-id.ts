/** LIS keeps the HIS patient number without HIS's zero padding: patient 42 is PAT_ID "42". */
import { patientNumberAtSite } from "../shared/patient-id";
import type { HospitalSite } from "../subgraph";

export function lisPatientId(number: number): string {
  return String(number);
}

/** The LIS PAT_ID behind a canonical id, or null when the id belongs to another hospital. */
export function lisPatientIdOf(canonicalId: string, site: HospitalSite): string | null {
  const number = patientNumberAtSite(canonicalId, site);
  return number === null ? null : lisPatientId(number);
}
