/**
 * Everything counted outside the load generator, read before and after a run: requests and store
 * queries from the servers' GET /stats, CPU time and peak memory from /proc.
 */
import type { StatsSnapshot } from "../../gateway/subgraph-stats";
import type { SourceSystem } from "../../subgraphs/subgraph";
import type { ChildService } from "../processes/child-service";
import { cpuMs, peakRssMiB, processTree, resetPeakRss } from "../processes/proc-stats";

export interface Counters {
  readonly subgraphRequests: number;
  readonly storeQueries: Partial<Record<SourceSystem, number>>;
  readonly peerCpuMs: number;
  /** Every subgraph process's CPU time; the floor's store work shows in `peerCpuMs`. */
  readonly subgraphCpuMs: number;
}

export interface Watched {
  readonly peer: ChildService;
  readonly subgraphs: readonly ChildService[];
}

const statsUrl = (service: ChildService) => service.url.replace(/\/graphql$/, "/stats");

async function stats(service: ChildService): Promise<StatsSnapshot> {
  const response = await fetch(statsUrl(service));
  if (!response.ok) throw new Error(`${service.name}: GET /stats answered ${response.status}`);
  return (await response.json()) as StatsSnapshot;
}

export async function readCounters(watched: Watched, peerHasStats: boolean): Promise<Counters> {
  const snapshots = await Promise.all([
    ...watched.subgraphs.map(stats),
    ...(peerHasStats ? [stats(watched.peer)] : []),
  ]);
  const storeQueries: Partial<Record<SourceSystem, number>> = {};
  for (const s of snapshots) {
    for (const [system, n] of Object.entries(s.storeQueries) as [SourceSystem, number][])
      storeQueries[system] = (storeQueries[system] ?? 0) + n;
  }
  return {
    subgraphRequests: watched.subgraphs.length
      ? snapshots.slice(0, watched.subgraphs.length).reduce((n, s) => n + s.requests, 0)
      : 0,
    storeQueries,
    peerCpuMs: cpuMs(processTree(watched.peer.pid)),
    subgraphCpuMs: cpuMs(watched.subgraphs.flatMap((s) => processTree(s.pid))),
  };
}

/** Waits until requests still in flight when the load stopped have reached every server. */
export async function settledCounters(watched: Watched, peerHasStats: boolean): Promise<Counters> {
  let previous = await readCounters(watched, peerHasStats);
  for (let i = 0; i < 40; i++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = await readCounters(watched, peerHasStats);
    const same =
      now.subgraphRequests === previous.subgraphRequests &&
      JSON.stringify(now.storeQueries) === JSON.stringify(previous.storeQueries);
    previous = now;
    if (same) break;
  }
  return previous;
}

/** Restarts the peer's peak-memory counter; false when the kernel refuses (then peaks accumulate). */
export const resetPeerPeak = (watched: Watched) => resetPeakRss(processTree(watched.peer.pid));

export const peerPeakMiB = (watched: Watched) => peakRssMiB(processTree(watched.peer.pid));
