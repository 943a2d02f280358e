/**
 * The GraphQL operations of the workloads, and the arguments the floor mirrors, in one place so
 * the two can never drift. `operationName` starts with the workload's name: the floor routes on it.
 */

/** W1's history limits: a clinician's first screen, not the whole chart. */
export const PATIENT_360_LIMITS = { labs: 3, vitals: 3, notes: 5 } as const;

/** The fields of one patient in W1 (and, aliased, W4). `nameAlias` varies the text for W4. */
function patient360Selection(nameAlias = "name"): string {
  const { labs, vitals, notes } = PATIENT_360_LIMITS;
  return `{
    id ${nameAlias === "name" ? "" : `${nameAlias}: `}name { text } birthDate sex
    encounters { id class { code } period { start end } status department { display } }
    labResults(last: ${labs}) { id code { code display } value { value unit } valueText effectiveDateTime }
    vitalSigns(last: ${vitals}) { id code { code display } value { value unit } effectiveDateTime }
    clinicalNotes(last: ${notes}) { id type { display } date author }
    imagingStudies { uid started modalities { code } description numberOfInstances }
    radiologyReports { id status issued conclusion }
  }`;
}

export const W0_QUERY = "query W0 { __typename }";

export const W1_QUERY = `query W1($id: ID!) { patient(id: $id) ${patient360Selection()} }`;

/** One of W4's many texts: W1 with its root field and one nested field renamed. */
export function w4Query(salt: string, variant: number): string {
  const tag = `${salt}_${variant}`;
  return `query W4_${tag}($id: ID!) { p_${tag}: patient(id: $id) ${patient360Selection(`n_${tag}`)} }`;
}

/**
 * The ward list: W2 keeps the latest labs; W3 (`deep`) takes every lab in the history. The lists
 * keep the aliases they had when the fused fields required `labResults` itself, which an
 * un-aliased `labResults(last: 1)` shared its response name with, so that gateways handed fusion
 * the truncated list. Fusion now requires the `@inaccessible` `labHistory` and `vitalSignHistory`
 * (subgraphs/fusion/README.md), so un-aliased lists are as safe; the aliases stay so that the
 * operation texts, and so the measurements, stay comparable with earlier runs.
 */
export function wardListQuery(deep: boolean): string {
  const labs = deep ? "labResults" : "labResults(last: 1)";
  return `query ${deep ? "W3" : "W2"}($first: Int!, $after: String, $asOf: DateTime) {
  patients(first: $first, after: $after) {
    nodes {
      id name { text } birthDate sex
      labs: ${labs} { id code { code display } value { value unit } effectiveDateTime }
      vitals: vitalSigns(last: 1) { id code { code } value { value unit } effectiveDateTime }
      imagingStudies { uid started modalities { code } }
      features(asOf: $asOf) { features { name value valueText unit observedAt system recordId } }
      assessment(asOf: $asOf) { priority concerns { concern level supportingSystems } }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;
}
