import { Field, ID, Int, ObjectType } from "type-graphql";
import { Coding } from "../../shared/coding";
import { Provenance } from "../../shared/provenance";

@ObjectType({ description: "One series of an imaging study (FHIR ImagingStudy.series)." })
export class ImagingSeries {
  @Field(() => ID, { description: "SeriesInstanceUID." })
  uid!: string;

  @Field(() => Int, { nullable: true, description: "SeriesNumber." })
  number!: number | null;

  @Field(() => Coding, { nullable: true, description: "Modality, a DICOM DCM code (CID 29)." })
  modality!: Coding | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Int)
  numberOfInstances!: number;

  @Field(() => Coding, {
    nullable: true,
    description:
      "BodyPartExamined as SNOMED CT; a term without mapping keeps system urn:medfuse:pacs:BodyPartExamined.",
  })
  bodySite!: Coding | null;

  @Field(() => Provenance, { description: "The series record (table series, SeriesInstanceUID)." })
  provenance!: Provenance;
}
