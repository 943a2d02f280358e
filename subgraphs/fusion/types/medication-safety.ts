import { Field, Float, ObjectType } from "type-graphql";
import { Evidence } from "./evidence";
import { RiskLevelValue } from "./risk-level";

@ObjectType({
  description:
    "A drug–lab safety alert (CLINICAL.md §4): an active order and the latest result it conflicts with.",
})
export class MedicationSafetyAlert {
  @Field()
  rule!: string;

  @Field(() => RiskLevelValue)
  level!: RiskLevelValue;

  @Field(() => String, { nullable: true })
  advice!: string | null;

  @Field(() => Evidence, { description: "The HIS order." })
  order!: Evidence;

  @Field({ description: "egfr, potassium, inr or akiStage." })
  resultKind!: string;

  @Field(() => Float)
  resultValue!: number;

  @Field(() => Date)
  resultTime!: Date;

  @Field(() => [Evidence], { description: "The order, then the LIS records behind the result." })
  evidence!: Evidence[];
}
