/**
 * One cell of the table: one workload, one peer, one concurrency, a fixed number of requests
 * (calibrate.ts) unless the cell names its own. Counters are read around the load, so every
 * figure is this cell's alone, divided by the requests sent.
 */
import type { SourceSystem } from "../../subgraphs/subgraph";
import type { RequestSource } from "../workloads/request-sources";
import { peerPeakMiB, resetPeerPeak, settledCounters, type Watched } from "./counters";
import { calibratedAmount } from "./calibrate";
import { driveLoad, type LoadResult, type LoadSettings } from "./drive-load";

export interface CellFigures {
  readonly load: LoadResult;
  /** Passing answers per second. */
  readonly throughput: number;
  readonly peerCpuMsPerOp: number;
  /** The peer's CPU plus every subgraph's: the whole federation, stores excluded. */
  readonly totalCpuMsPerOp: number;
  readonly peakRssMiB: number;
  /** Whether the peak is this cell's own (false: since the peer started). */
  readonly peakIsCellOwn: boolean;
  readonly subgraphRequestsPerOp: number;
  readonly storeQueriesPerOp: number;
  readonly storeQueriesPerOpBySystem: Partial<Record<SourceSystem, number>>;
}

export async function measureCell(
  watched: Watched,
  peerHasStats: boolean,
  url: string,
  requests: RequestSource,
  settings: LoadSettings,
): Promise<CellFigures> {
  const amount = settings.amount ?? (await calibratedAmount(url, requests, settings));
  const before = await settledCounters(watched, peerHasStats);
  const peakIsCellOwn = resetPeerPeak(watched);
  const load = await driveLoad(url, requests, { ...settings, amount });
  const after = await settledCounters(watched, peerHasStats);
  const perOp = (n: number) => (load.sent ? n / load.sent : NaN);
  const bySystem: Partial<Record<SourceSystem, number>> = {};
  let storeQueries = 0;
  for (const [system, n] of Object.entries(after.storeQueries) as [SourceSystem, number][]) {
    const delta = n - (before.storeQueries[system] ?? 0);
    bySystem[system] = perOp(delta);
    storeQueries += delta;
  }
  const peerCpu = after.peerCpuMs - before.peerCpuMs;
  return {
    load,
    throughput: load.ok / load.seconds,
    peerCpuMsPerOp: perOp(peerCpu),
    totalCpuMsPerOp: perOp(peerCpu + after.subgraphCpuMs - before.subgraphCpuMs),
    peakRssMiB: peerPeakMiB(watched),
    peakIsCellOwn,
    subgraphRequestsPerOp: perOp(after.subgraphRequests - before.subgraphRequests),
    storeQueriesPerOp: perOp(storeQueries),
    storeQueriesPerOpBySystem: bySystem,
  };
}
