#!/usr/bin/env node
/**
 * `npm run bench -- --patients 10000 --duration 10 --connections 1,10` (bench/bench.sh starts the
 * services first): runs the benchmark, prints the table and writes it under --out.
 */
import "reflect-metadata";
import { resolve } from "node:path";
import { CommanderError } from "commander";
import { parseBenchOptions } from "./bench-options";
import { runBench } from "./harness";
import { profileChildrenInto } from "./processes/child-service";
import { resultsMarkdown, writeResults } from "./report/write-results";

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  if (options.cpuProfile) profileChildrenInto(resolve(options.cpuProfile));
  const started = Date.now();
  const log = (line: string) => console.log(line);
  const report = await runBench(options, log);
  const markdown = resultsMarkdown(report, (Date.now() - started) / 1000);
  const path = await writeResults(report, markdown, options.out);
  console.log(`\n${markdown}\nwritten to ${path}`);
}

// Ctrl-C: exit through the 'exit' handlers, which kill every server the run started.
process.once("SIGINT", () => process.exit(130));
process.once("SIGTERM", () => process.exit(143));

main().catch((error: Error) => {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  console.error(`bench failed: ${error.message}`);
  process.exit(1);
});
