import { Field, Float, ObjectType } from "type-graphql";

@ObjectType({
  description:
    "One feature of a point-in-time vector: its value in one canonical unit, when it was observed and " +
    "the native record it came from. A missing feature has a null value and says why; nothing is imputed.",
})
export class Feature {
  @Field({
    description: "Stable name, e.g. age, lab.creatinine, vital.heartRate, comorbidity.diabetes.",
  })
  name!: string;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Text value, for features that are not numbers (sex).",
  })
  valueText!: string | null;

  @Field(() => String, { nullable: true, description: "UCUM unit of `value`." })
  unit!: string | null;

  @Field(() => Date, { nullable: true, description: "When the value was observed or recorded." })
  observedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "Source system: HIS, LIS, RIS, PACS or EMR.",
  })
  system!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Native record id of the value's source record.",
  })
  recordId!: string | null;

  @Field(() => String, { nullable: true, description: "Why the value is null, when it is." })
  missingReason!: string | null;
}

@ObjectType({
  description: "A patient's features at one point in time, drawn live from every system.",
})
export class FeatureVector {
  @Field(() => Date)
  asOf!: Date;

  @Field(() => [Feature])
  features!: Feature[];
}
