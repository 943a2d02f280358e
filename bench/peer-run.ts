/**
 * One peer's part of the run: start it, wait until it answers, measure every cell and the
 * list-size sweep, stop it. A peer that cannot start, or dies, is recorded with the reason; its
 * cells are never given numbers.
 */
import type { BenchOptions, PeerName, WorkloadName } from "./bench-options";
import { workloadCells, type Cell } from "./bench-workloads";
import { disagreement } from "./measure/agreement";
import { driveLoad } from "./measure/drive-load";
import { measureCell, type CellFigures } from "./measure/measure-cell";
import { PEER_CATALOGUE, type PeerSetting } from "./peers/peer-catalogue";
import { cellProblem } from "./report/results-table";
import type { ChildService } from "./processes/child-service";
import { w0Requests, wardListRequests, type Hospital } from "./workloads/request-sources";

export interface CellRow {
  readonly label: string;
  readonly connections: number;
  readonly figures?: CellFigures;
  /** Why there are no figures. */
  readonly notRun?: string;
}

export interface SweepRow {
  readonly size: number;
  readonly figures?: CellFigures;
  readonly notRun?: string;
}

export interface PeerRun {
  readonly peer: PeerName;
  readonly notRun?: string;
  readonly cells: readonly CellRow[];
  readonly sweep: readonly SweepRow[];
}

/** Requests per sweep size: store round trips per operation are counts, not timings. */
const SWEEP_REQUESTS = 1;

/** W0 has nothing to compare; W4 is W1's selection under varying aliases, checked for shape. */
const COMPARED: readonly WorkloadName[] = ["W1", "W2", "W3"];

/** Warm-up requests ask for other patients than the calibration and the measured cells. */
const WARM_UP_OFFSET = 900_001;

/**
 * Untimed load on a workload right before its first cell, so that no peer pays for warming the
 * subgraphs' JIT for the peers after it. The load generator stops at the deadline, but the peer
 * and its subgraphs still finish what was in flight; one more request, answered, waits for that,
 * so a heavy workload's warm-up never runs into a light workload's cell (W0 measured after W3's
 * warm-up ran at 187 instead of ~3,000 ok/s). W4 is not warmed: its cold row must see its texts
 * for the first time.
 */
async function warmUp(url: string, cell: Cell, options: BenchOptions): Promise<void> {
  const warm = (i: number) => cell.requests(i + WARM_UP_OFFSET);
  await driveLoad(url, warm, { ...cell.load, duration: options.warmup, amount: undefined });
  await driveLoad(url, warm, { ...cell.load, connections: 1, amount: 1 });
}

/** The first line of a failure, without the process output that follows it. */
const reason = (error: unknown) => String((error as Error).message ?? error).split("\n")[0];

async function answersW0(url: string, deadline: number): Promise<void> {
  const request = w0Requests()(0);
  for (;;) {
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: request.body,
      });
      const problem = response.ok
        ? request.check(await response.text())
        : `HTTP ${response.status}`;
      if (!problem) return;
      if (Date.now() > deadline) throw new Error(`does not answer { __typename }: ${problem}`);
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Each workload's cells, at every concurrency. */
function cellsOf(workload: WorkloadName, options: BenchOptions, hospital: Hospital): Cell[] {
  return options.connections.flatMap((connections) =>
    workloadCells(workload, {
      hospital,
      connections,
      duration: options.duration,
      timeoutSeconds: options.timeout,
      variants: options.variants,
      wardSize: options.wardSize,
      deepWardSize: options.deepWardSize,
    }),
  );
}

/** Per workload, why the peer's answers cannot be timed: they differ from the reference floor's. */
async function wrongAnswers(
  peerUrl: string,
  floorUrl: string,
  options: BenchOptions,
  hospital: Hospital,
): Promise<Map<string, string>> {
  const wrong = new Map<string, string>();
  for (const workload of options.workloads.filter((w) => COMPARED.includes(w))) {
    const problem = await disagreement(
      peerUrl,
      floorUrl,
      cellsOf(workload, options, hospital)[0].requests,
    ).catch((error: Error) => `no comparable answer: ${reason(error)}`);
    if (problem) wrong.set(workload, `FAIL: ${problem}`);
  }
  return wrong;
}

export async function runPeer(
  peer: PeerName,
  setting: PeerSetting,
  watchedServers: { readonly subgraphs: readonly ChildService[]; readonly floorUrl: string },
  options: BenchOptions,
  hospital: Hospital,
  log: (line: string) => void,
): Promise<PeerRun> {
  const { subgraphs, floorUrl } = watchedServers;
  let service: ChildService;
  try {
    service = await PEER_CATALOGUE[peer].start(setting);
    await answersW0(service.url, Date.now() + 60_000);
  } catch (error) {
    const notRun = `did not start: ${reason(error)}`;
    log(`  ${notRun}`);
    return { peer, notRun, cells: [], sweep: [] };
  }
  const watched = { peer: service, subgraphs };
  const hasStats = peer === "floor";
  const wrong = hasStats ? new Map() : await wrongAnswers(service.url, floorUrl, options, hospital);
  wrong.forEach((problem, workload) => log(`  ${workload}: ${problem}`));
  let died: string | undefined;
  const measure = async (run: () => Promise<CellFigures>) => {
    if (died) return { notRun: died };
    try {
      return { figures: await run() };
    } catch (error) {
      died = `stopped answering: ${reason(error)}`;
      return { notRun: died };
    }
  };
  try {
    const cells: CellRow[] = [];
    for (const workload of options.workloads) {
      const workloadCells = cellsOf(workload, options, hospital);
      if (options.warmup > 0 && workload !== "W4" && !wrong.has(workload) && !died) {
        await warmUp(service.url, workloadCells[0], options).catch((error) => {
          died = `stopped answering: ${reason(error)}`;
        });
      }
      for (const cell of workloadCells) {
        const row = wrong.has(workload)
          ? { notRun: wrong.get(workload) }
          : await measure(() =>
              measureCell(watched, hasStats, service.url, cell.requests, cell.load),
            );
        cells.push({ label: cell.label, connections: cell.load.connections, ...row });
        log(`  ${cell.label} c=${cell.load.connections}: ${summary(row)}`);
      }
    }
    const sweep: SweepRow[] = [];
    for (const size of options.sweep) {
      const row = await measure(() =>
        measureCell(watched, hasStats, service.url, wardListRequests(hospital, size, false), {
          connections: 1,
          duration: options.duration,
          amount: SWEEP_REQUESTS,
          timeoutSeconds: options.timeout,
        }),
      );
      sweep.push({ size, ...row });
      log(`  W2 first ${size}: ${summary(row)}`);
    }
    return { peer, cells, sweep };
  } finally {
    await service.stop();
  }
}

function summary(row: { figures?: CellFigures; notRun?: string }): string {
  if (!row.figures) return row.notRun ?? "no figures";
  const f = row.figures;
  return (
    `${f.throughput.toFixed(1)} ok/s, p99 ${f.load.latency.p99.toFixed(1)} ms, ` +
    `${f.storeQueriesPerOp.toFixed(1)} store q/op` +
    (cellProblem(f) ? `, ${cellProblem(f)}` : "")
  );
}
