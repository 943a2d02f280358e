import { Field, ID, ObjectType } from "type-graphql";
import { Coding } from "../../shared/coding";
import { Provenance } from "../../shared/provenance";
import { Quantity } from "../../shared/quantity";
import type { LabValueStatus } from "../lab-value";
import { LAB_VALUE_STATUS } from "./lab-value-status";
import { ReferenceRange } from "./reference-range";
import { Specimen } from "./specimen";

@ObjectType({ description: "A laboratory result (FHIR Observation, category laboratory)." })
export class LabResult {
  @Field(() => ID, { description: "LIS result id." })
  id!: string;

  @Field(() => String, {
    description: "FHIR observation status: final, preliminary, corrected or unknown.",
  })
  status!: string;

  @Field(() => Coding)
  category!: Coding;

  @Field(() => Coding, {
    description:
      "LOINC when the LIS dictionary maps the local code (the SI form's code once the value is normalised), else the local code.",
  })
  code!: Coding;

  @Field(() => Coding, { description: "The LIS item code (system urn:medfuse:lis:item-code)." })
  localCode!: Coding;

  @Field(() => Boolean, { description: "Whether the LIS dictionary maps the local code to LOINC." })
  mapped!: boolean;

  @Field(() => Quantity, {
    nullable: true,
    description:
      "The numeric value, in the analyte's SI unit when normalised; null for text or ununderstood units.",
  })
  value!: Quantity | null;

  @Field(() => String, {
    description: "The result exactly as the analyser wrote it, e.g. 98, <0.01, positive.",
  })
  valueText!: string;

  @Field(() => LAB_VALUE_STATUS, {
    description: "What became of the written value, and so why `value` may be null.",
  })
  valueStatus!: LabValueStatus;

  @Field(() => Coding, {
    nullable: true,
    description: "HL7 v3 ObservationInterpretation (H, L, N).",
  })
  interpretation!: Coding | null;

  @Field(() => ReferenceRange, { nullable: true })
  referenceRange!: ReferenceRange | null;

  @Field(() => Date, { nullable: true, description: "When the specimen was collected." })
  effectiveDateTime!: Date | null;

  @Field(() => Date, { nullable: true, description: "When the result was released." })
  issued!: Date | null;

  @Field(() => Specimen, { nullable: true })
  specimen!: Specimen | null;

  @Field(() => ID, { description: "LIS order id; results ordered together share it." })
  orderId!: string;

  @Field(() => Provenance)
  provenance!: Provenance;
}
