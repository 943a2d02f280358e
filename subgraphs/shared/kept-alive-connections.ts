/**
 * undici connections kept alive between requests: the gateway's fetches to its subgraphs and the
 * PACS subgraph's DICOMweb searches. A server may close an idle connection just as it is reused;
 * the requests sent as reads here are safe to repeat, so one cut off that way goes out once more,
 * on a fresh connection.
 */
import { Agent, RetryAgent, type Dispatcher } from "undici";

export interface KeptAliveOptions extends Agent.Options {
  /** The method of the requests that are reads (GET for QIDO-RS, POST for GraphQL queries). */
  readonly readMethod: "GET" | "POST";
}

export interface KeptAliveConnections {
  /** Sends once: for writes. Closing it closes every connection. */
  readonly agent: Agent;
  /** Sends a read once more when its connection was cut off as it was reused. */
  readonly reads: Dispatcher;
}

export function keptAliveConnections(options: KeptAliveOptions): KeptAliveConnections {
  const { readMethod, ...agentOptions } = options;
  const agent = new Agent(agentOptions);
  const reads = new RetryAgent(agent, {
    maxRetries: 1,
    minTimeout: 0,
    methods: [readMethod],
    statusCodes: [],
    errorCodes: ["UND_ERR_SOCKET", "ECONNRESET", "EPIPE"],
  });
  return { agent, reads };
}
