import { Field, ID, ObjectType } from "type-graphql";
import { Coding } from "../../shared/coding";
import { Provenance } from "../../shared/provenance";

@ObjectType({
  description: "A diagnosis recorded in a visit (FHIR Condition, encounter-diagnosis).",
})
export class Condition {
  @Field(() => ID)
  id!: string;

  @Field({ description: "Always encounter-diagnosis: HIS records diagnoses per visit." })
  category!: string;

  @Field(() => Coding, {
    description:
      "WHO ICD-10 (the hospital's local extension E11.900 is E11.9; the native code is in provenance.value); a code that is no ICD-10 keeps the HIS system urn:medfuse:his:diagnosis-code.",
  })
  code!: Coding;

  @Field(() => String)
  encounterId!: string;

  @Field(() => Date, { nullable: true })
  recordedDate!: Date | null;

  @Field(() => Provenance)
  provenance!: Provenance;
}
