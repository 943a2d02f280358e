/** Per-request loaders for HIS: one store query per field per request, whatever the list size. */
import { batchLoader, groupByKey, LoaderFamily } from "../shared/loader-family";
import type { HisMapping } from "./mapping";
import { nativeOrderStatuses } from "./mapping";
import type { HisSource } from "./source";
import type { MedicationRequestStatus } from "../shared/medication-request-status";

/** Loaders take HIS PATIENT_IDs (zero-padded), as the HIS tables key them. */
export function createHisLoaders(source: HisSource, map: HisMapping) {
  return {
    patient: batchLoader(async (ids: readonly string[]) => {
      const rows = await source.patients(ids);
      const byId = new Map(rows.map((r) => [r.PATIENT_ID, map.patient(r)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    encounters: batchLoader(async (ids: readonly string[]) =>
      groupByKey(ids, await source.visits(ids), (r) => r.PATIENT_ID).map((rows) =>
        rows.map((r) => map.encounter(r)),
      ),
    ),
    conditions: batchLoader(async (ids: readonly string[]) =>
      groupByKey(ids, await source.diagnoses(ids), (r) => r.PATIENT_ID).map((rows) =>
        rows.map((r) => map.condition(r)),
      ),
    ),
    medicationRequests: new LoaderFamily(
      async (ids: readonly string[], status: MedicationRequestStatus | null) => {
        const rows = await source.orders(ids, status ? nativeOrderStatuses(status) : undefined);
        return groupByKey(ids, rows, (r) => r.PATIENT_ID).map((group) =>
          group.map((r) => map.medicationRequest(r)),
        );
      },
    ),
    allergies: batchLoader(async (ids: readonly string[]) =>
      groupByKey(ids, await source.allergies(ids), (r) => r.PATIENT_ID).map((rows) =>
        rows.map((r) => map.allergy(r)),
      ),
    ),
  };
}

export type HisLoaders = ReturnType<typeof createHisLoaders>;

export interface HisContext {
  readonly loaders: HisLoaders;
  readonly source: HisSource;
  readonly map: HisMapping;
}
