/**
 * Canonical patient ids: `<hospital code>-<HIS patient number>`, e.g. `H01-00004711`. Each
 * system's own `patient-id.ts` turns the number into that system's native identifier.
 */
import { badUserInput } from "./errors";
import type { HospitalSite } from "../subgraph";

const CANONICAL = /^([A-Z0-9]{2,12})-(\d{1,12})$/;

/** HIS pads patient numbers to this width; the canonical id keeps HIS's form. */
export const HIS_ID_WIDTH = 8;

export interface CanonicalPatientId {
  readonly site: string;
  readonly number: number;
}

/** Parses a canonical id; a malformed one is the client's mistake (BAD_USER_INPUT). */
export function parseCanonicalPatientId(id: string): CanonicalPatientId {
  const match = CANONICAL.exec(id);
  if (!match) {
    throw badUserInput(
      `"${id.slice(0, 40)}" is not a patient id: expected <hospital>-<number>, e.g. H01-00000042`,
      "id",
    );
  }
  return { site: match[1], number: Number(match[2]) };
}

/** The HIS patient number behind a canonical id, or null when the id belongs to another hospital. */
export function patientNumberAtSite(id: string, site: HospitalSite): number | null {
  const parsed = parseCanonicalPatientId(id);
  return parsed.site === site.code ? parsed.number : null;
}

export function canonicalPatientId(site: HospitalSite, number: number): string {
  return `${site.code}-${String(number).padStart(HIS_ID_WIDTH, "0")}`;
}
