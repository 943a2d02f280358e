/**
 * The express app behind every Medfuse HTTP service's routes other than `/graphql`
 * (graphql-endpoint.ts serves that one on node:http): `GET /health` and no `X-Powered-By`.
 */
import express, { type Express } from "express";

export function serviceApp(): Express {
  const app = express();
  app.disable("x-powered-by");
  app.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });
  return app;
}
