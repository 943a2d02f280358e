import { Field, ID, ObjectType } from "type-graphql";
import { Provenance } from "../../shared/provenance";

@ObjectType({
  description: "A recorded allergy (FHIR AllergyIntolerance); HIS keeps free text, no code.",
})
export class AllergyIntolerance {
  @Field(() => ID)
  id!: string;

  @Field()
  substance!: string;

  @Field(() => String, { nullable: true })
  reaction!: string | null;

  @Field(() => String, { nullable: true, description: "mild, moderate or severe." })
  severity!: string | null;

  @Field(() => Date, { nullable: true })
  recordedDate!: Date | null;

  @Field(() => Provenance)
  provenance!: Provenance;
}
