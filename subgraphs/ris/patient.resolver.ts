import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RisContext } from "./loaders";
import { Patient } from "./patient";
import { RadiologyReport } from "./types/radiology-report";

@Resolver(() => Patient)
export class PatientResolver {
  @FieldResolver(() => [RadiologyReport], {
    // Null, not an empty list, when the store cannot answer: the other systems' fields still do.
    nullable: true,
    description: "Radiology exams and their reports, newest request first.",
  })
  radiologyReports(
    @Root() patient: Patient,
    @Ctx() { loaders }: RisContext,
  ): Promise<RadiologyReport[]> {
    return loaders.radiologyReports.load(patient.id);
  }
}
