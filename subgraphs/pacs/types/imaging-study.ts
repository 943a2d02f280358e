import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Coding } from "../../shared/coding";
import { Provenance } from "../../shared/provenance";

/**
 * A DICOM study as the PACS archives it. PACS owns it; RIS references it by accession number.
 * `series`, `bodySite` and `patient` are resolved by ImagingStudyResolver.
 */
@ObjectType({ description: "A DICOM imaging study (FHIR ImagingStudy), owned by PACS." })
@Directive('@key(fields: "uid")')
@Directive('@key(fields: "accessionNumber")')
export class ImagingStudy {
  @Field(() => ID, { description: "StudyInstanceUID." })
  uid!: string;

  @Field(() => Coding, {
    description: "The study UID as a FHIR identifier: system urn:dicom:uid, code urn:oid:<uid>.",
  })
  identifier!: Coding;

  @Field(() => String, {
    nullable: true,
    description: "AccessionNumber: the link to the RIS exam and report.",
  })
  accessionNumber!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: "StudyDate and StudyTime, read in the hospital's zone.",
  })
  started!: Date | null;

  @Field(() => [Coding], { description: "ModalitiesInStudy, DICOM DCM codes (CID 29)." })
  modalities!: Coding[];

  @Field(() => String, { nullable: true, description: "StudyDescription." })
  description!: string | null;

  @Field(() => Int)
  numberOfSeries!: number;

  @Field(() => Int)
  numberOfInstances!: number;

  @Field(() => Provenance, {
    description: "The study record: table study, StudyInstanceUID, time as `DA TM`.",
  })
  provenance!: Provenance;

  /** PatientID as the PACS wrote it (site-prefixed); read by the `patient` field. */
  pacsPatientId!: string | null;
}
