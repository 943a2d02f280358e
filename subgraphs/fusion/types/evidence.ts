import { Field, ObjectType } from "type-graphql";

@ObjectType({
  description:
    "A native record a fused value rests on: which system, which record, when, what it said.",
})
export class Evidence {
  @Field({ description: "HIS, LIS, RIS, PACS or EMR." })
  system!: string;

  @Field({ description: "Native record id in that system." })
  recordId!: string;

  @Field(() => Date, { nullable: true })
  time!: Date | null;

  @Field({ description: "What the record is, e.g. 'Creatinine', 'Metformin 500 mg tablet'." })
  description!: string;

  @Field(() => String, {
    nullable: true,
    description: "The value it holds, normalised (e.g. 212).",
  })
  value!: string | null;

  @Field(() => String, { nullable: true, description: "UCUM unit of `value`." })
  unit!: string | null;
}
