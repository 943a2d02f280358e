/**
 * The federation's subgraphs for the benchmark: each one its own process
 * (`dist/gateway/subgraph-server.js <name>`) over the benchmark's stores, on a free port, with
 * the request and store-query counters on (GET /stats).
 */
import {
  HOST,
  LOG_LEVEL,
  portVariable,
  SITE_CODE,
  storeVariable,
  TIME_ZONE,
} from "../../gateway/deployment-config";
import { BENCH_STATS } from "../../gateway/subgraph-stats";
import {
  isSourceSystem,
  SUBGRAPH_NAMES,
  type HospitalSite,
  type SubgraphName,
} from "../../subgraphs/subgraph";
import type { StoreUrls } from "../bench-stores";
import { startChild, type ChildService } from "./child-service";

export type SubgraphProcesses = ReadonlyMap<SubgraphName, ChildService>;

export async function startSubgraphs(
  site: HospitalSite,
  stores: StoreUrls,
): Promise<SubgraphProcesses> {
  const started = await Promise.allSettled(
    SUBGRAPH_NAMES.map((name) =>
      startChild(
        `${name.toUpperCase()} subgraph`,
        ["dist/gateway/subgraph-server.js", name],
        {
          [SITE_CODE]: site.code,
          [TIME_ZONE]: site.timeZone,
          ...(isSourceSystem(name) ? { [storeVariable(name)]: stores[name] } : {}),
          [portVariable(name)]: "0",
          [HOST]: "127.0.0.1",
          [LOG_LEVEL]: "error",
          [BENCH_STATS]: "1",
        },
        /serving (http:\/\/\S+\/graphql)/,
      ),
    ),
  );
  const processes = new Map<SubgraphName, ChildService>();
  started.forEach((s, i) => s.status === "fulfilled" && processes.set(SUBGRAPH_NAMES[i], s.value));
  const failed = started.find((s) => s.status === "rejected");
  if (failed) {
    await stopAll(processes);
    throw (failed as PromiseRejectedResult).reason;
  }
  return processes;
}

export async function stopAll(processes: ReadonlyMap<string, ChildService>): Promise<void> {
  await Promise.allSettled([...processes.values()].map((p) => p.stop()));
}

/** The supergraph with each subgraph's `@join__graph` URL pointed at its running process. */
export function supergraphFor(supergraphSdl: string, processes: SubgraphProcesses): string {
  return supergraphSdl.replace(
    /@join__graph\(name: "(\w+)", url: "[^"]*"\)/g,
    (_declaration, name: string) => {
      const url = processes.get(name as SubgraphName)?.url;
      if (!url) throw new Error(`the supergraph names subgraph "${name}", which is not running`);
      return `@join__graph(name: "${name}", url: "${url}")`;
    },
  );
}
