/**
 * Early entity fetches with Apollo Gateway's own planner and executor over the committed
 * supergraph, in front of scripted subgraphs that log when each request starts and ends.
 */
import { ApolloGateway, type GraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { readFileSync } from "node:fs";
import { EarlyFetcher } from "./early-fetches";
import { SUPERGRAPH_PATH } from "./project-paths";

type Variables = Record<string, any>;

/** HIS answers the patient under its canonical id (the number padded), or null when unknown. */
const canonical = (id: string) =>
  id.replace(/-(\d+)$/, (_m, n: string) => `-${n.padStart(8, "0")}`);
const HIS_DELAY_MS = 40;

interface Harness {
  readonly log: string[];
  /** Requests each subgraph answered, by name. */
  readonly requests: Map<string, Variables[]>;
  run(query: string, variables?: Variables): Promise<any>;
  stop(): Promise<void>;
}

interface Setting {
  readonly early: boolean;
  readonly unknown?: boolean;
  /** A subgraph this busy gets no early fetch (EarlyFetcher's busyAt). */
  readonly busyAt?: number;
  readonly lisDelayMs?: number;
}

async function harness(options: Setting): Promise<Harness> {
  const log: string[] = [];
  const requests = new Map<string, Variables[]>();
  const scripted = (name: string): GraphQLDataSource => ({
    async process({ request }) {
      const variables = (request.variables ?? {}) as Variables;
      requests.set(name, [...(requests.get(name) ?? []), variables]);
      log.push(`${name} sent`);
      let data: Record<string, unknown>;
      if (name === "his") {
        await new Promise((resolve) => setTimeout(resolve, HIS_DELAY_MS));
        // Fetch texts come printed without spaces: `{p:patient(id:"H01-5"){__typename id}}`.
        const query = request.query ?? "";
        const [, alias, literal] = /(?:(\w+):)?patient\(id:(?:"([^"]+)")?/.exec(query) ?? [];
        const id = (variables.id as string | undefined) ?? literal;
        data = id
          ? {
              [alias ?? "patient"]: options.unknown
                ? null
                : { __typename: "Patient", id: canonical(id) },
            }
          : { patients: { nodes: [{ __typename: "Patient", id: "H01-00000001" }] } };
      } else {
        if (name === "lis" && options.lisDelayMs)
          await new Promise((resolve) => setTimeout(resolve, options.lisDelayMs));
        const entities = (variables.representations as { id: string }[]).map(({ id }) =>
          name === "lis"
            ? { labResults: [{ id: `lab of ${id}` }] }
            : { imagingStudies: [{ uid: `study of ${id}` }] },
        );
        data = { _entities: entities };
      }
      log.push(`${name} answered`);
      return { data };
    },
  });
  const early = new EarlyFetcher({ busyAt: options.busyAt });
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_PATH, "utf8"),
    buildService: ({ name }) => (options.early ? early.wrap(name, scripted(name)) : scripted(name)),
    experimental_didResolveQueryPlan: options.early ? early.didResolveQueryPlan : undefined,
  });
  const server = new ApolloServer({ gateway });
  await server.start();
  return {
    log,
    requests,
    run: async (query, variables) => {
      log.length = 0;
      requests.clear();
      const response = await server.executeOperation({ query, variables });
      if (response.body.kind !== "single") throw new Error("expected a single result");
      return response.body.singleResult;
    },
    stop: () => server.stop(),
  };
}

const PATIENT_VIEW = `query View($id: ID!) {
  patient(id: $id) { id labResults(last: 1) { id } imagingStudies { uid } }
}`;

let withEarly: Harness;
let withoutEarly: Harness;
beforeAll(async () => {
  withEarly = await harness({ early: true });
  withoutEarly = await harness({ early: false });
});
afterAll(async () => {
  await withEarly?.stop();
  await withoutEarly?.stop();
});

