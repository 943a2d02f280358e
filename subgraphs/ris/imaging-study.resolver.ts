import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { ImagingStudy } from "./imaging-study";
import type { RisContext } from "./loaders";
import { RadiologyReport } from "./types/radiology-report";

@Resolver(() => ImagingStudy)
export class ImagingStudyResolver {
  @FieldResolver(() => RadiologyReport, {
    nullable: true,
    description: "The RIS report filed under this study's accession number.",
  })
  radiologyReport(
    @Root() study: ImagingStudy,
    @Ctx() { loaders }: RisContext,
  ): Promise<RadiologyReport | null> {
    return loaders.radiologyReportByAccession.load(study.accessionNumber);
  }
}

/**
 * PACS studies without an accession number have no RIS counterpart. DICOM pads odd-length
 * values with a space, so a key read raw from a header still finds its exam.
 */
export const imagingStudyReference = {
  async __resolveReference(reference: {
    accessionNumber?: string | null;
  }): Promise<ImagingStudy | null> {
    const accessionNumber = reference.accessionNumber?.trim();
    return accessionNumber ? { accessionNumber } : null;
  },
};
