import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The patient HIS owns; PACS adds imaging studies. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Patient {
  @Field(() => ID)
  id!: string;
}
