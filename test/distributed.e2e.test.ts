/**
 * The distributed deployment end to end: every subgraph of the catalogue in its own process over
 * the stores `storeFor` names, the gateway process reaching them over HTTP. It must answer the
 * cross-system queries exactly as the embedded gateway does, survive the loss of any one
 * subgraph process with only that system's fields failing, and recover when it comes back.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import type { GraphQLSchema } from "graphql";
import { PROJECT_ROOT } from "../gateway/project-paths";
import { SUBGRAPH_NAMES } from "../subgraphs/subgraph";
import { CROSS_SYSTEM_QUERIES } from "./cross-system-queries";
import { startDistributedMedfuse, type DistributedMedfuse } from "./distributed-medfuse";
import { startTestGateway, type TestGateway } from "./embedded-gateway";
import { expectOnlyLost, introspectedSchema } from "./fault-expectations";
import { postGraphql } from "./post-graphql";
import { storeSite } from "./store-urls";

const queries = Object.entries(CROSS_SYSTEM_QUERIES);
let distributed: DistributedMedfuse;
let embedded: TestGateway;
let schema: GraphQLSchema;
const embeddedAnswers = new Map<string, any>();

beforeAll(async () => {
  [distributed, embedded] = await Promise.all([startDistributedMedfuse(), startTestGateway()]);
  schema = await introspectedSchema(distributed.url);
  for (const [name, q] of queries) {
    embeddedAnswers.set(name, (await embedded.post(q.query, q.variables)).body);
  }
}, 90_000);
afterAll(async () => {
  await Promise.allSettled([distributed?.stop(), embedded?.medfuse.stop()]);
});

test.each(queries)("%s answers exactly as the embedded gateway", async (name, q) => {
  const { status, body } = await postGraphql(distributed.url, q.query, q.variables);
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  expect(body).toEqual(embeddedAnswers.get(name));
});

test("client errors read the same as embedded", async () => {
  for (const query of [
    `{ patient(id: "x' OR 1=1 --") { id } }`,
    `{ patient(id: "H01-09999999") { id labResults { id } } }`,
    `{ patients(filter: { birthDateFrom: "2000-01-01", birthDateTo: "1990-01-01" }) { nodes { id } } }`,
    `{ patient(id: "H01-00000001") { labResults(last: 0) { id } } }`,
  ]) {
    expect((await postGraphql(distributed.url, query)).body).toEqual(
      (await embedded.post(query)).body,
    );
  }
});

test("the gateway serves GraphiQL and health; each subgraph its health", async () => {
  expect(await (await fetch(`${distributed.url}/health`)).json()).toEqual({ status: "ok" });
  expect(await (await fetch(`${distributed.url}/graphiql`)).text()).toContain("graphiql.js");
  for (const subgraph of distributed.subgraphs.values()) {
    const health = await fetch(subgraph.url.replace(/\/graphql$/, "/health"));
    expect(health.status).toBe(200);
  }
});

describe.each(SUBGRAPH_NAMES)("the %s process dies", (name) => {
  beforeAll(() => distributed.subgraphs.get(name)!.stop("SIGKILL"));

  test.each(queries)("%s: only its fields fail", async (queryName, q) => {
    const { status, body } = await postGraphql(distributed.url, q.query, q.variables);
    expect(status).toBe(200);
    expectOnlyLost(name, schema, q, embeddedAnswers.get(queryName), body);
  });

  test("back on its port, it answers again", async () => {
    await distributed.restart(name);
    const q = CROSS_SYSTEM_QUERIES.PATIENT_360;
    expect((await postGraphql(distributed.url, q.query, q.variables)).body).toEqual(
      embeddedAnswers.get("PATIENT_360"),
    );
  });
});

describe("a subgraph that cannot start says why in one line and exits at once", () => {
  const site = storeSite();
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, [join(PROJECT_ROOT, "dist/gateway/subgraph-server.js"), "lis"], {
      env: { PATH: process.env.PATH ?? "", ...env },
      encoding: "utf8",
      timeout: 20_000,
    });
  const base = { MEDFUSE_SITE_CODE: site.code, MEDFUSE_TIME_ZONE: site.timeZone };

  test.each([
    [
      "a store that is not there",
      { ...base, MEDFUSE_LIS_STORE: "/nowhere/lis.sqlite" },
      /^medfuse LIS subgraph failed to start: cannot open its store \/nowhere\/lis\.sqlite: .+$/,
    ],
    [
      "a server that refuses, credentials kept out",
      { ...base, MEDFUSE_LIS_STORE: "postgres://reader:s3cret@127.0.0.1:9/lis" },
      /^medfuse LIS subgraph failed to start: cannot open its store postgres:\/\/reader@127\.0\.0\.1:9\/lis: .*ECONNREFUSED.*$/,
    ],
    [
      "a malformed setting",
      { ...base, MEDFUSE_LIS_STORE: "/x", MEDFUSE_LIS_PORT: "http" },
      /^medfuse LIS subgraph failed to start: MEDFUSE_LIS_PORT="http" is not a TCP port/,
    ],
    [
      "a missing setting",
      { MEDFUSE_LIS_STORE: "/x" },
      /^medfuse LIS subgraph failed to start: MEDFUSE_SITE_CODE is not set/,
    ],
  ])("%s", (_what, env, line) => {
    const result = run(env);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toEqual([expect.stringMatching(line)]);
    expect(result.stderr).not.toContain("s3cret");
  });
});
