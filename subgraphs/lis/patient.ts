import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The patient HIS owns; LIS adds its lab results to it. */
@ObjectType({ simpleResolvers: true })
@Directive('@key(fields: "id")')
export class Patient {
  @Field(() => ID)
  id!: string;
}
