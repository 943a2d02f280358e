import { Directive, Field, ID, ObjectType } from "type-graphql";
import { AdministrativeGender } from "../shared/administrative-gender";
import {
  LabHistoryScalar,
  VitalSignHistoryScalar,
  type LabHistoryEntry,
  type VitalSignHistoryEntry,
} from "../shared/fusion-history";
import {
  ExternalClinicalNote,
  ExternalCondition,
  ExternalEncounter,
  ExternalImagingStudy,
  ExternalMedicationRequest,
  ExternalRadiologyReport,
} from "./external/clinical-inputs";

/**
 * The patient as the fusion subgraph sees it: its id, plus the other systems' fields that the
 * gateway hands over when a fused field `@requires` them. Where a system's public field takes
 * arguments (`labResults(last:)`), fusion reads its argument-less whole-history twin instead
 * (`labHistory`), which the owning subgraph hides from clients (shared/fusion-input-field.ts).
 * The two bulk histories, labs and vital signs, arrive as compact JSON scalars
 * (shared/fusion-history.ts).
 */
@ObjectType()
@Directive('@key(fields: "id")')
export class Patient {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @Directive("@external")
  birthDate?: string | null;

  @Field(() => AdministrativeGender)
  @Directive("@external")
  sex?: AdministrativeGender | null;

  @Field(() => [ExternalEncounter])
  @Directive("@external")
  encounters?: ExternalEncounter[] | null;

  @Field(() => [ExternalCondition])
  @Directive("@external")
  conditions?: ExternalCondition[] | null;

  @Field(() => [ExternalMedicationRequest])
  @Directive("@external")
  medicationRequestHistory?: ExternalMedicationRequest[] | null;

  @Field(() => LabHistoryScalar, { nullable: true })
  @Directive("@external")
  labHistory?: LabHistoryEntry[] | null;

  @Field(() => VitalSignHistoryScalar, { nullable: true })
  @Directive("@external")
  vitalSignHistory?: VitalSignHistoryEntry[] | null;

  @Field(() => [ExternalClinicalNote], { nullable: true })
  @Directive("@external")
  clinicalNoteHistory?: ExternalClinicalNote[] | null;

  @Field(() => [ExternalImagingStudy], { nullable: true })
  @Directive("@external")
  imagingStudyHistory?: ExternalImagingStudy[] | null;

  @Field(() => [ExternalRadiologyReport], { nullable: true })
  @Directive("@external")
  radiologyReports?: ExternalRadiologyReport[] | null;
}
