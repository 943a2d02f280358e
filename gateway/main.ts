#!/usr/bin/env node
/**
 * `npm start`: Medfuse on its embedded default. Generates the demo hospital on first run, then
 * serves the federated graph with GraphiQL.
 */
import "reflect-metadata";
import { Command, InvalidArgumentError } from "commander";
import { embeddedStorePaths } from "../generator/embedded-layout";
import { currentHour, positiveInteger } from "../generator/cli-options";
import { generateEmbeddedHospital } from "../generator/generate-command";
import { DEFAULT_SITE } from "../generator/generate-hospital";
import { readManifest } from "../generator/manifest";
import { startEmbeddedMedfuse } from "./embedded-medfuse";
import { createLogger } from "./logger";

const port = (text: string) => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError("expected a TCP port, 0 to 65535");
  return n;
};

const program = new Command("medfuse")
  .description("Serve the federated patient graph on the embedded default")
  .option(
    "--data <dir>",
    "data folder of the embedded stores",
    process.env.MEDFUSE_DATA_DIR ?? "data/demo",
  )
  .option("--port <port>", "HTTP port", port, Number(process.env.PORT ?? 4000))
  .option("--host <host>", "address to listen on", process.env.MEDFUSE_HOST ?? "127.0.0.1")
  .option("--patients <n>", "patients to generate on first run", positiveInteger(1_000_000), 1000)
  .action(async (o) => {
    const logger = createLogger();
    if (!readManifest(embeddedStorePaths(o.data).manifest)) {
      console.log(`First run: generating the demo hospital in ${o.data}`);
      await generateEmbeddedHospital(
        { patients: o.patients, seed: 7, anchor: currentHour(), site: DEFAULT_SITE, out: o.data },
        (line) => console.log(`  ${line}`),
      );
    }
    const medfuse = await startEmbeddedMedfuse({
      dataDir: o.data,
      port: o.port,
      host: o.host,
      logger,
    });
    console.log(
      `Medfuse is serving ${medfuse.manifest.patients.toLocaleString("en")} patients of ${medfuse.manifest.site.code}`,
    );
    console.log(`GraphiQL: ${medfuse.url}/graphiql`);
    console.log(`GraphQL endpoint: ${medfuse.url}/graphql   health: ${medfuse.url}/health`);
    const stop = () => {
      medfuse.stop().finally(() => process.exit(0));
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });

program.parseAsync().catch((error: Error) => {
  console.error(`medfuse failed to start: ${error.message}`);
  process.exitCode = 1;
});
