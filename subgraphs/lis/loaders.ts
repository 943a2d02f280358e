/** Per-request loaders for LIS: one store query per field per request, whatever the list size. */
import { groupByKey, LoaderFamily } from "../shared/loader-family";
import type { HospitalSite } from "../subgraph";
import type { LabResultArgs, LisMapping } from "./mapping";
import type { LisSource } from "./source";
import type { LabResult } from "./types/lab-result";

/** Loaders take LIS PAT_IDs (unpadded), as the LIS tables key them. */
export function createLisLoaders(source: LisSource, map: LisMapping) {
  return {
    labResults: new LoaderFamily<LabResultArgs, string, LabResult[]>(async (patIds, args) => {
      const rows = await source.labResults(patIds, map.nativeLabResultFilter(args));
      return groupByKey(patIds, rows, (r) => r.PAT_ID).map((group) => map.labResults(group));
    }),
  };
}

export type LisLoaders = ReturnType<typeof createLisLoaders>;

export interface LisContext {
  readonly loaders: LisLoaders;
  readonly site: HospitalSite;
}
