/**
 * The gateway's response shaper (gateway/response-shaping.ts) against Apollo's own, on what the
 * real subgraphs answer over the test hospital: every shaping the gateway does while this suite
 * runs is done twice, and the two must agree. Clean answers must take the fast path.
 */
import * as apolloShaping from "@apollo/gateway/dist/resultShaping";
import { apolloComputeResponse, shapeResponse } from "../gateway/response-shaping";
import { W1_QUERY, wardListQuery } from "../bench/workloads/operations";
import { CROSS_SYSTEM_QUERIES, PATIENT_360 } from "./cross-system-queries";
import { introspectedSchema } from "./fault-expectations";
import { startTestGateway, type TestGateway } from "./embedded-gateway";
import { objectType, selectAllFields } from "./select-all-fields";
import { canonicalId } from "./test-hospital";

let gateway: TestGateway;
const shaped: { fast: boolean; agrees: boolean }[] = [];

beforeAll(async () => {
  gateway = await startTestGateway();
  Object.assign(apolloShaping, {
    computeResponse: (args: Parameters<typeof shapeResponse>[0]) => {
      const ours = shapeResponse(args);
      const apollo = apolloComputeResponse(args);
      shaped.push({
        fast: !!ours.data && Object.getPrototypeOf(ours.data) === Object.prototype,
        agrees: JSON.stringify(ours) === JSON.stringify(apollo),
      });
      return ours;
    },
  });
});
afterAll(async () => {
  await gateway?.medfuse.stop();
});

async function answerShapedOnce(query: string, variables?: Record<string, unknown>) {
  shaped.length = 0;
  const { body } = await gateway.post(query, variables);
  expect(shaped).toHaveLength(1);
  expect(shaped[0].agrees).toBe(true);
  return { body, fast: shaped[0].fast };
}

test.each(Object.entries(CROSS_SYSTEM_QUERIES))(
  "%s: the same answer as Apollo's shaper, fast",
  async (_name, q) => {
    const { body, fast } = await answerShapedOnce(q.query, q.variables);
    expect(body.errors).toBeUndefined();
    expect(fast).toBe(true);
  },
);

test("every field of a patient that needs no argument, fused fields included", async () => {
  const schema = await introspectedSchema(gateway.medfuse.url);
  const query = `query ($id: ID!) { patient(id: $id) { ${selectAllFields(objectType(schema, "Patient"), 3)} } }`;
  const { body, fast } = await answerShapedOnce(query, PATIENT_360.variables);
  expect(body.errors).toBeUndefined();
  expect(fast).toBe(true);
  expect(Object.keys(body.data.patient).length).toBeGreaterThan(15);
});

test("the benchmark's patient view and ward lists", async () => {
  for (const [query, variables] of [
    [W1_QUERY, PATIENT_360.variables],
    [wardListQuery(false), { first: 100, asOf: "2026-06-01T08:00:00Z" }],
    [wardListQuery(true), { first: 50, after: null }],
  ] as const) {
    const { body, fast } = await answerShapedOnce(query, variables);
    expect(body.errors).toBeUndefined();
    expect(fast).toBe(true);
  }
});

test("an unknown patient, and a client error, agree too", async () => {
  expect(
    (await answerShapedOnce(`{ patient(id: "${canonicalId(999999)}") { id } }`)).body.data,
  ).toEqual({ patient: null });
  const { body } = await answerShapedOnce(`{ patient(id: "not-an-id") { id } }`);
  expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
});
