/**
 * The other systems' types as the fusion subgraph sees them: only the fields it reads, all
 * `@external` (owned and resolved by HIS, LIS, EMR, PACS and RIS).
 */
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Coding } from "../../shared/coding";
import { Period } from "../../shared/period";
import { Provenance } from "../../shared/provenance";

@ObjectType("Encounter")
@Directive("@external")
export class ExternalEncounter {
  @Field(() => ID) id!: string;
  @Field(() => Coding) class!: Coding;
  @Field(() => Period) period!: Period;
}

@ObjectType("Condition")
@Directive("@external")
export class ExternalCondition {
  @Field(() => ID) id!: string;
  @Field(() => Coding) code!: Coding;
  @Field(() => String) encounterId!: string;
  @Field(() => Date, { nullable: true }) recordedDate!: Date | null;
}

@ObjectType("MedicationRequest")
@Directive("@external")
export class ExternalMedicationRequest {
  @Field(() => ID) id!: string;
  @Field(() => Coding) medication!: Coding;
  @Field(() => Period) validityPeriod!: Period;
}

@ObjectType("ClinicalNote")
@Directive("@external")
export class ExternalClinicalNote {
  @Field(() => ID) id!: string;
  @Field(() => Coding) type!: Coding;
  @Field(() => Date) date!: Date;
}

@ObjectType("ImagingStudy")
@Directive('@key(fields: "uid", resolvable: false)')
export class ExternalImagingStudy {
  @Field(() => ID) uid!: string;
  @Field(() => String, { nullable: true }) @Directive("@external") accessionNumber!: string | null;
  @Field(() => Date, { nullable: true }) @Directive("@external") started!: Date | null;
  @Field(() => [Coding]) @Directive("@external") modalities!: Coding[];
  @Field(() => String, { nullable: true }) @Directive("@external") description!: string | null;
}

@ObjectType("RadiologyReport")
@Directive("@external")
export class ExternalRadiologyReport {
  @Field(() => ID) id!: string;
  @Field(() => String) status!: string;
  @Field(() => String) accessionNumber!: string;
  @Field(() => String) modality!: string;
  @Field(() => Date, { nullable: true }) requestedAt!: Date | null;
  @Field(() => Date, { nullable: true }) issued!: Date | null;
  @Field(() => String, { nullable: true }) conclusion!: string | null;
  @Field(() => Provenance) provenance!: Provenance;
}
