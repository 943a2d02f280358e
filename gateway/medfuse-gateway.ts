/**
 * The federated gateway: Apollo Gateway planning over the supergraph, Apollo Server answering
 * HTTP, GraphiQL and a health check beside it. It knows subgraphs, never tables.
 */
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Subgraph } from "../subgraphs/subgraph";
import { clientFacingError } from "./error-policy";
import { graphiqlRouter } from "./graphiql-page";
import { InProcessDataSource } from "./in-process-data-source";
import type { Logger } from "./logger";

export interface GatewayOptions {
  readonly supergraphSdl: string;
  /** Embedded mode: subgraphs served in this process. Missing names are reached over HTTP. */
  readonly inProcess?: readonly Subgraph[];
  /** Distributed mode: subgraph name → URL. */
  readonly subgraphUrls?: Readonly<Record<string, string>>;
  readonly logger: Logger;
  /** A patient the GraphiQL examples open with. */
  readonly examplePatientId?: string;
}

export interface RunningGateway {
  readonly url: string;
  readonly server: ApolloServer;
  stop(): Promise<void>;
}

export async function startGateway(
  options: GatewayOptions,
  port: number,
  host = "127.0.0.1",
): Promise<RunningGateway> {
  const local = new Map((options.inProcess ?? []).map((s) => [s.name, s]));
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }): GraphQLDataSource => {
      const subgraph = local.get(name);
      if (subgraph) return new InProcessDataSource(subgraph);
      return new RemoteGraphQLDataSource({ url: options.subgraphUrls?.[name] ?? url });
    },
    logger: options.logger,
  });
  const server = new ApolloServer({
    gateway,
    formatError: clientFacingError(options.logger),
    includeStacktraceInErrorResponses: false,
    // Analysts explore the graph in GraphiQL: introspection stays on.
    introspection: true,
  });
  await server.start();

  const app = express();
  app.disable("x-powered-by");
  app.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.use(graphiqlRouter(options.examplePatientId));
  app.use("/graphql", express.json({ limit: "1mb" }), expressMiddleware(server));

  const http: Server = await new Promise((resolve) => {
    const s = app.listen(port, host, () => resolve(s));
  });
  const address = http.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}`,
    server,
    stop: async () => {
      await server.stop();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
