import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { ageInYears } from "../../clinical/age";
import { FusionInputField } from "../shared/fusion-input-field";
import { patientNumberAtSite } from "../shared/patient-id";
import type { HospitalSite } from "../subgraph";
import type { HisContext } from "./loaders";
import { hisPatientId } from "./patient-id";
import { encodeCursor, nativePatientSearch } from "./patient-search";
import { AllergyIntolerance } from "./types/allergy-intolerance";
import { Condition } from "./types/condition";
import { Encounter } from "./types/encounter";
import { MedicationRequestStatus } from "../shared/medication-request-status";
import { MedicationRequest } from "./types/medication-request";
import { Patient } from "./types/patient";
import { PatientConnection } from "./types/patient-connection";
import { PatientFilter } from "./types/patient-filter";

/** Loads a patient by canonical id: null for another hospital's id or an unknown patient. */
export function loadPatient(
  id: string,
  ctx: HisContext & { site: HospitalSite },
): Promise<Patient | null> {
  const number = patientNumberAtSite(id, ctx.site);
  return number === null ? Promise.resolve(null) : ctx.loaders.patient.load(hisPatientId(number));
}

type Ctx = HisContext & { site: HospitalSite };
const hisId = (patient: Patient, ctx: Ctx) =>
  hisPatientId(patientNumberAtSite(patient.id, ctx.site) ?? -1);

@Resolver(() => Patient)
export class PatientResolver {
  @Query(() => Patient, {
    nullable: true,
    description: "One patient by canonical id; null when unknown.",
  })
  patient(@Arg("id", () => ID) id: string, @Ctx() ctx: Ctx): Promise<Patient | null> {
    return loadPatient(id, ctx);
  }

  @Query(() => PatientConnection, {
    description: "Patients in HIS id order, filtered and paginated.",
  })
  async patients(
    @Arg("first", () => Int, { defaultValue: 20, description: "Page size, 1 to 1000." })
    first: number,
    @Arg("after", () => String, { nullable: true }) after: string | undefined,
    @Arg("filter", () => PatientFilter, { nullable: true }) filter: PatientFilter | undefined,
    @Ctx() ctx: Ctx,
  ): Promise<PatientConnection> {
    const search = nativePatientSearch(first, after ?? undefined, filter ?? undefined);
    const rows = await ctx.source.searchPatients(search);
    const page = rows.slice(0, first);
    for (const row of page) ctx.loaders.patient.prime(row.PATIENT_ID, ctx.map.patient(row));
    const last = page[page.length - 1];
    return {
      nodes: page.map((r) => ctx.map.patient(r)),
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: last ? encodeCursor(last.PATIENT_ID) : null,
      },
      countMatches: () => ctx.source.countPatients(search),
    };
  }

  @FieldResolver(() => Int, { nullable: true, description: "Whole years at `asOf` (default now)." })
  age(
    @Root() patient: Patient,
    @Arg("asOf", () => Date, { nullable: true }) asOf: Date | undefined,
    @Ctx() ctx: Ctx,
  ) {
    return patient.birthDate
      ? ageInYears(patient.birthDate, asOf ?? new Date(), ctx.site.timeZone)
      : null;
  }

  @FieldResolver(() => [Encounter], { description: "Visits, newest first." })
  encounters(@Root() patient: Patient, @Ctx() ctx: Ctx) {
    return ctx.loaders.encounters.load(hisId(patient, ctx));
  }

  @FieldResolver(() => [Condition], { description: "Diagnoses, newest first." })
  conditions(@Root() patient: Patient, @Ctx() ctx: Ctx) {
    return ctx.loaders.conditions.load(hisId(patient, ctx));
  }

  @FieldResolver(() => [MedicationRequest], { description: "Medication orders, newest first." })
  medicationRequests(
    @Root() patient: Patient,
    @Arg("status", () => MedicationRequestStatus, { nullable: true })
    status: MedicationRequestStatus | undefined,
    @Ctx() ctx: Ctx,
  ) {
    return ctx.loaders.medicationRequests.with(status ?? null).load(hisId(patient, ctx));
  }

  @FusionInputField(() => [MedicationRequest], "medicationRequests")
  medicationRequestHistory(@Root() patient: Patient, @Ctx() ctx: Ctx) {
    return ctx.loaders.medicationRequests.with(null).load(hisId(patient, ctx));
  }

  @FieldResolver(() => [AllergyIntolerance])
  allergies(@Root() patient: Patient, @Ctx() ctx: Ctx) {
    return ctx.loaders.allergies.load(hisId(patient, ctx));
  }
}

@Resolver(() => PatientConnection)
export class PatientConnectionResolver {
  @FieldResolver(() => Int, { description: "Patients matching the filter, over all pages." })
  totalCount(@Root() connection: PatientConnection): Promise<number> {
    return connection.countMatches();
  }
}
