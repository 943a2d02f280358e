import { Field, ID, ObjectType } from "type-graphql";
import { Coding } from "../../shared/coding";
import { Period } from "../../shared/period";
import { Provenance } from "../../shared/provenance";

@ObjectType({
  description:
    "A visit: inpatient stay, outpatient visit or emergency attendance (FHIR Encounter).",
})
export class Encounter {
  @Field(() => ID)
  id!: string;

  @Field({ description: "in-progress while the patient is still admitted, else finished." })
  status!: string;

  @Field(() => Coding, { description: "v3 ActCode: IMP, AMB or EMER." })
  class!: Coding;

  @Field(() => Coding, { description: "The HIS department that owns the visit." })
  department!: Coding;

  @Field(() => Period)
  period!: Period;

  @Field(() => Provenance)
  provenance!: Provenance;
}
