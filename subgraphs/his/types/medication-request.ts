import { Field, ID, ObjectType } from "type-graphql";
import { MedicationRequestStatus } from "../../shared/medication-request-status";
import { Coding } from "../../shared/coding";
import { Period } from "../../shared/period";
import { Provenance } from "../../shared/provenance";

@ObjectType({ description: "A medication order (FHIR MedicationRequest), coded by WHO ATC." })
export class MedicationRequest {
  @Field(() => ID)
  id!: string;

  @Field(() => MedicationRequestStatus)
  status!: MedicationRequestStatus;

  @Field(() => Coding, { description: "WHO ATC code of the ordered drug." })
  medication!: Coding;

  @Field(() => String, { nullable: true })
  dosageText!: string | null;

  @Field(() => String, { nullable: true })
  route!: string | null;

  @Field(() => Date, { nullable: true })
  authoredOn!: Date | null;

  @Field(() => Period, { description: "From the order's start to its stop; open while active." })
  validityPeriod!: Period;

  @Field(() => String)
  encounterId!: string;

  @Field(() => Provenance)
  provenance!: Provenance;
}
