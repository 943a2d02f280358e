import { Field, ID, ObjectType } from "type-graphql";
import { Coding } from "../../shared/coding";

@ObjectType({ description: "The specimen a lab result was measured on (FHIR Specimen)." })
export class Specimen {
  @Field(() => ID, { description: "LIS specimen id." })
  id!: string;

  @Field(() => Coding, { nullable: true, description: "HL7 v2 table 0487 specimen type." })
  type!: Coding | null;
}
