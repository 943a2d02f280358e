/**
 * Reaches a distributed subgraph: the fetch a query plan hands it, POSTed as JSON on undici's
 * kept-alive connections, its JSON answer handed back as it came. It stands in for Apollo's
 * RemoteGraphQLDataSource, which built a node-fetch Request, a Headers and a WHATWG Response
 * around every fetch; a patient view is five fetches (BENCHMARKS.md, "What was tried"). An answer
 * that is not a 2xx JSON object, a refused connection or a time-out throws, and
 * FaultTolerantDataSource turns it into SOURCE_UNAVAILABLE for that subgraph's fields.
 */
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { STATUS_CODES } from "node:http";
import { request as send, type Agent, type Dispatcher } from "undici";
import { keptAliveConnections } from "../subgraphs/shared/kept-alive-connections";

export interface SubgraphConnectionOptions {
  /** Most connections open to one subgraph; default 64. */
  readonly connections?: number;
  /** A subgraph that has not answered in this time is given up on; default 30 s. */
  readonly timeoutMs?: number;
}

/** The connections to every distributed subgraph of one gateway. */
export class SubgraphConnections {
  private readonly agent: Agent;
  /** Subgraph operations are reads: one cut off on a reused connection is sent once more. */
  readonly dispatcher: Dispatcher;
  readonly timeoutMs: number;

  constructor(options: SubgraphConnectionOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 30_000;
    const { agent, reads } = keptAliveConnections({
      connections: options.connections ?? 64,
      readMethod: "POST",
    });
    this.agent = agent;
    this.dispatcher = reads;
  }

  close(): Promise<void> {
    return this.agent.close();
  }
}

const HEADERS = { "content-type": "application/json" } as const;
const JSON_TYPE = /^application\/(graphql-response\+)?json/;

type SubgraphAnswer = Awaited<ReturnType<GraphQLDataSource["process"]>>;

export class HttpDataSource implements GraphQLDataSource {
  constructor(
    private readonly url: string,
    private readonly connections: SubgraphConnections,
  ) {}

  async process({ request }: GraphQLDataSourceProcessOptions): Promise<SubgraphAnswer> {
    const { query, operationName, variables, extensions } = request;
    if (!query) throw new Error("Missing query");
    const { timeoutMs, dispatcher } = this.connections;
    const response = await send(this.url, {
      method: "POST",
      headers: HEADERS,
      body: JSON.stringify({ query, operationName, variables, extensions }),
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
      dispatcher,
    });
    const text = await response.body.text();
    const status = response.statusCode;
    if (status < 200 || status > 299) {
      // The body is left out: a proxy's error page may echo the request.
      throw new Error(`answered HTTP ${status} ${STATUS_CODES[status] ?? ""}`.trim());
    }
    const body = JSON_TYPE.test(String(response.headers["content-type"])) ? parse(text) : null;
    if (typeof body !== "object" || body === null || Array.isArray(body)) {
      throw new Error(`answered HTTP ${status} without a JSON object`);
    }
    return body as SubgraphAnswer;
  }
}

/** JSON.parse's message quotes the text, which may hold patient data: none of it is kept. */
function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
