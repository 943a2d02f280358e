import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Coding } from "../../shared/coding";
import { Period } from "../../shared/period";
import { Provenance } from "../../shared/provenance";

/** The FHIR statuses HIS order states map to (A active, S stopped, C completed). */
export enum MedicationRequestStatus {
  active = "active",
  stopped = "stopped",
  completed = "completed",
}
registerEnumType(MedicationRequestStatus, { name: "MedicationRequestStatus" });

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