test("a patient view asks LIS and PACS while HIS is still answering, once each", async () => {
  const result = await withEarly.run(PATIENT_VIEW, { id: "H01-00000042" });
  expect(result).toEqual(await withoutEarly.run(PATIENT_VIEW, { id: "H01-00000042" }));
  expect(result.data.patient.labResults).toEqual([{ id: "lab of H01-00000042" }]);
  const hisAnswered = withEarly.log.indexOf("his answered");
  expect(withEarly.log.indexOf("lis sent")).toBeLessThan(hisAnswered);
  expect(withEarly.log.indexOf("pacs sent")).toBeLessThan(hisAnswered);
  expect(withEarly.requests.get("lis")).toHaveLength(1);
  expect(withEarly.requests.get("pacs")).toHaveLength(1);
  // Without early fetches, the same plan waits for HIS first.
  expect(withoutEarly.log.indexOf("lis sent")).toBeGreaterThan(
    withoutEarly.log.indexOf("his answered"),
  );
});

test("an id HIS answers in another form: the early answers are dropped, the plan asks again", async () => {
  const result = await withEarly.run(PATIENT_VIEW, { id: "H01-42" });
  expect(result).toEqual(await withoutEarly.run(PATIENT_VIEW, { id: "H01-42" }));
  expect(result.data.patient).toEqual({
    id: "H01-00000042",
    labResults: [{ id: "lab of H01-00000042" }],
    imagingStudies: [{ uid: "study of H01-00000042" }],
  });
  const lis = withEarly.requests.get("lis")!.map((v) => v.representations[0].id);
  expect(lis).toEqual(["H01-42", "H01-00000042"]);
});

test("an unknown patient: null, no errors, the early answers unread", async () => {
  const unknown = await harness({ early: true, unknown: true });
  try {
    const result = await unknown.run(PATIENT_VIEW, { id: "H01-99999999" });
    expect(result).toEqual({ data: { patient: null } });
    expect(unknown.requests.get("lis")).toHaveLength(1);
  } finally {
    await unknown.stop();
  }
});

test("an id written in the operation text is predicted too, under an alias", async () => {
  const query = `{ p: patient(id: "H01-00000005") { id labResults(last: 1) { id } } }`;
  const result = await withEarly.run(query);
  expect(result).toEqual({
    data: { p: { id: "H01-00000005", labResults: [{ id: "lab of H01-00000005" }] } },
  });
  expect(withEarly.log.indexOf("lis sent")).toBeLessThan(withEarly.log.indexOf("his answered"));
  expect(withEarly.requests.get("lis")).toHaveLength(1);
});

test("a ward list has no key in its arguments: LIS waits for HIS's page", async () => {
  const result = await withEarly.run(
    `{ patients(first: 1) { nodes { id labResults(last: 1) { id } } } }`,
  );
  expect(result.data.patients.nodes).toEqual([
    { id: "H01-00000001", labResults: [{ id: "lab of H01-00000001" }] },
  ]);
  expect(withEarly.log.indexOf("lis sent")).toBeGreaterThan(withEarly.log.indexOf("his answered"));
  expect(withEarly.requests.get("lis")).toHaveLength(1);
});

test("a subgraph busy with the gateway's requests gets no early fetch", async () => {
  const busy = await harness({ early: true, busyAt: 1, lisDelayMs: 100 });
  try {
    const views = ["H01-00000001", "H01-00000002"].map((id) => busy.run(PATIENT_VIEW, { id }));
    const [first, second] = await Promise.all(views);
    expect(first.data.patient.labResults).toEqual([{ id: "lab of H01-00000001" }]);
    expect(second.data.patient.labResults).toEqual([{ id: "lab of H01-00000002" }]);
    // The first view's early LIS fetch is still in flight when the second is planned: the
    // second asks LIS only once HIS has answered it. PACS, idle, is asked early both times.
    const sent = busy.log.map((line, i) => [line, i] as const);
    const lis = sent.filter(([line]) => line === "lis sent").map(([, i]) => i);
    const hisAnswered = busy.log.indexOf("his answered");
    expect(lis).toHaveLength(2);
    expect(lis[0]).toBeLessThan(hisAnswered);
    expect(lis[1]).toBeGreaterThan(hisAnswered);
    expect(busy.requests.get("lis")).toHaveLength(2);
  } finally {
    await busy.stop();
  }
});
