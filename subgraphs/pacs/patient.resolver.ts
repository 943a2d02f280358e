import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { badUserInput } from "../shared/errors";
import { FusionInputField } from "../shared/fusion-input-field";
import { parseCanonicalPatientId, patientNumberAtSite } from "../shared/patient-id";
import type { ImagingStudyFilter, PacsContext } from "./loaders";
import { Patient } from "./patient";
import { pacsPatientId } from "./patient-id";
import { ImagingStudy } from "./types/imaging-study";

/** DICOM Modality is a CS defined term: upper-case letters and digits (PS3.3 C.7.3.1.1.1). */
const MODALITY = /^[A-Z0-9_]{1,16}$/;

/** `imagingStudies` with every argument at its default. */
const WHOLE_HISTORY: ImagingStudyFilter = { modality: null, since: null };

@Resolver(() => Patient)
export class PatientResolver {
  @FieldResolver(() => [ImagingStudy], {
    // Null, not an empty list, when the store cannot answer: the other systems' fields still do.
    nullable: true,
    description: "DICOM studies in the PACS, newest first.",
  })
  imagingStudies(
    @Root() patient: Patient,
    @Ctx() ctx: PacsContext,
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
    return loadImagingStudies(patient, { modality: wanted, since: since ?? null }, ctx);
  }

  @FusionInputField(() => [ImagingStudy], "imagingStudies", { nullable: true })
  imagingStudyHistory(@Root() patient: Patient, @Ctx() ctx: PacsContext): Promise<ImagingStudy[]> {
    return loadImagingStudies(patient, WHOLE_HISTORY, ctx);
  }
}

function loadImagingStudies(
  patient: Patient,
  filter: ImagingStudyFilter,
  { loaders, site }: PacsContext,
): Promise<ImagingStudy[]> {
  const number = patientNumberAtSite(patient.id, site);
  if (number === null) return Promise.resolve([]);
  return loaders.imagingStudies.with(filter).load(pacsPatientId(site, number));
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
