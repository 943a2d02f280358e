/**
 * HTTP to a DICOMweb server, or to its vendor's REST API, through undici on kept-alive connections.
 * Credentials in the URL become Basic authorisation; every request has a deadline; errors name
 * PACS and the address but never the query string, whose values are PHI.
 */
import { STATUS_CODES } from "node:http";
import { request as send, type Agent, type Dispatcher } from "undici";
import { keptAliveConnections } from "../shared/kept-alive-connections";

/** Long enough for a large QIDO answer on a busy server, short enough to notice a hang. */
const DEFAULT_TIMEOUT_MS = 30_000;
/**
 * Orthanc announces `Keep-Alive: timeout=1`. Node's fetch and its http agent keep a connection
 * for the announced time less one second, so with Orthanc they kept none: every search opened and
 * closed a TCP connection, the largest share of the PACS subgraph's CPU under load (BENCHMARKS.md).
 * Kept for the announced time less this margin, the connection is let go before the server
 * drops it.
 */
const KEEP_ALIVE_MARGIN_MS = 250;
/** How long an idle connection is kept when the server announces nothing. */
const KEEP_ALIVE_MS = 4_000;

export interface PacsHttpRequest {
  readonly method?: "GET" | "POST" | "DELETE";
  /** Relative to the base URL, e.g. `studies`. */
  readonly path: string;
  /** Already encoded, without the leading `?`. */
  readonly query?: string;
  readonly accept?: string;
  readonly body?: Uint8Array<ArrayBuffer>;
  readonly contentType?: string;
  readonly timeoutMs?: number;
  /** How an error names the request: method and resource, never values. */
  readonly what: string;
}

export interface PacsHttpResponse {
  /** The body as text; empty for 204 No Content. */
  readonly text: string;
  readonly warning: string | null;
}

export class PacsHttp {
  /** The base URL without credentials: safe to log and to show in errors. */
  readonly address: string;
  private readonly base: URL;
  private readonly authorization: string | undefined;
  /** Writes (STOW-RS, Orthanc's REST) are sent once; searches once more if cut off on reuse. */
  private readonly writes: Agent;
  private readonly reads: Dispatcher;

  constructor(url: string) {
    ({ base: this.base, authorization: this.authorization } = pacsBaseUrl(url));
    this.address = this.base.href.replace(/\/$/, "");
    const { agent, reads } = keptAliveConnections({
      keepAliveTimeout: KEEP_ALIVE_MS,
      keepAliveTimeoutThreshold: KEEP_ALIVE_MARGIN_MS,
      readMethod: "GET",
    });
    this.writes = agent;
    this.reads = reads;
  }

  /** Closes the kept-alive connections. */
  close(): Promise<void> {
    return this.writes.close();
  }

  /** Sends the request and reads the whole body within the deadline; a non-2xx status throws. */
  async request(request: PacsHttpRequest): Promise<PacsHttpResponse> {
    const url = new URL(request.path, this.base);
    if (request.query) url.search = request.query;
    const timeoutMs = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const headers: Record<string, string> = {};
    if (request.accept) headers.Accept = request.accept;
    if (request.contentType) headers["Content-Type"] = request.contentType;
    if (this.authorization) headers.Authorization = this.authorization;
    const method = request.method ?? "GET";
    try {
      const response = await send(url, {
        method,
        headers,
        body: request.body,
        signal: AbortSignal.timeout(timeoutMs),
        dispatcher: method === "GET" ? this.reads : this.writes,
      });
      const text = await response.body.text();
      const status = response.statusCode;
      if (status < 200 || status > 299) {
        // The body is not quoted: servers echo the query, values included.
        throw new Error(`answered HTTP ${status} ${STATUS_CODES[status] ?? ""}`.trim());
      }
      const warning = response.headers.warning;
      return { text, warning: [warning ?? []].flat().join(", ") || null };
    } catch (cause) {
      throw new Error(
        `PACS DICOMweb server at ${this.address}: ${request.what} failed: ${reason(cause, timeoutMs)}`,
        { cause },
      );
    }
  }
}

/**
 * The server's base URL without credentials, which become Basic authorisation; throws, without
 * echoing the URL (it may carry a password), when it cannot name a server.
 */
export function pacsBaseUrl(url: string): { base: URL; authorization?: string } {
  let base: URL | null = null;
  try {
    base = new URL(url);
  } catch {
    // Reported below without the URL, which may carry a password.
  }
  if (!base || !/^https?:$/.test(base.protocol)) {
    throw new Error("PACS DICOMweb URL is malformed: expected http(s)://host:port/path");
  }
  let authorization: string | undefined;
  if (base.username || base.password) {
    const user = decodeURIComponent(base.username);
    const password = decodeURIComponent(base.password);
    authorization = `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
    base.username = "";
    base.password = "";
  }
  base.search = "";
  base.hash = "";
  // A trailing slash makes `studies` resolve below the base path rather than beside it.
  if (!base.pathname.endsWith("/")) base.pathname += "/";
  return { base, authorization };
}

/** Why a request failed, in words that carry no request values. */
function reason(cause: unknown, timeoutMs: number): string {
  const error = cause as Error & { code?: string };
  if (error.name === "TimeoutError") return `no answer within ${timeoutMs / 1000} s`;
  return error.code ?? error.message;
}
