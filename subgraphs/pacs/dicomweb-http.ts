/**
 * HTTP to a DICOMweb server, or to its vendor's REST API, through Node's fetch. Credentials in the
 * URL become Basic authorisation (fetch refuses URLs that carry them); every request has a
 * deadline; errors name PACS and the address but never the query string, whose values are PHI.
 */

/** Long enough for a large QIDO answer on a busy server, short enough to notice a hang. */
const DEFAULT_TIMEOUT_MS = 30_000;

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

  constructor(url: string) {
    let base: URL | null = null;
    try {
      base = new URL(url);
    } catch {
      // Reported below without the URL, which may carry a password.
    }
    if (!base || !/^https?:$/.test(base.protocol)) {
      throw new Error("PACS DICOMweb URL is malformed: expected http(s)://host:port/path");
    }
    if (base.username || base.password) {
      const user = decodeURIComponent(base.username);
      const password = decodeURIComponent(base.password);
      this.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
      base.username = "";
      base.password = "";
    }
    base.search = "";
    base.hash = "";
    // A trailing slash makes `studies` resolve below the base path rather than beside it.
    if (!base.pathname.endsWith("/")) base.pathname += "/";
    this.base = base;
    this.address = base.href.replace(/\/$/, "");
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
    try {
      const response = await fetch(url, {
        method: request.method ?? "GET",
        headers,
        body: request.body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await response.text();
      if (!response.ok) {
        // The body is not quoted: servers echo the query, values included.
        throw new Error(`answered HTTP ${response.status} ${response.statusText}`.trim());
      }
      return { text, warning: response.headers.get("warning") };
    } catch (cause) {
      throw new Error(
        `PACS DICOMweb server at ${this.address}: ${request.what} failed: ${reason(cause, timeoutMs)}`,
        { cause },
      );
    }
  }
}

/** Why a request failed, in words that carry no request values. */
function reason(cause: unknown, timeoutMs: number): string {
  const error = cause as Error & { cause?: { code?: string; message?: string } };
  if (error.name === "TimeoutError") return `no answer within ${timeoutMs / 1000} s`;
  // fetch wraps network errors (ECONNREFUSED, ENOTFOUND…) as "fetch failed" with the cause inside.
  return error.cause?.code ?? error.cause?.message ?? error.message;
}
