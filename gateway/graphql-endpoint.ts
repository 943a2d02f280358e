/**
 * `/graphql` served on node:http straight into Apollo Server; every other path goes on to the
 * service's express app (health, GraphiQL, the benchmark's counters). Express's router, its
 * request and response prototypes and `res.send` cost every request more than the JSON body
 * parser and Apollo Server together on a small operation, and a patient view is one gateway
 * request and five subgraph requests (BENCHMARKS.md, "What was tried").
 */
import type { ApolloServer, BaseContext, HTTPGraphQLRequest } from "@apollo/server";
import { HeaderMap } from "@apollo/server";
import express from "express";
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { OperationAdmission } from "./operation-admission";

export interface GraphQLEndpointOptions<Context extends BaseContext> {
  /** Largest request body accepted, in body-parser's notation ("1mb"). */
  readonly bodyLimit: string;
  /** A fresh context per operation; default `{}`. */
  readonly context?: () => Promise<Context>;
  /** Called for every request that reaches `/graphql` (the benchmark's request count). */
  readonly onRequest?: () => void;
  /** Operations wait here for a place before they run (the gateway's); default: none wait. */
  readonly admission?: OperationAdmission;
  /** Everything that is not `/graphql`. */
  readonly otherwise: RequestListener;
}

const PATH = "/graphql";

/** The body parser's failures, in words that name no byte of the body. */
const BODY_PROBLEMS: Readonly<Record<string, string>> = {
  "entity.parse.failed": "the request body is not valid JSON",
  "entity.too.large": "the request body is too large",
  "encoding.unsupported": "the request body's content encoding is not supported",
  "charset.unsupported": "the request body's charset is not supported",
  "request.aborted": "the request body ended early",
};

export function graphqlEndpoint<Context extends BaseContext>(
  server: ApolloServer<Context>,
  options: GraphQLEndpointOptions<Context>,
): RequestListener {
  const parseJson = express.json({ limit: options.bodyLimit });
  const context = options.context ?? (async () => ({}) as Context);
  return (req, res) => {
    const [path, search = ""] = splitUrl(req.url ?? "/");
    if (path !== PATH) return options.otherwise(req, res);
    options.onRequest?.();
    parseJson(req, res, (error?: unknown) => {
      if (error) return answerBodyProblem(res, error);
      const request: HTTPGraphQLRequest = {
        method: (req.method ?? "GET").toUpperCase(),
        headers: headerMap(req),
        search,
        body: (req as IncomingMessage & { body?: unknown }).body,
      };
      const execute = () =>
        server
          .executeHTTPGraphQLRequest({ httpGraphQLRequest: request, context })
          .then(async (answer) => {
            for (const [name, value] of answer.headers) res.setHeader(name, value);
            res.statusCode = answer.status ?? 200;
            if (answer.body.kind === "complete") return void res.end(answer.body.string);
            for await (const chunk of answer.body.asyncIterator) res.write(chunk);
            res.end();
          });
      const { admission } = options;
      (admission ? admission.admit(execute, () => req.socket.destroyed) : execute())
        // Apollo Server answers its own and the schema's errors; what reaches here is a broken
        // connection or a bug, and the client learns only that it failed.
        .catch(() => answerProblem(res, 500, "INTERNAL_SERVER_ERROR", "Internal server error"));
    });
  };
}

function splitUrl(url: string): [string, string?] {
  const query = url.indexOf("?");
  return query < 0 ? [url] : [url.slice(0, query), url.slice(query)];
}

function headerMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
}

function answerBodyProblem(res: ServerResponse, error: unknown): void {
  const { status, type } = error as { status?: number; type?: string };
  const message = (type && BODY_PROBLEMS[type]) ?? "the request body could not be read";
  answerProblem(
    res,
    status && status >= 400 && status < 500 ? status : 400,
    "BAD_REQUEST",
    message,
  );
}

function answerProblem(res: ServerResponse, status: number, code: string, message: string): void {
  if (res.headersSent) return void res.destroy();
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}
