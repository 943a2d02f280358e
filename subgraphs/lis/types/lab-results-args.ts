import { ArgsType, Field, Int } from "type-graphql";
import { MAX_LAST } from "../../shared/last-argument";

/** The most codes one `loinc` filter may name. */
export const MAX_LOINC_CODES = 100;

@ArgsType()
export class LabResultsArgs {
  @Field(() => [String], {
    nullable: true,
    description: "LOINC codes; either code of an analyte (mass or SI form) selects both.",
  })
  loinc?: string[] | null;

  @Field(() => Date, {
    nullable: true,
    description: "Keep results collected at or after this instant.",
  })
  since?: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: `Keep the N most recent results per analyte, 1 to ${MAX_LAST}.`,
  })
  last?: number | null;
}
