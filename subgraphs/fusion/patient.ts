import { Directive, Field, ID, ObjectType } from "type-graphql";
import { AdministrativeGender } from "../shared/administrative-gender";
import {
  ExternalClinicalNote,
  ExternalCondition,
  ExternalEncounter,
  ExternalImagingStudy,
  ExternalLabResult,
  ExternalMedicationRequest,
  ExternalRadiologyReport,
  ExternalVitalSign,
} from "./external/clinical-inputs";

/**
 * The patient as the fusion subgraph sees it: its id, plus the other systems' fields that the
 * gateway hands over when a fused field `@requires` them. Fields that take arguments elsewhere
 * are declared, with those arguments, in patient-inputs.resolver.ts.
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

  @Field(() => [ExternalRadiologyReport], { nullable: true })
  @Directive("@external")
  radiologyReports?: ExternalRadiologyReport[] | null;

  /** Fields below are declared with their arguments by the inputs resolver. */
  medicationRequests?: ExternalMedicationRequest[] | null;
  labResults?: ExternalLabResult[] | null;
  vitalSigns?: ExternalVitalSign[] | null;
  clinicalNotes?: ExternalClinicalNote[] | null;
  imagingStudies?: ExternalImagingStudy[] | null;
}
