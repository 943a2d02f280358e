import { Field, ID, ObjectType } from "type-graphql";
import { Coding } from "../../shared/coding";
import { Provenance } from "../../shared/provenance";
import { ImagingStudy } from "../imaging-study";

/** FHIR DiagnosticReport status codes a RIS exam can be in. */
export type RadiologyReportStatus =
  "registered" | "preliminary" | "final" | "cancelled" | "unknown";

@ObjectType({
  description:
    "A radiology exam and its report (FHIR DiagnosticReport, category RAD). Exists from the request on; status registered until a radiologist reports it.",
})
export class RadiologyReport {
  @Field(() => ID, { description: "The RIS exam request id." })
  id!: string;

  @Field(() => String, {
    description: "registered, preliminary, final, cancelled or unknown (FHIR).",
  })
  status!: RadiologyReportStatus;

  @Field(() => Coding, { description: "RAD, from HL7 v2 table 0074." })
  category!: Coding;

  @Field(() => Coding, { description: "The RIS local procedure code (urn:medfuse:ris:procedure)." })
  code!: Coding;

  @Field(() => String, { description: "DICOM modality code, e.g. CT, CR, MR, US." })
  modality!: string;

  @Field(() => String, { nullable: true, description: "Body part examined, as RIS records it." })
  bodySite!: string | null;

  @Field(() => String, { description: "Links the exam to its PACS study." })
  accessionNumber!: string;

  @Field(() => Date, { nullable: true, description: "When the exam was requested." })
  requestedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "Why the exam was requested." })
  reason!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: "When the report was issued; null until reported.",
  })
  issued!: Date | null;

  @Field(() => String, { nullable: true, description: "The reporting radiologist." })
  performer!: string | null;

  @Field(() => String, { nullable: true })
  findings!: string | null;

  @Field(() => String, { nullable: true, description: "The impression." })
  conclusion!: string | null;

  @Field(() => ImagingStudy, {
    nullable: true,
    description: "The PACS study, once the exam has been performed.",
  })
  imagingStudy!: ImagingStudy | null;

  @Field(() => Provenance, {
    description: "The report row once reported, else the request row; value is the native status.",
  })
  provenance!: Provenance;
}
