/** The LIS subgraph: extends Patient with its laboratory results. */
import { buildFederatedSchema } from "../shared/build-federated-schema";
import { openSqlStore } from "../shared/sql-store";
import type { OpenSubgraph } from "../subgraph";
import { createLisLoaders } from "./loaders";
import { LisMapping } from "./mapping";
import { Patient } from "./patient";
import type { LisDatabase } from "./native-schema";
import { lisReferenceResolvers, PatientResolver } from "./patient.resolver";
import { LisSource } from "./source";

export const openLisSubgraph: OpenSubgraph = async (config) => {
  const source = new LisSource(
    await openSqlStore<LisDatabase>("lis", config.store, config.onStoreQuery),
  );
  const map = new LisMapping(config.site);
  const schema = await buildFederatedSchema([PatientResolver], lisReferenceResolvers, [Patient]);
  return {
    name: "lis",
    schema,
    createContext: () => ({ loaders: createLisLoaders(source, map), site: config.site }),
    close: () => source.close(),
  };
};
