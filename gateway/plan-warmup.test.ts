import { ApolloGateway, type GraphQLDataSource } from "@apollo/gateway";
import type { QueryPlan } from "@apollo/query-planner";
import { ApolloServer } from "@apollo/server";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { startGateway } from "./medfuse-gateway";
import { isPlannedOnly, readOperationManifest, stopWarmUps, warmPlans } from "./plan-warmup";
import { SUPERGRAPH_PATH } from "./project-paths";
import { readFileSync } from "node:fs";

const supergraphSdl = readFileSync(SUPERGRAPH_PATH, "utf8");
const VIEW = `query View($id: ID!) { patient(id: $id) { id labResults(last: 1) { id } } }`;

test("a warmed operation is planned without asking any subgraph, and clients reuse its plan", async () => {
  const asked: string[] = [];
  const plans: QueryPlan[] = [];
  const scripted = (name: string): GraphQLDataSource => ({
    async process({ request }) {
      asked.push(name);
      const representations = (request.variables?.representations ?? []) as { id: string }[];
      return name === "his"
        ? { data: { patient: { __typename: "Patient", id: "H01-00000042" } } }
        : { data: { _entities: representations.map(({ id }) => ({ labResults: [{ id }] })) } };
    },
  });
  const stop = stopWarmUps();
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) => scripted(name),
    experimental_didResolveQueryPlan: (options) => {
      plans.push(options.queryPlan);
      stop(options);
    },
  });
  const server = new ApolloServer({
    gateway,
    formatError: (formatted, error) => {
      if (!isPlannedOnly(error)) throw new Error(`unexpected error ${formatted.message}`);
      return formatted;
    },
  });
  await server.start();
  try {
    const warmed = await warmPlans(server, gateway.schema!, [
      { body: VIEW, name: "View" },
      { body: "query Broken { patient(id: 1) { noSuchField } }", name: "Broken" },
    ]);
    expect(warmed).toEqual({ planned: 1, refused: ["Broken"] });
    expect(asked).toEqual([]);
    // Planned with and without the operation's name, as clients may send either.
    expect(plans).toHaveLength(2);

    for (const operationName of ["View", undefined]) {
      const response = await server.executeOperation({
        query: VIEW,
        operationName,
        variables: { id: "H01-00000042" },
      });
      expect(response.body.kind === "single" && response.body.singleResult.data).toEqual({
        patient: { id: "H01-00000042", labResults: [{ id: "H01-00000042" }] },
      });
    }
    expect(asked).toEqual(["his", "lis", "his", "lis"]);
    // The clients' requests found the warm-up's plans: the very same objects.
    expect(plans.slice(2)).toEqual(plans.slice(0, 2));
    expect(plans[2]).toBe(plans[0]);
    expect(plans[3]).toBe(plans[1]);
  } finally {
    await server.stop();
  }
});

test("the gateway plans GraphiQL's examples and the manifest's operations at start, quietly", async () => {
  const folder = await mkdtemp(join(tmpdir(), "medfuse-manifest-"));
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: "info" }, { write: (line: string) => lines.push(JSON.parse(line)) });
  try {
    const manifest = join(folder, "operations.json");
    await writeFile(
      manifest,
      JSON.stringify({
        format: "apollo-persisted-query-manifest",
        version: 1,
        operations: [
          { id: "1", name: "View", type: "query", body: VIEW },
          { id: "2", name: "Old", type: "query", body: "query Old { gone }" },
          { id: "3", name: "Change", type: "mutation", body: "mutation Change { x }" },
        ],
      }),
    );
    const knownOperations = await readOperationManifest(manifest);
    expect(knownOperations.map((o) => o.name)).toEqual(["View", "Old"]);
    // No subgraph answers: planning must not need one.
    const subgraphUrls = Object.fromEntries(
      ["his", "lis", "ris", "pacs", "emr", "fusion"].map((n) => [n, "http://127.0.0.1:9/graphql"]),
    );
    const gateway = await startGateway({ supergraphSdl, subgraphUrls, logger, knownOperations }, 0);
    await gateway.stop();
    const warmed = lines.find((l) => l.msg === "query plans warmed");
    // GraphiQL's four examples and View.
    expect(warmed).toMatchObject({ planned: 5 });
    expect(lines.find((l) => l.refused)).toMatchObject({ refused: ["Old"] });
    expect(lines.filter((l) => (l.level as number) >= 50)).toEqual([]);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test("a file that is not a persisted-query manifest is refused by name", async () => {
  const folder = await mkdtemp(join(tmpdir(), "medfuse-manifest-"));
  try {
    const path = join(folder, "ops.json");
    await writeFile(path, JSON.stringify({ operations: [] }));
    await expect(readOperationManifest(path)).rejects.toThrow(
      `${path} is not an Apollo persisted-query manifest`,
    );
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
