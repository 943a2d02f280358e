/**
 * One subgraph as its own HTTP service (the distributed deployment): Apollo Server over the
 * subgraph's schema at POST /graphql, a fresh subgraph context per request, GET /health. Store
 * failures answer SOURCE_UNAVAILABLE naming the system; other errors are logged and redacted.
 */
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from "@apollo/server/plugin/disabled";
import { GraphQLError } from "graphql";
import type { Subgraph } from "../subgraphs/subgraph";
import { clientFacingError } from "./error-policy";
import { graphqlEndpoint } from "./graphql-endpoint";
import { listen } from "./http-listener";
import type { Logger } from "./logger";
import { serviceApp } from "./service-app";
import { sourceFailurePolicy } from "./source-failure-policy";
import type { SubgraphStats } from "./subgraph-stats";

export interface RunningSubgraph {
  /** The GraphQL endpoint, `http://host:port/graphql`. */
  readonly url: string;
  stop(): Promise<void>;
}

export async function serveSubgraph(
  subgraph: Subgraph,
  port: number,
  host: string,
  logger: Logger,
  /** The benchmark's counters (subgraph-stats.ts): served at GET /stats when given. */
  stats?: SubgraphStats,
): Promise<RunningSubgraph> {
  const storeFailure = sourceFailurePolicy(subgraph.name, logger);
  const publicError = clientFacingError(logger);
  const server = new ApolloServer({
    schema: subgraph.schema,
    formatError: (formatted, error) => {
      if (error instanceof GraphQLError) {
        const answered = storeFailure(error);
        if (answered !== error) return publicError(answered.toJSON(), answered);
      }
      return publicError(formatted, error);
    },
    includeStacktraceInErrorResponses: false,
    logger,
    plugins: [
      // Traces would carry error messages to the gateway; Medfuse reports no usage to Apollo.
      ApolloServerPluginInlineTraceDisabled(),
      // No field carries @cacheControl, and the plugin's hook on every resolved field was a
      // tenth of a ward list's CPU in LIS and EMR (BENCHMARKS.md).
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await server.start();

  const app = serviceApp();
  if (stats) {
    app.get("/stats", (_req, res) => {
      res.json(stats.snapshot());
    });
  }
  const endpoint = graphqlEndpoint(server, {
    // Entity batches carry one representation per patient, and fusion's carry each patient's
    // required histories: a page of 1,000 patients with every lab is tens of megabytes.
    bodyLimit: "256mb",
    context: async () => subgraph.createContext(),
    onRequest: stats?.countRequest,
    otherwise: app,
  });
  const http = await listen(endpoint, port, host);
  return {
    url: `${http.url}/graphql`,
    stop: async () => {
      await server.stop();
      await http.close();
    },
  };
}
