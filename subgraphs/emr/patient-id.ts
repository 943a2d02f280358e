/**
 * EMR documents hold the HIS patient number as a plain number (`patNo: 42`): no padding, no site
 * prefix. A filter must compare it as a number, since MongoDB never matches `"42"` against `42`.
 */
import { patientNumberAtSite } from "../shared/patient-id";
import type { HospitalSite } from "../subgraph";

export function emrPatNo(number: number): number {
  return number;
}

/** The EMR patNo behind a canonical id, or null when the id belongs to another hospital. */
export function emrPatNoFor(canonicalId: string, site: HospitalSite): number | null {
  const number = patientNumberAtSite(canonicalId, site);
  return number === null ? null : emrPatNo(number);
}
