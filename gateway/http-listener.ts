/** Serves a request listener on a host and port (0 picks a free one) and says where it listens. */
import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Listening {
  /** `http://host:port`, with the port actually bound. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Idle keep-alive connections outlive the gateway's reuse of them: a server that closed a socket
 * first would reset the next fetch the gateway sends on it.
 */
const KEEP_ALIVE_MS = 65_000;

export async function listen(
  handler: RequestListener,
  port: number,
  host: string,
): Promise<Listening> {
  const server: Server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  const { port: bound } = server.address() as AddressInfo;
  const shown = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shown}:${bound}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive sockets would hold the server open until they idle out.
        server.closeIdleConnections();
      }),
  };
}
