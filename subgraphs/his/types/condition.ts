import { Field, ID, ObjectType } from "type-graphql";
import { Coding } from "../../shared/coding";
import { Provenance } from "../../shared/provenance";

@ObjectType({
  description: "A diagnosis recorded in a visit (FHIR Condition, encounter-diagnosis).",
})
export class Condition {
  @Field(() => ID)
  id!: string;

  @Field({ description: "Always encounter-diagnosis: HIS records diagnoses per visit." })
  category!: string;

  @Field(() => Coding, {
    description: "ICD-10, with the hospital's local extensions kept (E11.900).",
  })
  code!: Coding;

  @Field(() => String)
  encounterId!: string;

  @Field(() => Date, { nullable: true })
  recordedDate!: Date | null;

  @Field(() => Provenance)
  provenance!: Provenance;
}
