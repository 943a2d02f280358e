/**
 * The fetcher the gateway reaches distributed subgraphs with: Node's http(s) agents with
 * keep-alive, so a query plan's fetches reuse warm connections instead of opening one per fetch.
 */
import type { RemoteGraphQLDataSource } from "@apollo/gateway";
import http from "node:http";
import https from "node:https";

type Fetcher = RemoteGraphQLDataSource["fetcher"];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;
type FetcherInit = NonNullable<Parameters<Fetcher>[1]>;

export interface KeepAliveOptions {
  /** Most sockets open to one subgraph; default 64. */
  readonly maxSockets?: number;
  /** A subgraph that has not answered in this time is given up on; default 30 s. */
  readonly timeoutMs?: number;
}

/** Statuses whose responses carry no body (`Response` refuses one). */
const BODILESS = new Set([204, 205, 304]);

export function keepAliveFetcher(options: KeepAliveOptions = {}): Fetcher {
  const agentOptions = { keepAlive: true, maxSockets: options.maxSockets ?? 64 };
  const agents: Record<string, http.Agent> = {
    "http:": new http.Agent(agentOptions),
    "https:": new https.Agent(agentOptions),
  };
  const timeoutMs = options.timeoutMs ?? 30_000;

  const send = (target: URL, init: FetcherInit, retried: boolean): Promise<FetcherResponse> =>
    new Promise((resolve, reject) => {
      const agent = agents[target.protocol];
      if (!agent) return reject(new Error(`unsupported subgraph URL scheme ${target.protocol}`));
      const client = target.protocol === "https:" ? https : http;
      const request = client.request(
        target,
        { method: init.method ?? "GET", headers: init.headers, agent, signal: init.signal },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("error", reject);
          response.on("end", () => resolve(toResponse(response, chunks)));
        },
      );
      request.setTimeout(timeoutMs, () =>
        request.destroy(Object.assign(new Error("subgraph timed out"), { code: "ETIMEDOUT" })),
      );
      request.on("error", (error: NodeJS.ErrnoException) => {
        // The subgraph closed an idle kept-alive socket as we reused it: subgraph operations
        // are reads, so send once more on a fresh socket.
        if (request.reusedSocket && error.code === "ECONNRESET" && !retried)
          resolve(send(target, init, true));
        else reject(error);
      });
      request.end(init.body);
    });

  return (url, init = {}) => send(new URL(url), init, false);
}

function toResponse(response: http.IncomingMessage, chunks: Buffer[]): FetcherResponse {
  const status = response.statusCode ?? 502;
  const headers = new Headers();
  for (const [name, value] of Object.entries(response.headers)) {
    for (const v of [value ?? []].flat()) headers.append(name, v);
  }
  const body = BODILESS.has(status) ? null : Buffer.concat(chunks);
  const answer = new Response(body, { status, statusText: response.statusMessage, headers });
  // Node's Headers is iterable; the DOM lib this project compiles with does not say so.
  return answer as unknown as FetcherResponse;
}
