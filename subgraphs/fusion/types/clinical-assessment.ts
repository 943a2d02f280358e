import { Field, ObjectType } from "type-graphql";
import { Evidence } from "./evidence";
import { RiskLevelValue } from "./risk-level";

@ObjectType()
export class AssessmentItem {
  @Field(() => RiskLevelValue)
  level!: RiskLevelValue;

  @Field({ description: "One line a clinician reads, e.g. 'NEWS2 8 (high)'." })
  summary!: string;

  @Field(() => [Evidence])
  evidence!: Evidence[];
}

@ObjectType()
export class ConcernAssessment {
  @Field({ description: "deterioration, sepsis, kidney, medicationSafety or imagingFinding." })
  concern!: string;

  @Field(() => RiskLevelValue, { description: "The highest level among its items." })
  level!: RiskLevelValue;

  @Field(() => [AssessmentItem])
  items!: AssessmentItem[];

  @Field(() => [String], {
    description: "Systems of the evidence behind items at level low or above.",
  })
  supportingSystems!: string[];

  @Field(() => [String], {
    description: "Systems that had data for this concern and whose own assessment is none.",
  })
  contradictingSystems!: string[];

  @Field(() => [String], {
    description: "Systems that failed or had no usable data for this concern.",
  })
  unavailableSystems!: string[];
}

@ObjectType()
export class ClinicalAssessment {
  @Field(() => Date)
  asOf!: Date;

  @Field(() => RiskLevelValue, { description: "The highest concern level." })
  priority!: RiskLevelValue;

  @Field(() => [ConcernAssessment])
  concerns!: ConcernAssessment[];
}
