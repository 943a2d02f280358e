import { Field, Float, Int, ObjectType } from "type-graphql";
import { Evidence } from "./evidence";
import { RiskLevelValue } from "./risk-level";

@ObjectType({
  description:
    "eGFR by CKD-EPI 2021 (race-free) from the latest creatinine at or before asOf, with its KDIGO category.",
})
export class EgfrResult {
  @Field(() => Float, { description: "mL/min/1.73 m², one decimal." })
  value!: number;

  @Field({ description: "UCUM unit of value." })
  unit!: string;

  @Field({
    description: "KDIGO GFR category G1, G2, G3a, G3b, G4 or G5 (not a CKD diagnosis on its own).",
  })
  category!: string;

  @Field(() => RiskLevelValue, { description: "G3b low, G4 medium, G5 high, otherwise none." })
  level!: RiskLevelValue;

  @Field(() => Int, { description: "Whole years at the time of the creatinine." })
  ageYears!: number;

  @Field(() => Evidence, { description: "The creatinine result it was computed from (µmol/L)." })
  creatinine!: Evidence;
}

@ObjectType({
  description: "Acute kidney injury by KDIGO creatinine criteria, Medfuse rule (CLINICAL.md §3).",
})
export class AcuteKidneyInjuryResult {
  @Field(() => Int, {
    nullable: true,
    description: "0 (none) to 3; null when it cannot be assessed.",
  })
  stage!: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Why stage is null: no creatinine, or no baseline in the 7 days before it.",
  })
  reason!: string | null;

  @Field(() => RiskLevelValue, { nullable: true, description: "Stage 1 medium, stages 2–3 high." })
  level!: RiskLevelValue | null;

  @Field(() => Float, { nullable: true, description: "Latest ÷ baseline." })
  ratio!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Rise over the lowest value of the 48 hours before, µmol/L.",
  })
  rise48h!: number | null;

  @Field(() => Evidence, { nullable: true })
  latest!: Evidence | null;

  @Field(() => Evidence, {
    nullable: true,
    description: "The lowest creatinine in the 7 days before the latest.",
  })
  baseline!: Evidence | null;
}
