/**
 * The federated gateway: Apollo Gateway planning over the supergraph, Apollo Server answering
 * HTTP, GraphiQL and a health check beside it. It knows subgraphs, never tables.
 */
import { ApolloGateway, type GraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import type { Subgraph } from "../subgraphs/subgraph";
import { EarlyFetcher } from "./early-fetches";
import { DistinctRepresentationsDataSource } from "./distinct-representations";
import { clientFacingError } from "./error-policy";
import { FaultTolerantDataSource } from "./fault-tolerant-data-source";
import { exampleQueries } from "./example-queries";
import { graphiqlRouter } from "./graphiql-page";
import { graphqlEndpoint } from "./graphql-endpoint";
import { HttpDataSource, SubgraphConnections } from "./http-data-source";
import { listen } from "./http-listener";
import { isPlannedOnly, stopWarmUps, warmPlans, type KnownOperation } from "./plan-warmup";
import { InProcessDataSource } from "./in-process-data-source";
import type { Logger } from "./logger";
import { defaultAdmissionLimit, OperationAdmission } from "./operation-admission";
import { installResponseShaping } from "./response-shaping";
import { serviceApp } from "./service-app";
import { sourceFailurePolicy } from "./source-failure-policy";

export interface GatewayOptions {
  readonly supergraphSdl: string;
  /** Embedded mode: subgraphs served in this process. Missing names are reached over HTTP. */
  readonly inProcess?: readonly Subgraph[];
  /** Distributed mode: subgraph name → URL. */
  readonly subgraphUrls?: Readonly<Record<string, string>>;
  readonly logger: Logger;
  /** A patient the GraphiQL examples open with. */
  readonly examplePatientId?: string;
  /**
   * Start the entity fetches whose keys the client's arguments give beside the root fetch
   * (early-fetches.ts); default true. Off, a plan's fetches go out only as it reaches them.
   */
  readonly earlyFetches?: boolean;
  /** Operations run at once; the rest wait in arrival order. Default: 8 per core. */
  readonly concurrentOperations?: number;
  /** The apps' operations, planned at start beside GraphiQL's examples (plan-warmup.ts). */
  readonly knownOperations?: readonly KnownOperation[];
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
  installResponseShaping();
  const local = new Map((options.inProcess ?? []).map((s) => [s.name, s]));
  const connections = new SubgraphConnections();
  const early = options.earlyFetches === false ? undefined : new EarlyFetcher();
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    // Each subgraph fails alone: its fields turn null with SOURCE_UNAVAILABLE, the rest answers.
    buildService: ({ name, url }): GraphQLDataSource => {
      const subgraph = local.get(name);
      const source = subgraph
        ? new InProcessDataSource(subgraph, sourceFailurePolicy(name, options.logger))
        : new HttpDataSource(
            subgraphAddress(name, options.subgraphUrls?.[name] ?? url),
            connections,
          );
      const distinct = new DistinctRepresentationsDataSource(source);
      const tolerant = new FaultTolerantDataSource(name, distinct, options.logger);
      return early ? early.wrap(name, tolerant) : tolerant;
    },
    experimental_didResolveQueryPlan: stopWarmUps(early?.didResolveQueryPlan),
    logger: options.logger,
  });
  const publicError = clientFacingError(options.logger);
  const server = new ApolloServer({
    gateway,
    formatError: (formatted, error) =>
      isPlannedOnly(error) ? formatted : publicError(formatted, error),
    includeStacktraceInErrorResponses: false,
    // Analysts explore the graph in GraphiQL: introspection stays on.
    introspection: true,
  });
  await server.start();
  await warmUp(server, gateway, options);

  const app = serviceApp();
  app.use(graphiqlRouter(options.examplePatientId));
  const admission = new OperationAdmission(options.concurrentOperations ?? defaultAdmissionLimit());
  const http = await listen(
    graphqlEndpoint(server, { bodyLimit: "1mb", admission, otherwise: app }),
    port,
    host,
  );
  return {
    url: http.url,
    server,
    stop: async () => {
      await server.stop();
      await http.close();
      await connections.close();
    },
  };
}

/** Plans the known operations before the gateway takes its first request. */
async function warmUp(
  server: ApolloServer,
  gateway: ApolloGateway,
  options: GatewayOptions,
): Promise<void> {
  if (!gateway.schema) return;
  const started = performance.now();
  const examples = exampleQueries(options.examplePatientId).map(({ query }) => ({ body: query }));
  const known = [...examples, ...(options.knownOperations ?? [])];
  const { planned, refused } = await warmPlans(server, gateway.schema, known);
  const ms = Math.round(performance.now() - started);
  options.logger.info({ planned, ms }, "query plans warmed");
  if (refused.length) {
    options.logger.warn({ refused }, "known operations that do not validate against the graph");
  }
}

function subgraphAddress(name: string, url: string | undefined): string {
  if (!url) throw new Error(`the supergraph gives subgraph ${name} no URL`);
  return url;
}
