import { Field, Int, ObjectType } from "type-graphql";
import { Evidence } from "./evidence";
import { RiskLevelValue } from "./risk-level";

@ObjectType()
export class News2ParameterScore {
  @Field({
    description:
      "respirationRate, oxygenSaturation, airOrOxygen, systolic, pulse, consciousness or temperature.",
  })
  parameter!: string;

  @Field(() => Int, { nullable: true })
  score!: number | null;

  @Field(() => Evidence, { description: "The charted value scored." })
  evidence!: Evidence;
}

@ObjectType({
  description:
    "NEWS2 (RCP 2017) at asOf: each parameter's most recent value in the 24 hours before. Null total, " +
    "with the missing parameters named, when any is absent.",
})
export class News2Score {
  @Field(() => Int, { nullable: true, description: "0–20." })
  total!: number | null;

  @Field(() => RiskLevelValue, {
    nullable: true,
    description: "none 0, low 1–4, medium 5–6 or any single parameter 3, high ≥7.",
  })
  level!: RiskLevelValue | null;

  @Field({ description: "A single parameter scored 3." })
  singleParameter3!: boolean;

  @Field(() => [News2ParameterScore])
  parameters!: News2ParameterScore[];

  @Field(() => [String], { description: "Parameters without a value in the 24 hours before asOf." })
  missing!: string[];
}

@ObjectType()
export class CriterionResult {
  @Field()
  criterion!: string;

  @Field()
  met!: boolean;

  @Field(() => [Evidence])
  evidence!: Evidence[];
}

@ObjectType({
  description:
    "A criteria count (qSOFA, SIRS): criteria without data are listed as missing and count as not met.",
})
export class CriteriaScore {
  @Field(() => Int)
  score!: number;

  @Field()
  positive!: boolean;

  @Field(() => [CriterionResult])
  criteria!: CriterionResult[];

  @Field(() => [String])
  missing!: string[];
}
