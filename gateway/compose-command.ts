#!/usr/bin/env node
/**
 * `npm run compose`: rebuilds schema/supergraph.graphql from the subgraphs. Subgraph schemas do
 * not depend on data, so it opens them over a one-patient synthetic hospital.
 */
import "reflect-metadata";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { composeFromCode } from "./compose-from-code";
import { SUPERGRAPH_PATH } from "./project-paths";

async function main() {
  const scratch = mkdtempSync(join(tmpdir(), "medfuse-compose-"));
  try {
    writeFileSync(SUPERGRAPH_PATH, await composeFromCode(scratch));
    console.log(`wrote ${SUPERGRAPH_PATH}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(`compose failed: ${error.message}`);
  process.exitCode = 1;
});
