#!/usr/bin/env node
/**
 * The floor as a peer the load generator can drive: plain node:http, POST /graphql with the same
 * bodies the gateways get, routed on the operation name (W0…W4) to floor-queries.ts, and GET
 * /stats with its store query counts. Configured through floor-config.ts.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { stopOnSignal } from "../../gateway/stop-on-signal";
import { SubgraphStats } from "../../gateway/subgraph-stats";
import { FLOOR_CONFIG, type FloorConfig } from "./floor-config";
import { floorPatient360, floorWardList } from "./floor-queries";
import { openFloorSources, type FloorSources } from "./floor-sources";

interface Operation {
  readonly operationName?: string;
  readonly variables?: Record<string, unknown>;
}

async function answer(sources: FloorSources, { operationName = "", variables = {} }: Operation) {
  const workload = operationName.slice(0, 2);
  if (workload === "W0") return { __typename: "Query" };
  const contexts = sources.contexts();
  if (workload === "W1" || workload === "W4")
    return { patient: await floorPatient360(contexts, sources.site, String(variables.id)) };
  if (workload === "W2" || workload === "W3")
    return {
      patients: await floorWardList(contexts, sources.site, {
        first: Number(variables.first),
        after: (variables.after as string | null) ?? null,
        deep: workload === "W3",
        asOf: new Date(String(variables.asOf)),
      }),
    };
  throw new Error(`the floor knows no operation "${operationName.slice(0, 40)}"`);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  response.end(text);
}

async function main(): Promise<void> {
  const config = JSON.parse(process.env[FLOOR_CONFIG] ?? "null") as FloorConfig | null;
  if (!config) throw new Error(`${FLOOR_CONFIG} is not set`);
  const stats = new SubgraphStats();
  const sources = await openFloorSources(config.site, config.stores, stats.countStoreQuery);
  const server = createServer((request, response) => {
    if (request.method === "GET" && request.url === "/stats")
      return send(response, 200, stats.snapshot());
    if (request.method !== "POST" || request.url !== "/graphql")
      return send(response, 404, { error: "POST /graphql or GET /stats" });
    readBody(request)
      .then((body) => answer(sources, JSON.parse(body) as Operation))
      .then(
        (data) => send(response, 200, { data }),
        (error: Error) => {
          console.error(`floor: ${error.message}`);
          send(response, 500, {
            errors: [{ message: "floor failed", extensions: { code: "INTERNAL_SERVER_ERROR" } }],
          });
        },
      );
  });
  // As the gateways' listener: idle keep-alive sockets outlive the load generator's reuse.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(config.port, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  console.log(`floor serving http://127.0.0.1:${port}/graphql`);
  stopOnSignal(async () => {
    server.close();
    server.closeAllConnections();
    await sources.close();
  });
}

main().catch((error: Error) => {
  console.error(`floor failed to start: ${error.message}`);
  process.exit(1);
});
