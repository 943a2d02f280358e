import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { badUserInput } from "../shared/errors";
import { parseCanonicalPatientId, patientNumberAtSite } from "../shared/patient-id";
import type { PacsContext } from "./loaders";
import { Patient } from "./patient";
import { pacsPatientId } from "./patient-id";
import { ImagingStudy } from "./types/imaging-study";

/** DICOM Modality is a CS defined term: upper-case letters and digits (PS3.3 C.7.3.1.1.1). */
const MODALITY = /^[A-Z0-9_]{1,16}$/;

@Resolver(() => Patient)
export class PatientResolver {
  @FieldResolver(() => [ImagingStudy], {
    // Null, not an empty list, when the store cannot answer: the other systems' fields still do.
    nullable: true,
    description: "DICOM studies in the PACS, newest first.",
  })
  imagingStudies(
    @Root() patient: Patient,
    @Ctx() { loaders, site }: PacsContext,
    @Arg("modality", () => String, {
      nullable: true,
      description: "DICOM modality, e.g. CT, CR, MR, US.",
    })
    modality?: string | null,
    @Arg("since", () => Date, {
      nullable: true,
      description: "Only studies started at or after this instant.",
    })
    since?: Date | null,
  ): Promise<ImagingStudy[]> {
    const wanted = modality?.trim().toUpperCase() || null;
    if (wanted && !MODALITY.test(wanted))
      throw badUserInput("modality must be a DICOM modality code such as CT", "modality");
    const number = patientNumberAtSite(patient.id, site);
    if (number === null) return Promise.resolve([]);
    return loaders.imagingStudies
      .with({ modality: wanted, since: since ?? null })
      .load(pacsPatientId(site, number));
  }
}

/**
 * A malformed id fails only its own representation (async, so `_entities` sees a rejected
 * item rather than a thrown batch); ids of other hospitals resolve to empty lists.
 */
export const patientReference = {
  async __resolveReference(reference: { id: string }): Promise<Patient> {
    parseCanonicalPatientId(reference.id);
    return { id: reference.id };
  },
};
