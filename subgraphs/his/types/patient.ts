import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Provenance } from "../../shared/provenance";
import { AdministrativeGender } from "../../shared/administrative-gender";
import { HumanName } from "./human-name";

/** The patient, owned by HIS; every other system extends it by `id`. */
@ObjectType({ description: "One patient of one hospital (FHIR Patient); HIS is the owner." })
@Directive('@key(fields: "id")')
export class Patient {
  @Field(() => ID, {
    description: "Canonical id: <hospital code>-<HIS patient id>, e.g. H01-00000042.",
  })
  id!: string;

  @Field(() => HumanName)
  name!: HumanName;

  @Field(() => AdministrativeGender)
  sex!: AdministrativeGender;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD" })
  birthDate!: string | null;

  @Field(() => Provenance)
  provenance!: Provenance;
}
