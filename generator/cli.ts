#!/usr/bin/env node
/**
 * `npm run generate -- --patients 5000 --seed 7 --anchor 2026-06-01T08:00:00Z --out data/demo`,
 * with `--his postgres://…` (and the like) to load a system into a real store instead.
 */
import { Command } from "commander";
import { currentHour, instant, positiveInteger, siteCode, storeUrl, timeZone } from "./cli-options";
import { generateEmbeddedHospital } from "./generate-command";
import { REAL_STORE_WRITERS, type StoreTargets } from "./real-store-writers";
import { SOURCE_SYSTEMS } from "../subgraphs/subgraph";

const program = new Command("generate")
  .description("Generate a deterministic synthetic hospital and write every system's native store")
  .option("--patients <n>", "number of patients", positiveInteger(1_000_000), 1000)
  .option(
    "--seed <n>",
    "random seed: the same seed and anchor give the same hospital",
    positiveInteger(2 ** 31),
    7,
  )
  .option(
    "--anchor <instant>",
    "the hospital's 'now' (ISO-8601); default: the current hour",
    instant,
  )
  .option("--site <code>", "hospital code, prefix of canonical patient ids", siteCode, "H01")
  .option(
    "--time-zone <zone>",
    "IANA zone of the hospital's local clocks",
    timeZone,
    "Europe/Berlin",
  )
  .option("--out <dir>", "data folder to write", "data/demo");
for (const system of SOURCE_SYSTEMS) {
  const writer = REAL_STORE_WRITERS[system];
  if (writer)
    program.option(
      `--${system} <url>`,
      `load ${system.toUpperCase()} into a ${writer.urlHelp}`,
      storeUrl(writer.check),
    );
}
program.action(async (o) => {
  await generateEmbeddedHospital(
    {
      patients: o.patients,
      seed: o.seed,
      anchor: o.anchor ?? currentHour(),
      site: { code: o.site, timeZone: o.timeZone },
      out: o.out,
      targets: Object.fromEntries(
        SOURCE_SYSTEMS.filter((system) => o[system]).map((system) => [system, o[system]]),
      ) as StoreTargets,
    },
    (line) => console.log(line),
  );
});

program.parseAsync().catch((error: Error) => {
  console.error(`generate failed: ${error.message}`);
  process.exitCode = 1;
});
