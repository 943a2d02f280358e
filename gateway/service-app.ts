/**
 * The express app every Medfuse HTTP service starts from: `GET /health`, no `X-Powered-By`, and
 * no ETag. Express hashes every body it sends to make one, and nothing here answers a
 * conditional request: a GraphQL answer is POSTed for, and a ward list's is hundreds of
 * kilobytes (BENCHMARKS.md, "What was tried").
 */
import express, { type Express } from "express";

export function serviceApp(): Express {
  const app = express();
  app.disable("x-powered-by");
  app.disable("etag");
  app.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });
  return app;
}
