/**
 * A store lost while serving: that system's fields turn null with SOURCE_UNAVAILABLE naming it,
 * every other system still answers. Embedded (subgraphs in the gateway's process) and over HTTP
 * (each subgraph its own service, in this process) must answer alike. The multi-process suite
 * (distributed.e2e.test.ts) kills whole subgraph processes.
 */
import { readFileSync } from "node:fs";
import type { GraphQLSchema } from "graphql";
import { createLogger } from "../gateway/logger";
import { startGateway, type RunningGateway } from "../gateway/medfuse-gateway";
import { SUPERGRAPH_PATH } from "../gateway/project-paths";
import { openSubgraphs, SUBGRAPHS } from "../gateway/subgraph-catalogue";
import { serveSubgraph, type RunningSubgraph } from "../gateway/subgraph-service";
import {
  isSourceSystem,
  SUBGRAPH_NAMES,
  type Subgraph,
  type SubgraphName,
} from "../subgraphs/subgraph";
import {
  CROSS_SYSTEM_QUERIES,
  REPORTS_TO_STUDIES,
  STUDIES_TO_REPORTS,
} from "./cross-system-queries";
import { expectOnlyLost, introspectedSchema } from "./fault-expectations";
import { openWithLostStore } from "./lost-store";
import { postGraphql } from "./post-graphql";
import { storeFor, storeSite } from "./store-urls";

const logger = createLogger("silent");
const supergraphSdl = readFileSync(SUPERGRAPH_PATH, "utf8");
const queries = Object.entries(CROSS_SYSTEM_QUERIES);
const site = storeSite();
const configFor = (name: SubgraphName) => ({
  site,
  store: isSourceSystem(name) ? storeFor(name) : "",
});

let healthy: Subgraph[];
let services: Map<string, RunningSubgraph>;
let reference: RunningGateway;
let schema: GraphQLSchema;
const healthyAnswers = new Map<string, any>();

beforeAll(async () => {
  healthy = await openSubgraphs(configFor);
  services = new Map();
  for (const s of healthy) services.set(s.name, await serveSubgraph(s, 0, "127.0.0.1", logger));
  reference = await startGateway({ supergraphSdl, inProcess: healthy, logger }, 0);
  schema = await introspectedSchema(reference.url);
  for (const [name, q] of queries) {
    const { body } = await postGraphql(reference.url, q.query, q.variables);
    expect(body.errors).toBeUndefined();
    healthyAnswers.set(name, body);
  }
});
afterAll(async () => {
  await reference?.stop();
  await Promise.all([...(services?.values() ?? [])].map((s) => s.stop()));
  await Promise.allSettled((healthy ?? []).map((s) => s.close()));
});

describe.each(SUBGRAPH_NAMES.filter(isSourceSystem))("%s loses its store", (system) => {
  let lost: Subgraph;
  let lostService: RunningSubgraph;
  let embedded: RunningGateway;
  let overHttp: RunningGateway;

  beforeAll(async () => {
    lost = await openWithLostStore(system, configFor(system));
    lostService = await serveSubgraph(lost, 0, "127.0.0.1", logger);
    const inProcess = healthy.map((s) => (s.name === system ? lost : s));
    embedded = await startGateway({ supergraphSdl, inProcess, logger }, 0);
    const subgraphUrls = Object.fromEntries(
      [...services].map(([name, s]) => [name, name === system ? lostService.url : s.url]),
    );
    overHttp = await startGateway({ supergraphSdl, subgraphUrls, logger }, 0);
  });
  afterAll(async () => {
    await Promise.all([embedded?.stop(), overHttp?.stop(), lostService?.stop()]);
    await lost?.close();
  });

  test.each(queries)("%s: only its fields fail, alike embedded and over HTTP", async (name, q) => {
    const inProcess = await postGraphql(embedded.url, q.query, q.variables);
    expectOnlyLost(system, schema, q, healthyAnswers.get(name), inProcess.body);
    const remote = await postGraphql(overHttp.url, q.query, q.variables);
    expect(remote.body).toEqual(inProcess.body);
  });

  test("the page of patients reaches it, so the loss shows", async () => {
    const { body } = await postGraphql(embedded.url, CROSS_SYSTEM_QUERIES.PATIENT_PAGE.query);
    expect(body.errors.length).toBeGreaterThan(0);
  });
});

test("a lost RIS leaves the PACS studies answering, each report null", async () => {
  const lost = await openWithLostStore("ris", configFor("ris"));
  const inProcess = healthy.map((s) => (s.name === "ris" ? lost : s));
  const gateway = await startGateway({ supergraphSdl, inProcess, logger }, 0);
  try {
    const q = STUDIES_TO_REPORTS;
    const { body } = await postGraphql(gateway.url, q.query, q.variables);
    const studies = body.data.patient.imagingStudies;
    expect(studies.length).toBeGreaterThan(0);
    expect(studies.map((s: any) => s.radiologyReport)).toEqual(studies.map(() => null));
    expect(studies.every((s: any) => s.uid && s.modalities.length)).toBe(true);
    expect(body.errors).toHaveLength(studies.length);
  } finally {
    await gateway.stop();
    await lost.close();
  }
});

test("a SQL store closed mid-run answers SOURCE_UNAVAILABLE from then on", async () => {
  const ris = await SUBGRAPHS.ris(configFor("ris"));
  const inProcess = healthy.map((s) => (s.name === "ris" ? ris : s));
  const gateway = await startGateway({ supergraphSdl, inProcess, logger }, 0);
  try {
    const q = REPORTS_TO_STUDIES;
    const before = await postGraphql(gateway.url, q.query, q.variables);
    expect(before.body).toEqual(healthyAnswers.get("REPORTS_TO_STUDIES"));
    await ris.close();
    const after = await postGraphql(gateway.url, q.query, q.variables);
    expect(after.body.errors.length).toBeGreaterThan(0);
    expectOnlyLost("ris", schema, q, before.body, after.body);
  } finally {
    await gateway.stop();
  }
});
