/**
 * The benchmark harness at toy scale, so it cannot rot: 30 patients, one second per cell, one
 * connection, W0–W2, Medfuse against stock Apollo and the floor. Nothing is timed; every cell
 * must have answered, correctly, at all. Runs on the stores `npm test` starts, like the
 * multi-process suite; the harness stops every process it started, pass or fail.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseBenchOptions, type PeerName } from "./bench-options";
import { runBench, type BenchReport } from "./harness";
import { PEER_CATALOGUE } from "./peers/peer-catalogue";
import { cellProblem, mainTable } from "./report/results-table";

const PEERS: PeerName[] = ["medfuse", "floor", "apollo"];
const WORKLOADS = ["W0", "W1", "W2"];

let out: string;
let report: BenchReport;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), "medfuse-bench-smoke-"));
  const options = parseBenchOptions(
    [
      ["--patients", "30"],
      ["--seed", "13"],
      ["--dataset", "bsmoke"],
      ["--duration", "1"],
      ["--warmup", "1"],
      ["--connections", "1"],
      ["--workloads", WORKLOADS.join(",")],
      ["--peers", PEERS.join(",")],
      ["--ward-size", "10"],
      ["--sweep", "5,10"],
      ["--timeout", "30"],
      ["--out", out],
      // The suite's other files use the same Orthanc meanwhile: no restart under them.
      ["--no-pacs-statistics"],
    ].flat(),
  );
  report = await runBench(options, () => {});
}, 180_000);

afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

test.each(PEERS)("%s answers every workload correctly, at some throughput", (peer) => {
  const run = report.runs.find((r) => r.peer === peer)!;
  expect(run.notRun).toBeUndefined();
  expect(run.cells.map((c) => c.label)).toEqual(WORKLOADS);
  for (const cell of run.cells) {
    expect({ workload: cell.label, notRun: cell.notRun }).toEqual({ workload: cell.label });
    expect({ workload: cell.label, problem: cellProblem(cell.figures!) }).toEqual({
      workload: cell.label,
      problem: null,
    });
    expect(cell.figures!.throughput).toBeGreaterThan(0);
  }
});

test("the table has an ok row per workload and peer", () => {
  const lines = mainTable(report).split("\n");
  for (const workload of WORKLOADS) {
    for (const peer of PEERS) {
      const row = lines.find(
        (l) => l.startsWith(`| ${workload} `) && l.includes(`| ${PEER_CATALOGUE[peer].label} |`),
      );
      expect({ workload, peer, status: row?.split("|").at(-2)?.trim() }).toEqual({
        workload,
        peer,
        status: "ok",
      });
    }
  }
});

test("store round trips per operation do not grow with the ward size", () => {
  for (const run of report.runs) {
    const [small, large] = run.sweep.map((s) => s.figures!.storeQueriesPerOpBySystem);
    expect({ peer: run.peer, large }).toEqual({ peer: run.peer, large: small });
  }
});
