/** What one benchmark run measures: scale, workloads, peers, load; parsed from `npm run bench -- …`. */
import { Command, InvalidArgumentError } from "commander";
import { instant, positiveInteger, siteCode } from "../generator/cli-options";
import { EMR_STORES, type EmrStore } from "./bench-stores";

export const WORKLOADS = ["W0", "W1", "W2", "W3", "W4"] as const;
export type WorkloadName = (typeof WORKLOADS)[number];

export const PEERS = ["medfuse", "medfuse-http", "apollo", "hive", "hive-router", "floor"] as const;
export type PeerName = (typeof PEERS)[number];

export interface BenchOptions {
  readonly patients: number;
  readonly seed: number;
  readonly anchor: Date;
  /** Names the databases (`medfuse_<dataset>_<system>`) and the marker of what they hold. */
  readonly dataset: string;
  /** Hospital code of the benchmark's patients: never the tests' H01. */
  readonly site: string;
  readonly reseed: boolean;
  /**
   * After loading, restart the project's Orthanc around a refresh of its planner statistics
   * (pacs-statistics.ts); off where others use the same Orthanc meanwhile (the test suite).
   */
  readonly pacsStatistics: boolean;
  /** EMR on the MongoDB-wire server, or on Medfuse's embedded document store (bench-stores.ts). */
  readonly emr: EmrStore;
  /** Seconds per measured cell. */
  readonly duration: number;
  /** Seconds of untimed load per workload before a peer's first cell. */
  readonly warmup: number;
  readonly connections: readonly number[];
  readonly workloads: readonly WorkloadName[];
  readonly peers: readonly PeerName[];
  /** Times the whole peer sequence runs, interleaved; the table shows medians over them. */
  readonly rounds: number;
  /** Patients per page of W2 and of W3. */
  readonly wardSize: number;
  readonly deepWardSize: number;
  /** Ward sizes for the list-size sweep of W2's store round trips; empty to skip it. */
  readonly sweep: readonly number[];
  /** Distinct operation texts of W4. */
  readonly variants: number;
  /** Seconds one request may take before it counts as a timeout. */
  readonly timeout: number;
  /** Where the table (markdown) and the raw figures (JSON) are written. */
  readonly out: string;
  /** When set, every server the run starts writes a V8 CPU profile here (a folder each). */
  readonly cpuProfile?: string;
}

function list<T>(parse: (item: string) => T) {
  return (text: string): T[] =>
    text
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s && s !== "none")
      .map(parse);
}

function oneOf<T extends string>(names: readonly T[]) {
  return (text: string): T => {
    const name = names.find((n) => n.toLowerCase() === text.toLowerCase());
    if (!name) throw new InvalidArgumentError(`"${text}": expected one of ${names.join(", ")}`);
    return name;
  };
}

/** Seconds, where 0 turns the step off. */
function wholeSeconds(text: string): number {
  return text === "0" ? 0 : positiveInteger(600)(text);
}

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const program = new Command("bench")
    .description("Medfuse beside its peers on the real stores: one table (see BENCHMARKS.md)")
    .option("--patients <n>", "hospital size", positiveInteger(1_000_000), 10_000)
    .option("--seed <n>", "generator seed", positiveInteger(2 ** 31), 11)
    .option("--anchor <iso>", "the hospital's now", instant, new Date("2026-06-01T08:00:00Z"))
    .option("--dataset <name>", "database names medfuse_<name>_<system>", dataset, "bench")
    .option("--site <code>", "hospital code (default: the dataset, upper-case)", siteCode)
    .option("--reseed", "load the stores even when the marker says they hold this hospital", false)
    .option(
      "--no-pacs-statistics",
      "after loading, leave Orthanc's planner statistics as they are (no restart)",
    )
    .option(
      "--emr <store>",
      "EMR on the MongoDB-wire server or embedded",
      oneOf(EMR_STORES),
      "wire",
    )
    .option("--duration <s>", "seconds per cell", positiveInteger(3600), 10)
    .option(
      "--warmup <s>",
      "untimed seconds per workload before a peer is measured",
      wholeSeconds,
      // 3 s left the shared subgraphs' JIT still warming: the first of Apollo, Medfuse, Apollo,
      // Medfuse ran W1 at 51.8 ok/s and the second Apollo at 70.3 (c=10). At 20 s: 65.1 and 57.9.
      15,
    )
    .option("--connections <list>", "concurrency levels", list(positiveInteger(1000)), [1, 10, 50])
    .option("--workloads <list>", WORKLOADS.join(","), list(oneOf(WORKLOADS)), [...WORKLOADS])
    .option("--peers <list>", PEERS.join(","), list(oneOf(PEERS)), [...PEERS])
    .option(
      "--rounds <n>",
      "run the peer sequence n times, interleaved; the table shows medians",
      positiveInteger(20),
      1,
    )
    .option("--ward-size <n>", "patients per W2 page", positiveInteger(1000), 100)
    .option("--deep-ward-size <n>", "patients per W3 page", positiveInteger(1000), 1000)
    .option(
      "--sweep <list>",
      "W2 ward sizes for store round trips",
      list(positiveInteger(1000)),
      [10, 100, 1000],
    )
    .option("--variants <n>", "distinct operation texts of W4", positiveInteger(100_000), 500)
    .option("--timeout <s>", "seconds before a request times out", positiveInteger(3600), 120)
    .option("--out <dir>", "results directory", ".bench-data/results")
    .option("--cpu-profile <dir>", "every server writes a V8 CPU profile (.cpuprofile) here")
    .exitOverride()
    .parse(argv, { from: "user" });
  const o = program.opts();
  return { ...o, site: o.site ?? siteCode(o.dataset.toUpperCase()) } as BenchOptions;
}

function dataset(text: string): string {
  if (!/^[a-z0-9]{2,12}$/.test(text))
    throw new InvalidArgumentError("expected 2 to 12 lower-case letters or digits");
  return text;
}
