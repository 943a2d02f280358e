#!/usr/bin/env node
/**
 * `node dist/gateway/gateway-server.js` (`npm run gateway`): the gateway of the distributed
 * deployment, reaching every subgraph of the catalogue over HTTP at MEDFUSE_<NAME>_URL and
 * planning over the committed supergraph (deployment-config.ts lists every setting). A store-less
 * subgraph whose URL is `in-process` (fusion) is opened and served inside this process.
 */
import "reflect-metadata";
import { readFileSync } from "node:fs";
import { redact } from "../subgraphs/shared/sql-url";
import { readGatewayDeployment } from "./deployment-config";
import { createLogger } from "./logger";
import { startGateway } from "./medfuse-gateway";
import { readOperationManifest } from "./plan-warmup";
import { SUPERGRAPH_PATH } from "./project-paths";
import { stopOnSignal } from "./stop-on-signal";
import { SUBGRAPHS } from "./subgraph-catalogue";

async function main(): Promise<void> {
  const config = readGatewayDeployment(process.env);
  const site = config.site;
  const inProcess = site
    ? await Promise.all(config.inProcess.map((name) => SUBGRAPHS[name]({ site, store: "" })))
    : [];
  const knownOperations = config.operationManifest
    ? await readOperationManifest(config.operationManifest)
    : [];
  const gateway = await startGateway(
    {
      supergraphSdl: readFileSync(SUPERGRAPH_PATH, "utf8"),
      inProcess,
      subgraphUrls: config.subgraphUrls,
      logger: createLogger(config.logLevel),
      earlyFetches: config.earlyFetches,
      concurrentOperations: config.concurrentOperations,
      knownOperations,
    },
    config.port,
    config.host,
  );
  for (const [name, url] of Object.entries(config.subgraphUrls))
    console.log(`  ${name}: ${redact(url)}`);
  for (const name of config.inProcess) console.log(`  ${name}: in process`);
  console.log(`GraphiQL: ${gateway.url}/graphiql`);
  console.log(`GraphQL endpoint: ${gateway.url}/graphql   health: ${gateway.url}/health`);
  stopOnSignal(async () => {
    await gateway.stop();
    await Promise.allSettled(inProcess.map((subgraph) => subgraph.close()));
  });
}

main().catch((error: Error) => {
  console.error(`medfuse gateway failed to start: ${error.message}`);
  process.exit(1);
});
