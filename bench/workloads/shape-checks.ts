/**
 * Every response is checked before it counts: a peer that answers fast with errors, nulls or the
 * wrong patients fails. A problem is described by field names and error codes, never by values.
 */

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null;

/** The `data` of a GraphQL answer, or what is wrong with it (any `errors` entry is wrong). */
export function graphqlData(body: string): { data: Json } | { problem: string } {
  let answer: unknown;
  try {
    answer = JSON.parse(body);
  } catch {
    return { problem: "not JSON" };
  }
  if (!isObject(answer)) return { problem: "not a JSON object" };
  const errors = answer.errors;
  if (Array.isArray(errors) && errors.length > 0) {
    const codes = new Set(
      errors.map((e) => (isObject(e) && isObject(e.extensions) && e.extensions.code) || "no code"),
    );
    return { problem: `errors: ${[...codes].join(", ")}` };
  }
  return isObject(answer.data) ? { data: answer.data } : { problem: "no data" };
}

function missingLists(node: Json, fields: readonly string[]): string | null {
  const missing = fields.filter((f) => !Array.isArray(node[f]));
  return missing.length ? `${missing.join(", ")} not a list` : null;
}

const PATIENT_360_LISTS = [
  "encounters",
  "labResults",
  "vitalSigns",
  "clinicalNotes",
  "imagingStudies",
  "radiologyReports",
] as const;

/** W1 and W4: the one root field holds the asked-for patient with every system's lists. */
export function checkPatient360(data: Json, id: string): string | null {
  const roots = Object.values(data);
  if (roots.length !== 1) return `${roots.length} root fields`;
  const patient = roots[0];
  if (!isObject(patient)) return "patient null";
  if (patient.id !== id) return "wrong patient";
  const name = Object.values(patient).find((v) => isObject(v) && "text" in v) as Json | undefined;
  if (typeof name?.text !== "string") return "name missing";
  return missingLists(patient, PATIENT_360_LISTS);
}

const WARD_LISTS = ["labs", "vitals", "imagingStudies"] as const;

/** W2 and W3: a page of exactly the expected patients, each with its lists and fused fields. */
export function checkWardList(data: Json, firstId: string, count: number): string | null {
  const page = data.patients;
  if (!isObject(page) || !Array.isArray(page.nodes)) return "patients.nodes missing";
  const nodes = page.nodes as unknown[];
  if (nodes.length !== count) return `${nodes.length} patients instead of ${count}`;
  if (!isObject(nodes[0]) || nodes[0].id !== firstId) return "wrong first patient";
  for (const node of nodes) {
    if (!isObject(node) || typeof node.id !== "string") return "patient null";
    const lists = missingLists(node, WARD_LISTS);
    if (lists) return lists;
    if (!isObject(node.features) || !Array.isArray(node.features.features))
      return "features missing";
    if (!isObject(node.assessment) || typeof node.assessment.priority !== "string")
      return "assessment missing";
  }
  return null;
}
