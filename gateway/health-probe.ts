#!/usr/bin/env node
/**
 * `node dist/gateway/health-probe.js <url>`: exits 0 when the URL answers 200 within 3 s, else 1.
 * Container health checks use it, as the runtime image has no curl.
 */
const url = process.argv[2];
fetch(url, { signal: AbortSignal.timeout(3_000) }).then(
  (response) => process.exit(response.ok ? 0 : 1),
  () => process.exit(1),
);
