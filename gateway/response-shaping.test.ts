/**
 * The shaper against Apollo's own `computeResponse`, over the committed supergraph's client
 * schema, on merged data written by hand: clean answers take the fast path and equal Apollo's;
 * answers that need errors are Apollo's exactly.
 */
import { operationFromDocument, Supergraph } from "@apollo/federation-internals";
import { parse } from "graphql";
import { readFileSync } from "node:fs";
import { SUPERGRAPH_PATH } from "./project-paths";
import { apolloComputeResponse, shapeResponse } from "./response-shaping";

const apiSchema = Supergraph.build(readFileSync(SUPERGRAPH_PATH, "utf8")).apiSchema();

function shapeBoth(query: string, input: Record<string, unknown>, variables = {}) {
  const args = {
    operation: operationFromDocument(apiSchema, parse(query)),
    variables,
    input,
    introspectionHandling: () => ({ introspected: true }),
  };
  const outcome = (shape: typeof shapeResponse) => {
    try {
      const { data, errors } = shape(args);
      return {
        fast: data ? Object.getPrototypeOf(data) === Object.prototype : false,
        json: JSON.stringify({ data, errors }),
      };
    } catch (error) {
      return { fast: false, json: `threw ${(error as Error).message}` };
    }
  };
  const ours = outcome(shapeResponse);
  const apollo = outcome(apolloComputeResponse);
  expect(ours.json).toEqual(apollo.json);
  return { fast: ours.fast, answer: ours.json };
}

const patient = (fields: Record<string, unknown>) => ({
  patient: { __typename: "Patient", id: "H01-00000001", ...fields },
});

test("a clean answer takes the fast path: fields picked by response name, extras dropped", () => {
  const { fast, answer } = shapeBoth(
    `query ($id: ID!) { patient(id: $id) { id sex name { text } first: labResults(last: 1) { id value { value unit } } } }`,
    patient({
      sex: "female",
      name: { text: "Ada Lovelace", family: "Lovelace" },
      first: [{ id: "lab-1", value: { value: 5.2, unit: "mmol/L" }, labHistoryOnly: 1 }],
      labHistory: "[not asked]",
    }),
    { id: "H01-00000001" },
  );
  expect(fast).toBe(true);
  expect(JSON.parse(answer).data).toEqual({
    patient: {
      id: "H01-00000001",
      sex: "female",
      name: { text: "Ada Lovelace" },
      first: [{ id: "lab-1", value: { value: 5.2, unit: "mmol/L" } }],
    },
  });
});

test("__typename and its aliases, fragments, @skip and @include, names of Object.prototype", () => {
  const query = `query ($yes: Boolean!, $no: Boolean!) {
    __typename
    constructor: patient(id: "H01-00000001") {
      kind: __typename __typename toString: sex
      id @include(if: $yes) birthDate @include(if: $no) age @skip(if: $yes)
      ... on Patient { name { text } }
      ... @skip(if: $no) { name { family } }
      ...Names
    }
  }
  fragment Names on Patient { name { given } }`;
  const input = {
    constructor: {
      __typename: "Patient",
      id: "H01-00000001",
      toString: "male",
      birthDate: "1970-01-01",
      age: 56,
      name: { text: "Alan Turing", family: "Turing", given: ["Alan"] },
    },
  };
  const { fast, answer } = shapeBoth(query, input, { yes: true, no: false });
  expect(fast).toBe(true);
  expect(JSON.parse(answer).data).toEqual({
    __typename: "Query",
    constructor: {
      kind: "Patient",
      __typename: "Patient",
      toString: "male",
      id: "H01-00000001",
      name: { text: "Alan Turing", family: "Turing", given: ["Alan"] },
    },
  });
});

test("a field answered twice merges into one object, in the order first asked", () => {
  const { fast, answer } = shapeBoth(
    `{ patient(id: "H01-00000001") { name { text } id name { family } } }`,
    patient({ name: { text: "Grace Hopper", family: "Hopper" } }),
  );
  expect(fast).toBe(true);
  expect(answer).toBe(
    JSON.stringify({
      data: { patient: { name: { text: "Grace Hopper", family: "Hopper" }, id: "H01-00000001" } },
      errors: [],
    }),
  );
});

test("nullable values stay null, an unknown patient is null, introspection is Apollo's handler's", () => {
  expect(
    shapeBoth(
      `{ patient(id: "H01-1") { id birthDate labResults { id } } }`,
      patient({ birthDate: null, labResults: null }),
    ).fast,
  ).toBe(true);
  expect(shapeBoth(`{ patient(id: "H01-9") { id } }`, { patient: null }).fast).toBe(true);
  const { answer } = shapeBoth(
    `{ __schema { queryType { name } } patient(id: "H01-1") { id } }`,
    patient({}),
  );
  expect(JSON.parse(answer).data.__schema).toEqual({ introspected: true });
});

test.each([
  [
    "a null where the schema forbids one",
    `{ patient(id: "H01-1") { id name { text } } }`,
    patient({ name: null }),
  ],
  ["a missing non-null value", `{ patient(id: "H01-1") { id sex } }`, patient({})],
  [
    "an enum value the client schema does not have",
    `{ patient(id: "H01-1") { sex } }`,
    patient({ sex: "dragon" }),
  ],
  ["a fraction for an Int", `{ patient(id: "H01-1") { age } }`, patient({ age: 56.5 })],
  ["a string for an Int", `{ patient(id: "H01-1") { age } }`, patient({ age: "56" })],
  [
    "a number for a String",
    `{ patient(id: "H01-1") { birthDate name { text } } }`,
    patient({ name: { text: 42 } }),
  ],
  [
    "an unknown __typename",
    `{ patient(id: "H01-1") { id } }`,
    { patient: { __typename: "Dragon", id: "x" } },
  ],
  [
    "an object for a list",
    `{ patient(id: "H01-1") { labResults { id } } }`,
    patient({ labResults: { id: "x" } }),
  ],
  [
    "a non-null element missing from a list",
    `{ patient(id: "H01-1") { labResults { id } } }`,
    patient({ labResults: [null] }),
  ],
])("%s: Apollo's data and errors", (_case, query, input) => {
  expect(shapeBoth(query, input).fast).toBe(false);
});
