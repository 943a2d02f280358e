/**
 * Counters a subgraph service exposes at GET /stats when MEDFUSE_BENCH_STATS=1: the GraphQL
 * requests it answered and the queries its source layer sent to its store. The benchmark reads
 * them before and after a run to divide by the operations it sent. Off by default, and
 * deliberately outside the deployment's variable lists: production never sets it.
 */
import type { SourceSystem } from "../subgraphs/subgraph";

export const BENCH_STATS = "MEDFUSE_BENCH_STATS";

export function benchStatsEnabled(env: Readonly<Record<string, string | undefined>>): boolean {
  return env[BENCH_STATS] === "1";
}

/** What GET /stats answers; counts only ever grow, so readers take differences. */
export interface StatsSnapshot {
  readonly requests: number;
  readonly storeQueries: Partial<Record<SourceSystem, number>>;
}

export class SubgraphStats {
  private requests = 0;
  private readonly storeQueries: Partial<Record<SourceSystem, number>> = {};

  readonly countRequest = (): void => {
    this.requests++;
  };

  /** A StoreQueryListener: counts by system only, never the query text. */
  readonly countStoreQuery = (system: SourceSystem): void => {
    this.storeQueries[system] = (this.storeQueries[system] ?? 0) + 1;
  };

  snapshot(): StatsSnapshot {
    return { requests: this.requests, storeQueries: { ...this.storeQueries } };
  }
}
