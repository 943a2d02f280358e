/**
 * The peers the benchmark compares, each started as ONE process in front of the same running
 * subgraphs and the same supergraph: Medfuse's gateway, stock Apollo, Hive Gateway (with its
 * JavaScript and its Rust query planner) and the floor, which talks to the stores directly.
 */
import {
  GATEWAY_PORT,
  HOST,
  IN_PROCESS,
  LOG_LEVEL,
  SITE_CODE,
  TIME_ZONE,
} from "../../gateway/deployment-config";
import { GATEWAY_COMMAND } from "../../gateway/gateway-command";
import { urlVariable } from "../../gateway/service-list";
import type { SubgraphName } from "../../subgraphs/subgraph";
import type { PeerName } from "../bench-options";
import { FLOOR_CONFIG, type FloorConfig } from "../floor/floor-config";
import { freePort, startChild, type ChildService } from "../processes/child-service";

export interface PeerSetting {
  /** The supergraph with the running subgraphs' URLs (subgraph-processes.ts). */
  readonly supergraphPath: string;
  readonly subgraphUrls: Readonly<Record<SubgraphName, string>>;
  /** The floor's stores and the hospital; the port is picked on start. */
  readonly floor: Omit<FloorConfig, "port">;
}

export interface Peer {
  readonly label: string;
  /** Resolves to the process once it answers; its URL is the GraphQL endpoint's. */
  start(setting: PeerSetting): Promise<ChildService>;
}

const HIVE_BIN = "node_modules/@graphql-hive/gateway/dist/bin.js";

async function hiveGateway(setting: PeerSetting, rustPlanner: boolean): Promise<ChildService> {
  const port = await freePort();
  const args = [HIVE_BIN, "supergraph", setting.supergraphPath];
  const service = await startChild(
    rustPlanner ? "Hive Gateway (Rust planner)" : "Hive Gateway",
    [...args, ...(rustPlanner ? ["--hive-router-runtime"] : []), "--port", `${port}`],
    { HOST: "127.0.0.1" },
    /Listening on (http:\/\/[\d.:a-z]+)/,
  );
  return { ...service, url: `http://127.0.0.1:${port}/graphql` };
}

/**
 * Medfuse's gateway server as deployed. With `fusionInProcess` it serves the store-less fusion
 * subgraph itself (MEDFUSE_FUSION_URL=in-process) instead of reaching the fusion process.
 */
async function medfuseGateway(setting: PeerSetting, label: string, fusionInProcess: boolean) {
  const urls = { ...setting.subgraphUrls, ...(fusionInProcess ? { fusion: IN_PROCESS } : {}) };
  const service = await startChild(
    label,
    GATEWAY_COMMAND.slice(1),
    {
      ...Object.fromEntries(Object.entries(urls).map(([name, url]) => [urlVariable(name), url])),
      [SITE_CODE]: setting.floor.site.code,
      [TIME_ZONE]: setting.floor.site.timeZone,
      [GATEWAY_PORT]: "0",
      [HOST]: "127.0.0.1",
      [LOG_LEVEL]: "silent",
    },
    /GraphiQL: (http:\/\/\S+)\/graphiql/,
  );
  return { ...service, url: `${service.url}/graphql` };
}

export const PEER_CATALOGUE: Readonly<Record<PeerName, Peer>> = {
  medfuse: {
    label: "Medfuse gateway",
    start(setting) {
      return medfuseGateway(setting, this.label, true);
    },
  },
  "medfuse-http": {
    label: "Medfuse gateway, fusion over HTTP",
    start(setting) {
      return medfuseGateway(setting, this.label, false);
    },
  },
  apollo: {
    label: "stock Apollo Gateway",
    start: async (setting) => {
      const port = await freePort();
      const service = await startChild(
        "stock Apollo Gateway",
        ["dist/bench/peers/apollo-stock-gateway.js", setting.supergraphPath, `${port}`],
        {},
        /serving (http:\/\/\S+?)\/?$/m,
      );
      return { ...service, url: `${service.url}/graphql` };
    },
  },
  hive: { label: "Hive Gateway", start: (setting) => hiveGateway(setting, false) },
  "hive-router": {
    label: "Hive Gateway + Rust planner",
    start: (setting) => hiveGateway(setting, true),
  },
  floor: {
    label: "floor (stores direct)",
    start: (setting) =>
      startChild(
        "floor",
        ["dist/bench/floor/floor-server.js"],
        { [FLOOR_CONFIG]: JSON.stringify({ ...setting.floor, port: 0 }) },
        /floor serving (http:\/\/\S+\/graphql)/,
      ),
  },
};
