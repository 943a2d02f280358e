import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { keepAliveFetcher } from "./keep-alive-fetcher";

let server: Server;
let url: string;
const sockets = new Set<unknown>();

beforeAll(async () => {
  server = createServer((req, res) => {
    sockets.add(req.socket);
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ method: req.method, type: req.headers["content-type"] }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

test("fetches reuse one kept-alive connection and read as fetch responses", async () => {
  const fetcher = keepAliveFetcher();
  const init = { method: "POST", headers: { "content-type": "application/json" }, body: "{}" };
  for (let i = 0; i < 3; i++) {
    const response = await fetcher(url, init);
    expect(response.ok).toBe(true);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.json()).toEqual({ method: "POST", type: "application/json" });
  }
  expect(sockets.size).toBe(1);
});

test("after the server closes its idle connections, the next fetch still answers", async () => {
  const fetcher = keepAliveFetcher();
  await fetcher(url, { method: "POST", body: "{}" });
  server.closeIdleConnections();
  const response = await fetcher(url, { method: "POST", body: "{}" });
  expect(response.status).toBe(200);
});

test("a refused connection rejects with the socket's code", async () => {
  const fetcher = keepAliveFetcher();
  await expect(fetcher("http://127.0.0.1:9/graphql", { method: "POST" })).rejects.toMatchObject({
    code: "ECONNREFUSED",
  });
});
