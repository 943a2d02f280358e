/** What a generated data folder holds: how it was made, and patients worth opening first. */
import { existsSync, readFileSync } from "node:fs";
import { canonicalPatientId } from "../subgraphs/shared/patient-id";
import type { HospitalSite } from "../subgraphs/subgraph";
import type { ClinicalProfile, SyntheticHospital, SyntheticPatient } from "./synthetic-hospital";

export interface HospitalManifest {
  readonly site: HospitalSite;
  readonly seed: number;
  readonly anchor: string;
  readonly patients: number;
  /** For each planted story, the first few patients who carry it (canonical ids). */
  readonly examplePatients: Partial<Record<ClinicalProfile, string[]>>;
  readonly records: Record<string, number>;
  /** A patient whose record reaches all five systems, sick ones first: GraphiQL opens with it. */
  readonly showcasePatient: string | null;
}

export function describeHospital(
  hospital: SyntheticHospital,
  records: Record<string, number>,
): HospitalManifest {
  const examplePatients: Partial<Record<ClinicalProfile, string[]>> = {};
  for (const p of hospital.patients) {
    for (const profile of p.profiles) {
      const list = (examplePatients[profile] ??= []);
      if (list.length < 5) list.push(canonicalPatientId(hospital.site, p.number));
    }
  }
  const reachesEverySystem = (p: SyntheticPatient) =>
    p.labs.length > 0 &&
    p.vitals.length > 0 &&
    p.notes.length > 0 &&
    p.imaging.some((i) => i.study && i.report);
  const candidates = hospital.patients.filter(reachesEverySystem);
  const showcase =
    candidates.find((p) => p.profiles.includes("septic")) ??
    candidates.find((p) => !p.profiles.includes("healthy")) ??
    candidates[0];
  return {
    site: hospital.site,
    seed: hospital.seed,
    anchor: hospital.anchor.toISOString(),
    patients: hospital.patients.length,
    examplePatients,
    records,
    showcasePatient: showcase ? canonicalPatientId(hospital.site, showcase.number) : null,
  };
}

export function readManifest(path: string): HospitalManifest | null {
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as HospitalManifest) : null;
}
