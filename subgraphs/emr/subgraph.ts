/** The EMR subgraph: vital signs and clinical notes on patients, from the EMR's document store. */
import { buildFederatedSchema } from "../shared/build-federated-schema";
import { patientReference } from "../shared/patient-reference";
import type { OpenSubgraph } from "../subgraph";
import { openDocumentStore } from "./document-store";
import { createEmrLoaders, type EmrContext } from "./loaders";
import { EMR_PATIENT_FIELD } from "./native-schema";
import { Patient } from "./patient";
import { PatientResolver } from "./patient.resolver";
import { EmrSource } from "./source";

export const openEmrSubgraph: OpenSubgraph = async (config) => {
  const store = await openDocumentStore("emr", config.store, {
    indexedField: EMR_PATIENT_FIELD,
    onStoreQuery: config.onStoreQuery,
  });
  const source = new EmrSource(store, config.site);
  const schema = await buildFederatedSchema([PatientResolver], { Patient: patientReference }, [
    Patient,
  ]);
  return {
    name: "emr",
    schema,
    createContext: (): EmrContext => ({ loaders: createEmrLoaders(source), site: config.site }),
    close: () => source.close(),
  };
};
