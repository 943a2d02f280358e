/**
 * The floor's view of the stores: the five source subgraphs opened in this process for their
 * source layers and per-request loaders only. The floor thus sends exactly the store queries the
 * subgraphs send, through the same drivers and mappings, with no GraphQL between.
 */
import "reflect-metadata";
import { SUBGRAPHS } from "../../gateway/subgraph-catalogue";
import type { EmrContext } from "../../subgraphs/emr/loaders";
import type { HisContext } from "../../subgraphs/his/loaders";
import type { LisContext } from "../../subgraphs/lis/loaders";
import type { PacsContext } from "../../subgraphs/pacs/loaders";
import type { RisContext } from "../../subgraphs/ris/loaders";
import {
  SOURCE_SYSTEMS,
  type HospitalSite,
  type SourceSystem,
  type StoreQueryListener,
  type Subgraph,
} from "../../subgraphs/subgraph";

/** One request's loaders, per system: created fresh per request, as each subgraph does. */
export interface FloorContexts {
  readonly his: HisContext & { readonly site: HospitalSite };
  readonly lis: LisContext;
  readonly ris: RisContext;
  readonly pacs: PacsContext;
  readonly emr: EmrContext;
}

export interface FloorSources {
  readonly site: HospitalSite;
  contexts(): FloorContexts;
  close(): Promise<void>;
}

export async function openFloorSources(
  site: HospitalSite,
  stores: Readonly<Record<SourceSystem, string>>,
  onStoreQuery?: StoreQueryListener,
): Promise<FloorSources> {
  const opened = await Promise.allSettled(
    SOURCE_SYSTEMS.map((system) =>
      SUBGRAPHS[system]({ site, store: stores[system], onStoreQuery }),
    ),
  );
  const subgraphs = opened.flatMap((o) => (o.status === "fulfilled" ? [o.value] : []));
  const failed = opened.find((o) => o.status === "rejected");
  if (failed) {
    await Promise.allSettled(subgraphs.map((s) => s.close()));
    throw (failed as PromiseRejectedResult).reason;
  }
  const bySystem = new Map(subgraphs.map((s) => [s.name, s])) as Map<SourceSystem, Subgraph>;
  return {
    site,
    contexts: () =>
      Object.fromEntries(
        SOURCE_SYSTEMS.map((system) => [system, bySystem.get(system)!.createContext()]),
      ) as unknown as FloorContexts,
    close: async () => {
      await Promise.allSettled(subgraphs.map((s) => s.close()));
    },
  };
}
