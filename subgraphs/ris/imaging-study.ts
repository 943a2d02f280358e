import { Directive, Field, ObjectType } from "type-graphql";

/**
 * The PACS entity, as much of it as RIS knows: RIS and PACS share nothing but the accession
 * number, so this stub is keyed by it and PACS resolves the rest.
 */
@ObjectType({ description: "A DICOM imaging study (FHIR ImagingStudy), owned by PACS." })
@Directive('@key(fields: "accessionNumber")')
export class ImagingStudy {
  @Field(() => String)
  accessionNumber!: string;
}
