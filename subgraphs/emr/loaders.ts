import { LoaderFamily } from "../shared/loader-family";
import type { HospitalSite } from "../subgraph";
import { toClinicalNotes, toVitalSigns } from "./mapping";
import type { EmrSource } from "./source";
import type { ClinicalNote } from "./types/clinical-note";
import type { VitalSign } from "./types/vital-sign";

/** The history arguments of `vitalSigns` and `clinicalNotes`, already checked. */
export interface HistoryArgs {
  readonly since: Date | null;
  readonly last: number | null;
}

/** Per-request loaders, keyed by canonical patient id: one store query per field and argument set. */
export function createEmrLoaders(source: EmrSource) {
  return {
    vitalSigns: new LoaderFamily<HistoryArgs, string, VitalSign[]>(
      async (patientIds, { since, last }) =>
        (await source.flowsheets(patientIds, since)).map((documents) =>
          toVitalSigns(documents, last),
        ),
    ),
    clinicalNotes: new LoaderFamily<HistoryArgs, string, ClinicalNote[]>(
      async (patientIds, { since, last }) =>
        (await source.clinicalNotes(patientIds, since)).map((documents) =>
          toClinicalNotes(documents, last),
        ),
    ),
  };
}

export type EmrLoaders = ReturnType<typeof createEmrLoaders>;

export interface EmrContext {
  readonly loaders: EmrLoaders;
  readonly site: HospitalSite;
}
