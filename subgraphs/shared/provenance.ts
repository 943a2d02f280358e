import { Directive, Field, ObjectType } from "type-graphql";

/** Where a normalised value came from, with the value as the source wrote it. */
@ObjectType({ description: "The native record behind a value, and what the source wrote." })
@Directive("@shareable")
export class Provenance {
  @Field({ description: "Source system: HIS, LIS, RIS, PACS or EMR." })
  system!: string;

  @Field({ description: "Native table or collection the record lives in." })
  table!: string;

  @Field({ description: "Native record id, as the source keys it." })
  recordId!: string;

  @Field(() => String, { nullable: true, description: "The value as the source wrote it." })
  value?: string | null;

  @Field(() => String, { nullable: true, description: "The unit as the source wrote it." })
  unit?: string | null;

  @Field(() => String, { nullable: true, description: "The time as the source wrote it." })
  time?: string | null;
}
