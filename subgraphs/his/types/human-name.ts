import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "A person's name (FHIR HumanName)." })
export class HumanName {
  @Field()
  family!: string;

  @Field(() => [String])
  given!: string[];

  @Field({ description: "The name as it is displayed: given names, then family name." })
  text!: string;
}
