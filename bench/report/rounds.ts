/**
 * A run of several rounds (`--rounds`) as one row per peer, workload and concurrency: each figure
 * is the median over the rounds, peak RSS the highest, and the rate's lowest and highest are kept
 * so the table can show the spread. On a shared machine one round's figures move by 10-20 %; a
 * median of interleaved rounds is what two peers can be compared on. A cell that failed in any
 * round stays failed: failing is never fast.
 */
import type { CellFigures } from "../measure/measure-cell";
import type { CellRow, PeerRun } from "../peer-run";
import { cellProblem } from "./results-table";

export interface RoundsSpread {
  readonly rounds: number;
  readonly minThroughput: number;
  readonly maxThroughput: number;
}

export type MergedCell = CellRow & { readonly spread?: RoundsSpread };
export type MergedRun = Omit<PeerRun, "cells"> & { readonly cells: readonly MergedCell[] };

/**
 * The peers in the order round `round` (from 1) measures them: each round starts one peer further
 * along, so no peer is always first. The first peer of a round was measured low (BENCHMARKS.md,
 * the fourth session's figures): rotating spreads that over every peer alike.
 */
export function peerOrder<Peer>(peers: readonly Peer[], round: number): Peer[] {
  const shift = (round - 1) % Math.max(peers.length, 1);
  return [...peers.slice(shift), ...peers.slice(0, shift)];
}

export function mergeRounds(runs: readonly PeerRun[]): MergedRun[] {
  const byPeer = new Map<string, PeerRun[]>();
  for (const run of runs) byPeer.set(run.peer, [...(byPeer.get(run.peer) ?? []), run]);
  return [...byPeer.values()].map((rounds) => {
    const [first] = rounds;
    const notRun = rounds.find((r) => r.notRun)?.notRun;
    if (rounds.length === 1 || notRun) return { ...first, notRun };
    const cells = first.cells.map((cell) => {
      const same = rounds.map((r) =>
        r.cells.find((c) => c.label === cell.label && c.connections === cell.connections),
      );
      const failed = same.find((c) => !c?.figures || cellProblem(c.figures));
      if (failed) return failed;
      return { ...cell, ...medianFigures(same.map((c) => c!.figures!)) };
    });
    return { ...first, cells, sweep: rounds.flatMap((r) => r.sweep) };
  });
}

function medianFigures(rounds: readonly CellFigures[]): Pick<MergedCell, "figures" | "spread"> {
  const median = (pick: (f: CellFigures) => number) => {
    const sorted = rounds.map(pick).sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  };
  const throughput = median((f) => f.throughput);
  const rates = rounds.map((f) => f.throughput);
  // The round nearest the median rate lends the figures that have no median (store queries by system).
  const nearest = rounds.reduce((a, b) =>
    Math.abs(b.throughput - throughput) < Math.abs(a.throughput - throughput) ? b : a,
  );
  return {
    figures: {
      ...nearest,
      load: {
        ...nearest.load,
        latency: {
          p50: median((f) => f.load.latency.p50),
          p95: median((f) => f.load.latency.p95),
          p99: median((f) => f.load.latency.p99),
        },
      },
      throughput,
      peerCpuMsPerOp: median((f) => f.peerCpuMsPerOp),
      totalCpuMsPerOp: median((f) => f.totalCpuMsPerOp),
      peakRssMiB: Math.max(...rounds.map((f) => f.peakRssMiB)),
      peakIsCellOwn: rounds.every((f) => f.peakIsCellOwn),
      subgraphRequestsPerOp: median((f) => f.subgraphRequestsPerOp),
      storeQueriesPerOp: median((f) => f.storeQueriesPerOp),
    },
    spread: {
      rounds: rounds.length,
      minThroughput: Math.min(...rates),
      maxThroughput: Math.max(...rates),
    },
  };
}
