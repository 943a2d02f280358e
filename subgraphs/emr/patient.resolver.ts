import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { VitalSignHistoryScalar, type VitalSignHistoryEntry } from "../shared/fusion-history";
import { FusionInputField } from "../shared/fusion-input-field";
import { checkLast, MAX_LAST } from "../shared/last-argument";
import type { EmrContext, HistoryArgs } from "./loaders";
import { Patient } from "./patient";
import { ClinicalNote } from "./types/clinical-note";
import { VitalSign } from "./types/vital-sign";
import { vitalSignHistoryEntry } from "./vital-sign-history";

const SINCE = "Keep only what was recorded at or after this instant.";

/** `vitalSigns` and `clinicalNotes` with every argument at its default. */
const WHOLE_HISTORY: HistoryArgs = { since: null, last: null };

@Resolver(() => Patient)
export class PatientResolver {
  @FieldResolver(() => [VitalSign], {
    // Null, not an empty list, when the store cannot answer: the other systems' fields still do.
    nullable: true,
    description:
      "Vital signs (FHIR Observation, category vital-signs), newest first: one per charted parameter " +
      "of each flowsheet set. `last` keeps the N most recent values of each code, so `last: 1` is the " +
      "latest of every vital sign.",
  })
  vitalSigns(
    @Root() patient: Patient,
    @Ctx() { loaders }: EmrContext,
    @Arg("since", () => Date, { nullable: true, description: SINCE }) since?: Date | null,
    @Arg("last", () => Int, { nullable: true, description: `Per code, 1 to ${MAX_LAST}.` })
    last?: number | null,
  ): Promise<VitalSign[]> {
    return loaders.vitalSigns.with(historyArgs(since, last)).load(patient.id);
  }

  @FieldResolver(() => [ClinicalNote], {
    // Null, not an empty list, when the store cannot answer: the other systems' fields still do.
    nullable: true,
    description: "Clinical and nursing notes (FHIR DocumentReference), newest first.",
  })
  clinicalNotes(
    @Root() patient: Patient,
    @Ctx() { loaders }: EmrContext,
    @Arg("since", () => Date, { nullable: true, description: SINCE }) since?: Date | null,
    @Arg("last", () => Int, {
      nullable: true,
      description: `The N most recent notes, 1 to ${MAX_LAST}.`,
    })
    last?: number | null,
  ): Promise<ClinicalNote[]> {
    return loaders.clinicalNotes.with(historyArgs(since, last)).load(patient.id);
  }

  @FusionInputField(() => VitalSignHistoryScalar, "vitalSigns", { nullable: true })
  async vitalSignHistory(
    @Root() patient: Patient,
    @Ctx() { loaders }: EmrContext,
  ): Promise<VitalSignHistoryEntry[]> {
    return (await loaders.vitalSigns.with(WHOLE_HISTORY).load(patient.id)).map(
      vitalSignHistoryEntry,
    );
  }

  @FusionInputField(() => [ClinicalNote], "clinicalNotes", { nullable: true })
  clinicalNoteHistory(
    @Root() patient: Patient,
    @Ctx() { loaders }: EmrContext,
  ): Promise<ClinicalNote[]> {
    return loaders.clinicalNotes.with(WHOLE_HISTORY).load(patient.id);
  }
}

function historyArgs(since: Date | null | undefined, last: number | null | undefined): HistoryArgs {
  return { since: since ?? null, last: checkLast(last) };
}
