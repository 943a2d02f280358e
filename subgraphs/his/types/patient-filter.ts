import { Field, InputType } from "type-graphql";
import { AdministrativeGender } from "../../shared/administrative-gender";

@InputType({ description: "Narrows Query.patients; every given condition must hold." })
export class PatientFilter {
  @Field(() => String, {
    nullable: true,
    description: "Part of the family or given name, any case.",
  })
  name?: string;

  @Field(() => AdministrativeGender, { nullable: true })
  sex?: AdministrativeGender;

  @Field(() => String, { nullable: true, description: "Born on or after, YYYY-MM-DD." })
  birthDateFrom?: string;

  @Field(() => String, { nullable: true, description: "Born on or before, YYYY-MM-DD." })
  birthDateTo?: string;

  @Field(() => String, {
    nullable: true,
    description: "ICD-10 code prefix of any diagnosis, e.g. E11 or N18.4.",
  })
  diagnosisCode?: string;
}
