/**
 * Starts a plan's predictable entity fetches (early-fetch-plan.ts) beside its root fetch, and
 * hands each answer to the plan when the plan sends that very request. A patient view then waits
 * for the slowest system once instead of for HIS and then the slowest of the rest.
 *
 * The plan's request must equal the early one (same text, same variables, same representations):
 * otherwise the early answer is dropped and the plan's request goes out as always, so an answer
 * never depends on a guess. Each early request passes the same data source chain (fault
 * tolerance, keep-alive, in-process) as the plan's, with the same request context.
 */
import type {
  Experimental_DidResolveQueryPlanCallback,
  GraphQLDataSource,
  GraphQLDataSourceProcessOptions,
} from "@apollo/gateway";
// The enum is not re-exported by the package's index; the package has no exports map.
import { GraphQLDataSourceRequestKind } from "@apollo/gateway/dist/datasources/types";
import type { QueryPlan } from "@apollo/query-planner";
import { earlyFetches, type EarlyFetch } from "./early-fetch-plan";
import { sameJson } from "./same-json";

type Response = Awaited<ReturnType<GraphQLDataSource["process"]>>;
type Request = GraphQLDataSourceProcessOptions["request"];
type RequestContext = Parameters<Experimental_DidResolveQueryPlanCallback>[0]["requestContext"];

interface Started {
  readonly serviceName: string;
  readonly request: Request;
  readonly response: Promise<Response>;
}

export interface EarlyFetchOptions {
  /**
   * A subgraph with this many of the gateway's requests in flight gets no early ones (default
   * 4): starting a fetch early saves time only while the subgraph has a short queue, and under
   * load an early fetch for a patient who turns out not to exist is work taken from others. At
   * 16, ten and fifty concurrent patient views ran slower, with a longer tail, than with no early
   * fetches at all; at 4 they ran level with none, and a lone view kept its gain (BENCHMARKS.md).
   */
  readonly busyAt?: number;
}

export class EarlyFetcher {
  private readonly plans = new WeakMap<QueryPlan, EarlyFetch[]>();
  private readonly started = new WeakMap<RequestContext, Started[]>();
  private readonly sources = new Map<string, GraphQLDataSource>();
  /** The gateway's requests in flight per subgraph, early ones included. */
  private readonly inFlight = new Map<string, number>();
  private readonly busyAt: number;

  constructor(options: EarlyFetchOptions = {}) {
    this.busyAt = options.busyAt ?? 4;
  }

  /** The data source the gateway calls for `serviceName`: early answers first, then `source`. */
  wrap(serviceName: string, source: GraphQLDataSource): GraphQLDataSource {
    this.sources.set(serviceName, source);
    return {
      process: (options) => {
        if ("incomingRequestContext" in options) {
          const early = this.take(options.incomingRequestContext, serviceName, options.request);
          if (early) return early;
        }
        return this.send(serviceName, source, options);
      },
    };
  }

  /** Apollo Gateway's hook between planning and executing. */
  readonly didResolveQueryPlan: Experimental_DidResolveQueryPlanCallback = ({
    queryPlan,
    requestContext,
  }) => {
    let planned = this.plans.get(queryPlan);
    if (!planned) this.plans.set(queryPlan, (planned = earlyFetches(queryPlan)));
    const variables = requestContext.request.variables ?? {};
    const started: Started[] = [];
    for (const early of planned) {
      const source = this.sources.get(early.serviceName);
      const request = early.request(variables);
      if (!source || !request || this.inFlightAt(early.serviceName) >= this.busyAt) continue;
      const response = this.send(early.serviceName, source, {
        kind: GraphQLDataSourceRequestKind.INCOMING_OPERATION,
        request,
        incomingRequestContext: requestContext,
        context: requestContext.context,
        document: early.fetch.operationDocumentNode,
      });
      // An answer the plan never asks for (the patient does not exist) is dropped unread.
      response.catch(() => undefined);
      started.push({ serviceName: early.serviceName, request, response });
    }
    if (started.length) this.started.set(requestContext, started);
  };

  private send(
    serviceName: string,
    source: GraphQLDataSource,
    options: GraphQLDataSourceProcessOptions,
  ): Promise<Response> {
    this.inFlight.set(serviceName, this.inFlightAt(serviceName) + 1);
    const settled = () => this.inFlight.set(serviceName, this.inFlightAt(serviceName) - 1);
    const response = source.process(options);
    response.then(settled, settled);
    return response;
  }

  private inFlightAt(serviceName: string): number {
    return this.inFlight.get(serviceName) ?? 0;
  }

  private take(
    context: RequestContext,
    serviceName: string,
    request: Request,
  ): Promise<Response> | undefined {
    const started = this.started.get(context);
    const index =
      started?.findIndex(
        (early) =>
          early.serviceName === serviceName &&
          early.request.query === request.query &&
          early.request.operationName === request.operationName &&
          sameJson(early.request.variables, request.variables),
      ) ?? -1;
    return index < 0 ? undefined : started!.splice(index, 1)[0].response;
  }
}
