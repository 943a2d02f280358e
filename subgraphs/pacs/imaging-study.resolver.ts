import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Coding } from "../shared/coding";
import type { PacsContext } from "./loaders";
import { Patient } from "./patient";
import { ImagingSeries } from "./types/imaging-series";
import { ImagingStudy } from "./types/imaging-study";

@Resolver(() => ImagingStudy)
export class ImagingStudyResolver {
  @FieldResolver(() => [ImagingSeries], { description: "Series in SeriesNumber order." })
  series(@Root() study: ImagingStudy, @Ctx() { loaders }: PacsContext): Promise<ImagingSeries[]> {
    return loaders.seriesOfStudy.load(study.uid);
  }

  @FieldResolver(() => Coding, {
    nullable: true,
    description:
      "BodyPartExamined of the first series that records one (DICOM keeps it per series).",
  })
  async bodySite(
    @Root() study: ImagingStudy,
    @Ctx() { loaders }: PacsContext,
  ): Promise<Coding | null> {
    const series = await loaders.seriesOfStudy.load(study.uid);
    return series.find((s) => s.bodySite)?.bodySite ?? null;
  }

  @FieldResolver(() => Patient, {
    nullable: true,
    description:
      "The patient, from the site-prefixed DICOM PatientID; null when it is not this hospital's.",
  })
  patient(@Root() study: ImagingStudy, @Ctx() { map }: PacsContext): Patient | null {
    const id = map.patientId(study.pacsPatientId);
    return id ? { id } : null;
  }
}

/** Resolves a study by either key: StudyInstanceUID, or the accession number RIS knows. */
export const imagingStudyReference = {
  async __resolveReference(
    reference: { uid?: string | null; accessionNumber?: string | null },
    { loaders }: PacsContext,
  ): Promise<ImagingStudy | null> {
    if (reference.uid) return loaders.studyByUid.load(reference.uid);
    if (reference.accessionNumber) return loaders.studyByAccession.load(reference.accessionNumber);
    return null;
  },
};
