#!/usr/bin/env node
/**
 * Peer: stock `@apollo/gateway` behind `@apollo/server`'s standalone server, every setting left at
 * its default. `node dist/bench/peers/apollo-stock-gateway.js <supergraph file> <port>`; it reaches
 * the subgraphs at the URLs the supergraph names.
 */
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { readFileSync } from "node:fs";
import { stopOnSignal } from "../../gateway/stop-on-signal";

async function main(): Promise<void> {
  const [supergraphPath, port] = process.argv.slice(2);
  const gateway = new ApolloGateway({ supergraphSdl: readFileSync(supergraphPath, "utf8") });
  const server = new ApolloServer({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(port), host: "127.0.0.1" },
  });
  console.log(`apollo gateway serving ${url}`);
  stopOnSignal(() => server.stop());
}

main().catch((error: Error) => {
  console.error(`apollo gateway failed to start: ${error.message}`);
  process.exit(1);
});
