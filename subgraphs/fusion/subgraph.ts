/** The fusion subgraph: clinical logic over other systems' live data, and no database. */
import { buildFederatedSchema } from "../shared/build-federated-schema";
import { patientReference } from "../shared/patient-reference";
import type { OpenSubgraph } from "../subgraph";
import { DecisionFieldsResolver } from "./decision-fields.resolver";
import { FusedFieldsResolver } from "./fused-fields.resolver";
import { Patient } from "./patient";

export const openFusionSubgraph: OpenSubgraph = async (config) => {
  const schema = await buildFederatedSchema(
    [FusedFieldsResolver, DecisionFieldsResolver],
    {
      // The representation carries the required fields: keep all of it, not only the id.
      Patient: {
        __resolveReference: async (reference: Patient) => ({
          ...reference,
          ...(await patientReference.__resolveReference(reference)),
        }),
      },
    },
    [Patient],
  );
  return {
    name: "fusion",
    schema,
    createContext: () => ({ site: config.site, now: new Date() }),
    close: async () => {},
  };
};
