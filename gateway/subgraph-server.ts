#!/usr/bin/env node
/**
 * `node dist/gateway/subgraph-server.js <name>` (`npm run subgraph -- <name>`): one subgraph of
 * the catalogue as its own HTTP service, configured by the environment (deployment-config.ts).
 * A bad setting or a store that cannot be opened ends the process at once with one line saying
 * which system, which address and why.
 */
import "reflect-metadata";
import { redact } from "../subgraphs/shared/sql-url";
import { isSourceSystem, type Subgraph } from "../subgraphs/subgraph";
import { readSubgraphDeployment, subgraphName } from "./deployment-config";
import { createLogger } from "./logger";
import { stopOnSignal } from "./stop-on-signal";
import { SUBGRAPHS } from "./subgraph-catalogue";
import { serveSubgraph } from "./subgraph-service";
import { benchStatsEnabled, SubgraphStats } from "./subgraph-stats";

async function main(): Promise<void> {
  const name = subgraphName(process.argv[2]);
  const config = readSubgraphDeployment(name, process.env);
  const logger = createLogger(config.logLevel).child({ subgraph: name });
  const stats = benchStatsEnabled(process.env) ? new SubgraphStats() : undefined;
  let subgraph: Subgraph;
  try {
    subgraph = await SUBGRAPHS[name]({
      site: config.site,
      store: config.store,
      onStoreQuery: stats?.countStoreQuery,
    });
  } catch (error) {
    const what = isSourceSystem(name) ? ` its store ${redact(config.store)}` : "";
    throw new Error(`cannot open${what}: ${rootCause(error)}`, { cause: error });
  }
  const running = await serveSubgraph(subgraph, config.port, config.host, logger, stats);
  console.log(`${name.toUpperCase()} subgraph serving ${running.url}`);
  stopOnSignal(async () => {
    await running.stop();
    await subgraph.close();
  });
}

/** The innermost message: the driver's own words, without each wrapper repeating the address. */
function rootCause(error: unknown): string {
  let e = error as { message?: string; cause?: unknown };
  while (e.cause instanceof Error) e = e.cause;
  return e.message ?? String(error);
}

main().catch((error: Error) => {
  const name = process.argv[2] ? `${process.argv[2].toUpperCase()} ` : "";
  console.error(`medfuse ${name}subgraph failed to start: ${error.message}`);
  // Pools and sockets a half-opened store left behind must not keep the process alive.
  process.exit(1);
});
