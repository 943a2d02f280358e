/**
 * Opens a subgraph whose store is lost while serving: every data resolver throws what a driver
 * throws when its server refuses the connection. Federation's own fields still answer, as they
 * touch no store. A fresh instance is sabotaged, so healthy instances stay healthy.
 */
import { isObjectType } from "graphql";
import { SUBGRAPHS } from "../gateway/subgraph-catalogue";
import type { Subgraph, SubgraphConfig, SubgraphName } from "../subgraphs/subgraph";

export interface LostStoreSubgraph extends Subgraph {
  /** How many resolver calls failed: zero when a query never reached this system. */
  readonly failures: () => number;
}

const FEDERATION_FIELDS = new Set(["_service", "_entities"]);

export async function openWithLostStore(
  name: SubgraphName,
  config: SubgraphConfig,
): Promise<LostStoreSubgraph> {
  const subgraph = await SUBGRAPHS[name](config);
  let failures = 0;
  for (const type of Object.values(subgraph.schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.resolve || FEDERATION_FIELDS.has(field.name)) continue;
      field.resolve = () => {
        failures++;
        throw Object.assign(new Error("connect ECONNREFUSED 10.1.2.3:5432"), {
          code: "ECONNREFUSED",
        });
      };
    }
  }
  return { ...subgraph, failures: () => failures };
}
