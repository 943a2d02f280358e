import { Field, ObjectType } from "type-graphql";
import { Evidence } from "./evidence";
import { RiskLevelValue } from "./risk-level";
import { CriteriaScore } from "./vital-sign-scores";

@ObjectType()
export class InfectionSign {
  @Field({ description: "diagnosis, antibiotic or wbc." })
  sign!: string;

  @Field(() => Evidence)
  evidence!: Evidence;
}

@ObjectType({
  description:
    "Medfuse sepsis screen (CLINICAL.md §2): high when qSOFA ≥ 2 and infection is suspected; medium when qSOFA ≥ 2 " +
    "without suspected infection, or suspected infection with lactate > 2 mmol/L; otherwise none.",
})
export class SepsisScreenResult {
  @Field(() => RiskLevelValue)
  level!: RiskLevelValue;

  @Field(() => CriteriaScore)
  qsofa!: CriteriaScore;

  @Field(() => CriteriaScore, { description: "Shown beside qSOFA; it does not change the level." })
  sirs!: CriteriaScore;

  @Field()
  suspectedInfection!: boolean;

  @Field(() => [InfectionSign])
  infectionSigns!: InfectionSign[];

  @Field(() => Evidence, {
    nullable: true,
    description: "The latest lactate in the 24 hours before asOf.",
  })
  lactate!: Evidence | null;

  @Field()
  lactateRaised!: boolean;
}
