/** Several rounds become one row per peer and cell: medians, the highest peak, the rate's spread. */
import type { CellFigures } from "../measure/measure-cell";
import type { PeerRun } from "../peer-run";
import { mergeRounds, peerOrder } from "./rounds";

function figures(throughput: number, p99: number, cpu: number, rss: number): CellFigures {
  return {
    load: {
      seconds: 1,
      sent: throughput,
      ok: throughput,
      failures: {},
      timeouts: 0,
      errors: 0,
      latency: { p50: p99 / 2, p95: p99 - 1, p99 },
    },
    throughput,
    peerCpuMsPerOp: cpu,
    totalCpuMsPerOp: cpu * 2,
    peakRssMiB: rss,
    peakIsCellOwn: true,
    subgraphRequestsPerOp: 5,
    storeQueriesPerOp: 7,
    storeQueriesPerOpBySystem: { his: 2 },
  };
}

const run = (peer: "medfuse" | "apollo", f: CellFigures, sweep = false): PeerRun => ({
  peer,
  cells: [{ label: "W1", connections: 1, figures: f }],
  sweep: sweep ? [{ size: 10, figures: f }] : [],
});

test("each figure is its median over the rounds; peers keep their order", () => {
  const merged = mergeRounds([
    run("medfuse", figures(50, 30, 4, 300), true),
    run("apollo", figures(40, 40, 5, 200), true),
    run("medfuse", figures(60, 20, 3, 350)),
    run("apollo", figures(45, 35, 6, 210)),
    run("medfuse", figures(55, 40, 5, 310)),
    run("apollo", figures(42, 50, 4, 190)),
  ]);
  expect(merged.map((r) => r.peer)).toEqual(["medfuse", "apollo"]);
  const [medfuse] = merged;
  const cell = medfuse.cells[0];
  expect(cell.figures!.throughput).toBe(55);
  expect(cell.figures!.load.latency.p99).toBe(30);
  expect(cell.figures!.peerCpuMsPerOp).toBe(4);
  expect(cell.figures!.peakRssMiB).toBe(350);
  expect(cell.spread).toEqual({ rounds: 3, minThroughput: 50, maxThroughput: 60 });
  expect(medfuse.sweep).toHaveLength(1);
  expect(merged[1].cells[0].figures!.throughput).toBe(42);
});

test("a cell that failed in any round stays failed", () => {
  const failed = figures(50, 30, 4, 300);
  const merged = mergeRounds([
    run("medfuse", figures(50, 30, 4, 300)),
    run("medfuse", { ...failed, load: { ...failed.load, timeouts: 2 } }),
  ]);
  expect(merged[0].cells[0].figures!.load.timeouts).toBe(2);
  expect(merged[0].cells[0].spread).toBeUndefined();
});

test("one round is the run as measured", () => {
  const only = run("apollo", figures(40, 40, 5, 200));
  expect(mergeRounds([only])).toEqual([{ ...only, notRun: undefined }]);
});

test("each round starts one peer further along, so every peer is first once in as many rounds", () => {
  const peers = ["medfuse", "apollo", "floor"];
  const rounds = [1, 2, 3, 4].map((round) => peerOrder(peers, round));
  expect(rounds).toEqual([
    ["medfuse", "apollo", "floor"],
    ["apollo", "floor", "medfuse"],
    ["floor", "medfuse", "apollo"],
    ["medfuse", "apollo", "floor"],
  ]);
  expect(new Set(rounds.slice(0, 3).map(([first]) => first)).size).toBe(3);
  expect(peers).toEqual(["medfuse", "apollo", "floor"]);
});
