/**
 * Medfuse distributed as in production: every subgraph of the catalogue in its own process
 * (`dist/gateway/subgraph-server.js <name>`), on a free port, over the real store `realStoreFor` names,
 * and the gateway process reaching them over HTTP.
 */
import {
  GATEWAY_PORT,
  HOST,
  LOG_LEVEL,
  portVariable,
  SITE_CODE,
  storeVariable,
  TIME_ZONE,
} from "../gateway/deployment-config";
import { urlVariable } from "../gateway/service-list";
import { isSourceSystem, SUBGRAPH_NAMES, type SubgraphName } from "../subgraphs/subgraph";
import { startService, type ServiceProcess } from "./service-process";
import { realStoreFor, storeSite } from "./store-urls";

export interface DistributedMedfuse {
  /** The gateway's base URL. */
  readonly url: string;
  readonly subgraphs: Map<SubgraphName, ServiceProcess>;
  /** Starts a stopped subgraph again on the port it had, so the gateway finds it. */
  restart(name: SubgraphName): Promise<void>;
  stop(): Promise<void>;
}

const served = /serving (http:\/\/\S+\/graphql)/;

function startSubgraph(name: SubgraphName, port = 0): Promise<ServiceProcess> {
  const site = storeSite();
  return startService(
    "gateway/subgraph-server.js",
    [name],
    {
      [SITE_CODE]: site.code,
      [TIME_ZONE]: site.timeZone,
      ...(isSourceSystem(name) ? { [storeVariable(name)]: realStoreFor(name) } : {}),
      [portVariable(name)]: String(port),
      [HOST]: "127.0.0.1",
      [LOG_LEVEL]: "error",
    },
    served,
  );
}

export async function startDistributedMedfuse(): Promise<DistributedMedfuse> {
  const subgraphs = new Map<SubgraphName, ServiceProcess>();
  const stopAll = async (gateway?: ServiceProcess) => {
    await gateway?.stop();
    await Promise.all([...subgraphs.values()].map((s) => s.stop()));
  };
  try {
    const started = await Promise.allSettled(SUBGRAPH_NAMES.map((name) => startSubgraph(name)));
    started.forEach(
      (s, i) => s.status === "fulfilled" && subgraphs.set(SUBGRAPH_NAMES[i], s.value),
    );
    const failed = started.find((s) => s.status === "rejected");
    if (failed) throw (failed as PromiseRejectedResult).reason;
    const gateway = await startService(
      "gateway/gateway-server.js",
      [],
      {
        ...Object.fromEntries(SUBGRAPH_NAMES.map((n) => [urlVariable(n), subgraphs.get(n)!.url])),
        [GATEWAY_PORT]: "0",
        [HOST]: "127.0.0.1",
        [LOG_LEVEL]: "silent",
      },
      /GraphiQL: (http:\/\/\S+)\/graphiql/,
    );
    return {
      url: gateway.url,
      subgraphs,
      restart: async (name) => {
        subgraphs.set(
          name,
          await startSubgraph(name, Number(new URL(subgraphs.get(name)!.url).port)),
        );
      },
      stop: () => stopAll(gateway),
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
