/**
 * What each fused field asks the gateway to fetch from the other systems (`@requires`). The
 * selections take no arguments tied to `asOf`, which they cannot see: fusion receives each
 * system's whole relevant history and applies the point in time itself. Histories whose public
 * field takes arguments come through their argument-less twins (`labHistory`, not
 * `labResults`): a client's `labResults(last: 1)` in the same query would otherwise share the
 * response name, and the planner would hand fusion the truncated list.
 */

const PROVENANCE = "provenance { system table recordId value unit time }";

export const REQUIRED = {
  demographics: "birthDate sex",
  encounters: "encounters { id class { code } period { start end } }",
  conditions: "conditions { id code { system code display } encounterId recordedDate }",
  medicationRequestHistory:
    "medicationRequestHistory { id medication { system code display } validityPeriod { start end } }",
  // Compact JSON scalars (shared/fusion-history.ts): no selection.
  labHistory: "labHistory",
  vitalSignHistory: "vitalSignHistory",
  clinicalNoteHistory: "clinicalNoteHistory { id type { system code display } date }",
  imagingStudyHistory:
    "imagingStudyHistory { uid accessionNumber started modalities { code } description }",
  radiologyReports: `radiologyReports { id status accessionNumber modality requestedAt issued conclusion ${PROVENANCE} }`,
} as const;

export type RequiredInput = keyof typeof REQUIRED;

/** The `@requires` directive for a fused field that reads these inputs. */
export function requires(...inputs: RequiredInput[]): string {
  const fields = inputs.map((i) => REQUIRED[i]).join(" ");
  return `@requires(fields: ${JSON.stringify(fields)})`;
}
