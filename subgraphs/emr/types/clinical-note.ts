import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Coding } from "../../shared/coding";
import { Provenance } from "../../shared/provenance";

/** A clinical or nursing note: FHIR DocumentReference. */
@ObjectType({ description: "A clinical or nursing note (FHIR DocumentReference)." })
@Directive("@shareable")
export class ClinicalNote {
  @Field(() => ID)
  id!: string;

  @Field(() => Coding, {
    description: "LOINC document type; an EMR-local code when Medfuse has no mapping.",
  })
  type!: Coding;

  @Field(() => Date)
  date!: Date;

  @Field(() => String)
  author!: string;

  @Field(() => String)
  text!: string;

  @Field(() => ID, { nullable: true, description: "The HIS encounter the note was written in." })
  encounterId!: string | null;

  @Field(() => Provenance)
  provenance!: Provenance;
}
