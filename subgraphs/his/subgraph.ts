/** The HIS subgraph: owns Patient and the root patient queries. */
import { buildFederatedSchema } from "../shared/build-federated-schema";
import { openSqlStore } from "../shared/sql-store";
import type { OpenSubgraph } from "../subgraph";
import { createHisLoaders, type HisContext } from "./loaders";
import { HisMapping } from "./mapping";
import type { HisDatabase } from "./native-schema";
import { loadPatient, PatientConnectionResolver, PatientResolver } from "./patient.resolver";
import { HisSource } from "./source";

export const openHisSubgraph: OpenSubgraph = async (config) => {
  const source = new HisSource(
    await openSqlStore<HisDatabase>("his", config.store, config.onStoreQuery),
  );
  const map = new HisMapping(config.site);
  const schema = await buildFederatedSchema([PatientResolver, PatientConnectionResolver], {
    Patient: {
      __resolveReference: (ref: { id: string }, ctx: HisContext & { site: typeof config.site }) =>
        loadPatient(ref.id, ctx),
    },
  });
  return {
    name: "his",
    schema,
    createContext: () => ({
      loaders: createHisLoaders(source, map),
      source,
      map,
      site: config.site,
    }),
    close: () => source.close(),
  };
};
