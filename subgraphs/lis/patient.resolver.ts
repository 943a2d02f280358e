import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ReferenceResolvers } from "../shared/build-federated-schema";
import { badUserInput } from "../shared/errors";
import { LabHistoryScalar, type LabHistoryEntry } from "../shared/fusion-history";
import { FusionInputField } from "../shared/fusion-input-field";
import { checkLast } from "../shared/last-argument";
import { parseCanonicalPatientId } from "../shared/patient-id";
import { labHistoryEntry } from "./lab-history";
import type { LisContext } from "./loaders";
import type { LabResultArgs } from "./mapping";
import { Patient } from "./patient";
import { lisPatientIdOf } from "./patient-id";
import { LabResult } from "./types/lab-result";
import { LabResultsArgs, MAX_LOINC_CODES } from "./types/lab-results-args";

/** `labResults` with every argument at its default. */
const WHOLE_HISTORY: LabResultArgs = { loinc: null, since: null, last: null };

@Resolver(() => Patient)
export class PatientResolver {
  @FieldResolver(() => [LabResult], {
    // Null, not an empty list, when the store cannot answer: the other systems' fields still do.
    nullable: true,
    description:
      "Laboratory results, newest first. `last: N` keeps the N most recent of each analyte: both " +
      "LOINC forms and every local code of one analyte (CREA, CREA2) count together.",
  })
  labResults(
    @Root() patient: Patient,
    @Args(() => LabResultsArgs) { loinc, since, last }: LabResultsArgs,
    @Ctx() ctx: LisContext,
  ): Promise<LabResult[]> {
    checkLast(last);
    if (loinc && loinc.length > MAX_LOINC_CODES) {
      throw badUserInput(`loinc may name at most ${MAX_LOINC_CODES} codes`, "loinc");
    }
    return loadLabResults(
      patient,
      { loinc: loinc ?? null, since: since ?? null, last: last ?? null },
      ctx,
    );
  }

  @FusionInputField(() => LabHistoryScalar, "labResults", { nullable: true })
  async labHistory(@Root() patient: Patient, @Ctx() ctx: LisContext): Promise<LabHistoryEntry[]> {
    return (await loadLabResults(patient, WHOLE_HISTORY, ctx)).map(labHistoryEntry);
  }
}

function loadLabResults(
  patient: Patient,
  args: LabResultArgs,
  { loaders, site }: LisContext,
): Promise<LabResult[]> {
  const patId = lisPatientIdOf(patient.id, site);
  if (patId === null) return Promise.resolve([]);
  return loaders.labResults.with(args).load(patId);
}

/** A representation from the gateway becomes a Patient once its id is well-formed. */
export const lisReferenceResolvers: ReferenceResolvers = {
  Patient: {
    __resolveReference: ({ id }: { id: string }): Patient => {
      parseCanonicalPatientId(id);
      return Object.assign(new Patient(), { id });
    },
  },
};
