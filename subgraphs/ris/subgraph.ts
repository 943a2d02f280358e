import type { OpenSubgraph } from "../subgraph";
import { buildFederatedSchema } from "../shared/build-federated-schema";
import { patientReference } from "../shared/patient-reference";
import { openSqlStore } from "../shared/sql-store";
import { ImagingStudy } from "./imaging-study";
import { ImagingStudyResolver, imagingStudyReference } from "./imaging-study.resolver";
import { createRisLoaders, type RisContext } from "./loaders";
import type { RisDatabase } from "./native-schema";
import { Patient } from "./patient";
import { PatientResolver } from "./patient.resolver";
import { RisSource } from "./source";

/** The RIS subgraph: radiology reports on patients, and the RIS side of the PACS study link. */
export const openRisSubgraph: OpenSubgraph = async (config) => {
  const source = new RisSource(
    await openSqlStore<RisDatabase>("ris", config.store, config.onStoreQuery),
    config.site,
  );
  // RIS has no root fields: its entities are reachable only through `_entities`, so list them.
  const schema = await buildFederatedSchema(
    [PatientResolver, ImagingStudyResolver],
    { Patient: patientReference, ImagingStudy: imagingStudyReference },
    [Patient, ImagingStudy],
  );
  return {
    name: "ris",
    schema,
    createContext: (): RisContext => ({ loaders: createRisLoaders(source), site: config.site }),
    close: () => source.close(),
  };
};
