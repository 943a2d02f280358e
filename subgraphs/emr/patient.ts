import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The patient HIS owns; the EMR adds vital signs and clinical notes. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Patient {
  @Field(() => ID)
  id!: string;
}
