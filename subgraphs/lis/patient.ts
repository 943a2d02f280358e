import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The patient HIS owns; LIS adds its lab results to it. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Patient {
  @Field(() => ID)
  id!: string;
}
