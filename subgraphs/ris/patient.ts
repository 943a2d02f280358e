import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The patient HIS owns; RIS adds its radiology reports. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Patient {
  @Field(() => ID)
  id!: string;
}
