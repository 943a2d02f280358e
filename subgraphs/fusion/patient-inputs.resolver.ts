/**
 * Declares the external fields that take arguments in their own subgraphs: Federation needs the
 * same arguments here, and type-graphql declares arguments only on resolvers. Each resolver
 * hands back what the gateway sent in the entity representation.
 */
import { Arg, Directive, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { MedicationRequestStatus } from "../shared/medication-request-status";
import {
  ExternalClinicalNote,
  ExternalImagingStudy,
  ExternalLabResult,
  ExternalMedicationRequest,
  ExternalVitalSign,
} from "./external/clinical-inputs";
import { Patient } from "./patient";

@Resolver(() => Patient)
export class PatientInputsResolver {
  @FieldResolver(() => [ExternalMedicationRequest])
  @Directive("@external")
  medicationRequests(
    @Root() patient: Patient,
    @Arg("status", () => MedicationRequestStatus, { nullable: true })
    _status?: MedicationRequestStatus,
  ) {
    return patient.medicationRequests;
  }

  @FieldResolver(() => [ExternalLabResult], { nullable: true })
  @Directive("@external")
  labResults(
    @Root() patient: Patient,
    @Arg("loinc", () => [String], { nullable: true }) _loinc?: string[],
    @Arg("since", () => Date, { nullable: true }) _since?: Date,
    @Arg("last", () => Int, { nullable: true }) _last?: number,
  ) {
    return patient.labResults;
  }

  @FieldResolver(() => [ExternalVitalSign], { nullable: true })
  @Directive("@external")
  vitalSigns(
    @Root() patient: Patient,
    @Arg("since", () => Date, { nullable: true }) _since?: Date,
    @Arg("last", () => Int, { nullable: true }) _last?: number,
  ) {
    return patient.vitalSigns;
  }

  @FieldResolver(() => [ExternalClinicalNote], { nullable: true })
  @Directive("@external")
  clinicalNotes(
    @Root() patient: Patient,
    @Arg("since", () => Date, { nullable: true }) _since?: Date,
    @Arg("last", () => Int, { nullable: true }) _last?: number,
  ) {
    return patient.clinicalNotes;
  }

  @FieldResolver(() => [ExternalImagingStudy], { nullable: true })
  @Directive("@external")
  imagingStudies(
    @Root() patient: Patient,
    @Arg("modality", () => String, { nullable: true }) _modality?: string,
    @Arg("since", () => Date, { nullable: true }) _since?: Date,
  ) {
    return patient.imagingStudies;
  }
}
