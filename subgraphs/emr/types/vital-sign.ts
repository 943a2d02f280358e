import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Coding } from "../../shared/coding";
import { Provenance } from "../../shared/provenance";
import { Quantity } from "../../shared/quantity";

/** One charted vital sign: FHIR Observation, category vital-signs, one per parameter of a set. */
@ObjectType({ description: "One vital-sign measurement (FHIR Observation, category vital-signs)." })
@Directive("@shareable")
export class VitalSign {
  @Field(() => ID, { description: "The flowsheet set id and the EMR parameter code." })
  id!: string;

  @Field(() => Coding, { description: "Observation category: vital-signs." })
  category!: Coding;

  @Field(() => Coding, {
    description: "LOINC code; an EMR-local code when Medfuse has no mapping.",
  })
  code!: Coding;

  @Field(() => Quantity, {
    nullable: true,
    description: "Measured value in its UCUM unit; null for coded values.",
  })
  value!: Quantity | null;

  @Field(() => Coding, { nullable: true, description: "Coded value (ACVPU level, air or oxygen)." })
  valueCode!: Coding | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "On oxygen saturation: true when charted against NEWS2 SpO2 scale 2 (88–92 % target).",
  })
  spo2Scale2!: boolean | null;

  @Field(() => Date)
  effectiveDateTime!: Date;

  @Field(() => ID, { description: "The vital-sign set (flowsheet row) this value was charted in." })
  setId!: string;

  @Field(() => Provenance)
  provenance!: Provenance;
}
