/**
 * The run as markdown: the one table of every workload × peer × concurrency with each figure and
 * its ratio to the floor (over several rounds, medians: rounds.ts), then store round trips per
 * source by ward size. A cell with any failed answer, timeout or connection error shows FAIL and
 * no figures: failing is never fast.
 */
import { SOURCE_SYSTEMS } from "../../subgraphs/subgraph";
import type { PeerName } from "../bench-options";
import { workloadTitle } from "../bench-workloads";
import type { BenchReport } from "../harness";
import type { CellFigures } from "../measure/measure-cell";
import type { CellRow } from "../peer-run";
import { PEER_CATALOGUE } from "../peers/peer-catalogue";
import { mergeRounds, type MergedCell, type MergedRun } from "./rounds";

const HEADER = [
  "workload",
  "c",
  "peer",
  "ok req/s",
  "req/s range",
  "p50 ms",
  "p95 ms",
  "p99 ms",
  "peer CPU ms/op",
  "all CPU ms/op",
  "peak RSS MiB",
  "subgraph req/op",
  "store q/op",
  "req/s ×floor",
  "p99 ×floor",
  "peer CPU ×floor",
  "store q ×floor",
  "status",
];

const row = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;

const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "—");
const ratio = (value: number, floor: number | undefined) =>
  floor && Number.isFinite(value) && floor > 0 ? `${(value / floor).toFixed(2)}×` : "—";

/** Null for a clean cell, else what went wrong, without values. */
export function cellProblem(f: CellFigures): string | null {
  const problems = Object.entries(f.load.failures).map(([what, n]) => `${n} × ${what}`);
  if (f.load.timeouts) problems.push(`${f.load.timeouts} timeouts`);
  if (f.load.errors) problems.push(`${f.load.errors} connection errors`);
  if (f.load.ok === 0 && problems.length === 0) problems.push("no answer in time");
  return problems.length ? `FAIL: ${problems.join("; ")}` : null;
}

function clean(cell: CellRow | undefined): CellFigures | undefined {
  return cell?.figures && !cellProblem(cell.figures) ? cell.figures : undefined;
}

function cellCells(run: MergedRun, cell: MergedCell | undefined, floor: CellFigures | undefined) {
  const f = cell?.figures;
  const status = run.notRun ?? cell?.notRun ?? (f && cellProblem(f)) ?? "ok";
  const ok = clean(cell);
  if (!ok) return [...Array(HEADER.length - 4).fill("—"), status];
  const rss = `${fixed(ok.peakRssMiB, 0)}${ok.peakIsCellOwn ? "" : "*"}`;
  const spread = cell?.spread;
  return [
    fixed(ok.throughput),
    spread ? `${fixed(spread.minThroughput)}–${fixed(spread.maxThroughput)}` : "—",
    fixed(ok.load.latency.p50),
    fixed(ok.load.latency.p95),
    fixed(ok.load.latency.p99),
    fixed(ok.peerCpuMsPerOp, 2),
    fixed(ok.totalCpuMsPerOp, 2),
    rss,
    fixed(ok.subgraphRequestsPerOp),
    fixed(ok.storeQueriesPerOp),
    ratio(ok.throughput, floor?.throughput),
    ratio(ok.load.latency.p99, floor?.load.latency.p99),
    ratio(ok.peerCpuMsPerOp, floor?.peerCpuMsPerOp),
    ratio(ok.storeQueriesPerOp, floor?.storeQueriesPerOp),
    status,
  ];
}

export function mainTable(report: BenchReport): string {
  const { options } = report;
  const runs = mergeRounds(report.runs);
  const floorRun = runs.find((r) => r.peer === "floor");
  const labels = [...new Set(runs.flatMap((r) => r.cells.map((c) => c.label)))];
  const lines = [row(HEADER), row(HEADER.map(() => "---"))];
  for (const label of labels) {
    for (const connections of options.connections) {
      const find = (run: MergedRun | undefined) =>
        run?.cells.find((c) => c.label === label && c.connections === connections);
      const floor = clean(find(floorRun));
      for (const run of runs) {
        const title = workloadTitle(label, options);
        lines.push(
          row([title, `${connections}`, peerLabel(run.peer), ...cellCells(run, find(run), floor)]),
        );
      }
    }
  }
  for (const run of runs.filter((r) => r.notRun))
    lines.push(row(["all", "—", peerLabel(run.peer), ...cellCells(run, undefined, undefined)]));
  return lines.join("\n");
}

export function sweepTable(report: BenchReport): string {
  const header = ["peer", "patients", "store q/op", ...SOURCE_SYSTEMS.map((s) => s.toUpperCase())];
  const lines = [
    row([...header, "subgraph req/op", "status"]),
    row([...header, "", ""].map(() => "---")),
  ];
  for (const run of mergeRounds(report.runs)) {
    for (const sweep of run.sweep) {
      const ok = sweep.figures && !cellProblem(sweep.figures) ? sweep.figures : undefined;
      const status = sweep.notRun ?? (sweep.figures && cellProblem(sweep.figures)) ?? "ok";
      lines.push(
        row([
          peerLabel(run.peer),
          `${sweep.size}`,
          ok ? fixed(ok.storeQueriesPerOp) : "—",
          ...SOURCE_SYSTEMS.map((s) => (ok ? fixed(ok.storeQueriesPerOpBySystem[s] ?? 0) : "—")),
          ok ? fixed(ok.subgraphRequestsPerOp) : "—",
          status,
        ]),
      );
    }
  }
  return lines.join("\n");
}

const peerLabel = (peer: PeerName) => PEER_CATALOGUE[peer].label;
