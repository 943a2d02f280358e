import { batchLoader } from "../shared/loader-family";
import type { HospitalSite } from "../subgraph";
import { toRadiologyReport, toRadiologyReports } from "./mapping";
import type { RisSource } from "./source";

/** The per-request loaders of the RIS subgraph: one per field, each one store query per batch. */
export function createRisLoaders(source: RisSource) {
  const { timeZone } = source.site;
  return {
    /** Keyed by canonical patient id. */
    radiologyReports: batchLoader(async (patientIds: readonly string[]) =>
      (await source.examsByPatient(patientIds)).map((rows) => toRadiologyReports(rows, timeZone)),
    ),
    /** Keyed by accession number; an accession RIS never issued gives null. */
    radiologyReportByAccession: batchLoader(async (accessionNumbers: readonly string[]) =>
      (await source.examsByAccession(accessionNumbers)).map((rows) =>
        rows.length ? toRadiologyReport(rows[0], timeZone) : null,
      ),
    ),
  };
}

export type RisLoaders = ReturnType<typeof createRisLoaders>;

export interface RisContext {
  readonly loaders: RisLoaders;
  readonly site: HospitalSite;
}
