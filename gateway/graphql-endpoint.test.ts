import { ApolloServer } from "@apollo/server";
import { buildSchema } from "graphql";
import http from "node:http";
import { graphqlEndpoint } from "./graphql-endpoint";
import { listen, type Listening } from "./http-listener";
import { OperationAdmission } from "./operation-admission";

interface WardContext {
  readonly requestNumber: number;
}

const schema = buildSchema(`type Query { ward: String, requestNumber: Int }`);
let contexts = 0;
let requestsSeen = 0;
let apollo: ApolloServer<WardContext>;
let running: Listening;

beforeAll(async () => {
  apollo = new ApolloServer<WardContext>({
    schema,
    rootValue: {
      ward: () => "7B",
      requestNumber: (_: unknown, ctx: WardContext) => ctx.requestNumber,
    },
  });
  await apollo.start();
  const endpoint = graphqlEndpoint(apollo, {
    bodyLimit: "1kb",
    context: async () => ({ requestNumber: ++contexts }),
    onRequest: () => requestsSeen++,
    otherwise: (_req, res) => {
      res.statusCode = 404;
      res.end("elsewhere");
    },
  });
  running = await listen(endpoint, 0, "127.0.0.1");
});
afterAll(async () => {
  await apollo.stop();
  await running.close();
});

/** One request on a kept-alive agent, so a test can see whether the connection survived. */
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
afterAll(() => agent.destroy());

function send(path: string, body?: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; type?: string; text: string; socket: unknown }>(
    (resolve, reject) => {
      const request = http.request(
        `${running.url}${path}`,
        {
          method: body === undefined ? "GET" : "POST",
          agent,
          headers:
            body === undefined ? headers : { "content-type": "application/json", ...headers },
        },
        (response) => {
          let text = "";
          response.setEncoding("utf8");
          response.on("data", (chunk: string) => (text += chunk));
          response.on("end", () =>
            resolve({
              status: response.statusCode ?? 0,
              type: response.headers["content-type"],
              text,
              socket: request.socket,
            }),
          );
        },
      );
      request.on("error", reject);
      request.end(body);
    },
  );
}

test("a POSTed operation is answered with a fresh context each time", async () => {
  const first = await send("/graphql", JSON.stringify({ query: "{ ward requestNumber }" }));
  const second = await send("/graphql", JSON.stringify({ query: "{ requestNumber }" }));
  expect(first.status).toBe(200);
  expect(first.type).toMatch(/^application\/json/);
  expect(JSON.parse(first.text).data.ward).toBe("7B");
  expect(JSON.parse(second.text).data.requestNumber).toBe(
    JSON.parse(first.text).data.requestNumber + 1,
  );
});

test("a GET with a query string is Apollo Server's: answered with the preflight header", async () => {
  const query = `?query=${encodeURIComponent("{ ward }")}`;
  const allowed = await send(`/graphql${query}`, undefined, { "apollo-require-preflight": "1" });
  expect(JSON.parse(allowed.text)).toEqual({ data: { ward: "7B" } });
  // Apollo's CSRF prevention still holds: the endpoint hands it the real headers.
  const simple = await send(`/graphql${query}`);
  expect(simple.status).toBe(400);
});

test("a body that is not JSON is a 400 that echoes none of it; the connection stays usable", async () => {
  const broken = await send("/graphql", '{"query": "{ ward }", "MRN-0042"');
  expect(broken.status).toBe(400);
  expect(JSON.parse(broken.text)).toEqual({
    errors: [
      { message: "the request body is not valid JSON", extensions: { code: "BAD_REQUEST" } },
    ],
  });
  expect(broken.text).not.toContain("MRN");
  const next = await send("/graphql", JSON.stringify({ query: "{ ward }" }));
  expect(next.status).toBe(200);
  expect(next.socket).toBe(broken.socket);
});

test("a body over the limit is a 413 before any operation runs", async () => {
  const before = contexts;
  const big = await send("/graphql", JSON.stringify({ query: "{ ward }", pad: "x".repeat(2048) }));
  expect(big.status).toBe(413);
  expect(JSON.parse(big.text).errors[0]).toEqual({
    message: "the request body is too large",
    extensions: { code: "BAD_REQUEST" },
  });
  expect(contexts).toBe(before);
});

test("other paths go to the service's own routes; only /graphql is counted", async () => {
  const seen = requestsSeen;
  const other = await send("/graphql/extra");
  const health = await send("/health");
  expect([other.status, other.text, health.status, health.text]).toEqual([
    404,
    "elsewhere",
    404,
    "elsewhere",
  ]);
  expect(requestsSeen).toBe(seen);
  await send("/graphql", JSON.stringify({ query: "{ ward }" }));
  expect(requestsSeen).toBe(seen + 1);
});

describe("with an admission of one operation at a time", () => {
  const started: string[] = [];
  let release: () => void = () => {};
  let queued: ApolloServer;
  let serving: Listening;
  const admission = new OperationAdmission(1);

  beforeAll(async () => {
    queued = new ApolloServer({
      schema: buildSchema(`type Query { slow(name: String!): String }`),
      rootValue: {
        slow: ({ name }: { name: string }) => {
          started.push(name);
          return new Promise((resolve) => (release = () => resolve(name)));
        },
      },
    });
    await queued.start();
    const endpoint = graphqlEndpoint(queued, { bodyLimit: "1kb", admission, otherwise: () => {} });
    serving = await listen(endpoint, 0, "127.0.0.1");
  });
  afterAll(async () => {
    await queued.stop();
    await serving.close();
  });

  const post = (name: string, signal?: AbortSignal) =>
    fetch(`${serving.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ slow(name: "${name}") }` }),
      signal,
    });
  const until = async (condition: () => boolean) => {
    while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
  };

  test("the second waits until the first has answered; one that leaves in line is never run", async () => {
    const first = post("first");
    await until(() => started.length === 1);
    const leaving = new AbortController();
    const gone = post("gone", leaving.signal).catch(() => "aborted");
    const second = post("second");
    await until(() => admission.queued === 2);
    leaving.abort();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(started).toEqual(["first"]);
    release();
    expect(await (await first).json()).toEqual({ data: { slow: "first" } });
    expect(await gone).toBe("aborted");
    await until(() => started.length === 2);
    release();
    expect(await (await second).json()).toEqual({ data: { slow: "second" } });
    expect(started).toEqual(["first", "second"]);
  });
});
