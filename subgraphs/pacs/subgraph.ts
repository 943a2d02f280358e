/** The PACS subgraph: owns ImagingStudy and adds a patient's imaging studies. */
import { buildFederatedSchema } from "../shared/build-federated-schema";
import type { OpenSubgraph } from "../subgraph";
import { ImagingStudyResolver, imagingStudyReference } from "./imaging-study.resolver";
import { createPacsLoaders, type PacsContext } from "./loaders";
import { PacsMapping } from "./mapping";
import { Patient } from "./patient";
import { PatientResolver, patientReference } from "./patient.resolver";
import { PacsSource } from "./source";
import { ImagingStudy } from "./types/imaging-study";

export const openPacsSubgraph: OpenSubgraph = async (config) => {
  const source = await PacsSource.open(config);
  const map = new PacsMapping(config.site);
  const schema = await buildFederatedSchema(
    [PatientResolver, ImagingStudyResolver],
    { Patient: patientReference, ImagingStudy: imagingStudyReference },
    [Patient, ImagingStudy],
  );
  return {
    name: "pacs",
    schema,
    createContext: (): PacsContext => ({
      loaders: createPacsLoaders(source, map),
      map,
      site: config.site,
    }),
    close: () => source.close(),
  };
};
