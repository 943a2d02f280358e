import { Field, ObjectType } from "type-graphql";
import { Quantity } from "../../shared/quantity";

@ObjectType({
  description: "A result's reference range (FHIR Observation.referenceRange), in the value's unit.",
})
export class ReferenceRange {
  @Field(() => Quantity, { nullable: true })
  low!: Quantity | null;

  @Field(() => Quantity, { nullable: true })
  high!: Quantity | null;

  @Field(() => String, { description: "The range as the LIS wrote it, e.g. 57-111 or <5.0." })
  text!: string;
}
