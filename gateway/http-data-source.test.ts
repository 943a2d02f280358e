import type { GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { HttpDataSource, SubgraphConnections } from "./http-data-source";

type Answer = (req: IncomingMessage, res: ServerResponse, body: string) => void;

let answer: Answer;
const bodies: string[] = [];
const sockets = new Set<unknown>();
const server = createServer((req, res) => {
  sockets.add(req.socket);
  let body = "";
  req.on("data", (chunk: Buffer) => (body += chunk.toString()));
  req.on("end", () => {
    bodies.push(body);
    answer(req, res, body);
  });
});
let url: string;
let connections: SubgraphConnections;

const json = (res: ServerResponse, value: unknown, status = 200) =>
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(value));

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  bodies.length = 0;
  sockets.clear();
  connections = new SubgraphConnections({ timeoutMs: 500 });
});
afterEach(() => connections.close());

/** What the query plan hands a data source; only the request is read. */
const fetchOf = (request: object) => ({ request }) as unknown as GraphQLDataSourceProcessOptions;
const lookup = fetchOf({
  query:
    "query($representations:[_Any!]!){_entities(representations:$representations){__typename}}",
  variables: { representations: [{ __typename: "Patient", id: "H01-00000042" }] },
  operationName: undefined,
});

test("fetches are POSTed as JSON on kept-alive connections, and the answer comes back whole", async () => {
  answer = (req, res) =>
    json(res, { data: { _entities: [{ __typename: "Patient" }] }, method: req.method });
  const source = new HttpDataSource(url, connections);
  for (let i = 0; i < 6; i++) {
    expect(await source.process(lookup)).toEqual({
      data: { _entities: [{ __typename: "Patient" }] },
      method: "POST",
    });
  }
  expect(JSON.parse(bodies[0])).toEqual({
    query: lookup.request.query,
    variables: lookup.request.variables,
  });
  // undici may open a second connection while the first is being released; never one each.
  expect(sockets.size).toBeLessThanOrEqual(2);
});

test("after the subgraph closes its idle connections, the next fetch still answers", async () => {
  answer = (_req, res) => json(res, { data: {} });
  const source = new HttpDataSource(url, connections);
  await source.process(lookup);
  server.closeIdleConnections();
  expect(await source.process(lookup)).toEqual({ data: {} });
});

test("a fetch cut off as its kept-alive connection is reused goes out once more", async () => {
  const used = new WeakSet<object>();
  let dropped = false;
  answer = (req, res) => {
    // Once, the subgraph drops a connection it had kept, without answering, as it is reused.
    if (used.has(req.socket) && !dropped) {
      dropped = true;
      return void req.socket.destroy();
    }
    used.add(req.socket);
    json(res, { data: {} });
  };
  const source = new HttpDataSource(url, connections);
  for (let i = 0; i < 4; i++) expect(await source.process(lookup)).toEqual({ data: {} });
  expect(dropped).toBe(true);
  expect(bodies).toHaveLength(5);
});

test("a refused connection rejects with the socket's code", async () => {
  const source = new HttpDataSource("http://127.0.0.1:9/graphql", connections);
  await expect(source.process(lookup)).rejects.toMatchObject({ code: "ECONNREFUSED" });
});

test("an error status rejects with the status alone, never the body", async () => {
  answer = (_req, res) => json(res, { message: "H01-00000042 not here" }, 502);
  const source = new HttpDataSource(url, connections);
  await expect(source.process(lookup)).rejects.toThrow(/^answered HTTP 502 Bad Gateway$/);
});

test("an answer that is not a JSON object rejects without quoting it", async () => {
  const source = new HttpDataSource(url, connections);
  for (const [type, text] of [
    ["text/html", "<p>H01-00000042</p>"],
    ["application/json", '{"data": H01-00000042'],
    ["application/json", "[1]"],
  ]) {
    answer = (_req, res) => res.writeHead(200, { "content-type": type }).end(text);
    await expect(source.process(lookup)).rejects.toThrow(
      /^answered HTTP 200 without a JSON object$/,
    );
  }
});

test("a subgraph that does not answer in time is given up on", async () => {
  answer = () => {};
  const source = new HttpDataSource(url, connections);
  const started = Date.now();
  await expect(source.process(lookup)).rejects.toMatchObject({
    code: "UND_ERR_HEADERS_TIMEOUT",
  });
  expect(Date.now() - started).toBeLessThan(3000);
  server.closeAllConnections();
});
