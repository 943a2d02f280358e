import { Directive, Field, ObjectType } from "type-graphql";

/** A time span, as FHIR R4 `Period`; an open end means it is still going on. */
@ObjectType({ description: "A time span (FHIR Period); end is null while it is ongoing." })
@Directive("@shareable")
export class Period {
  @Field(() => Date, { nullable: true })
  start?: Date | null;

  @Field(() => Date, { nullable: true })
  end?: Date | null;
}
