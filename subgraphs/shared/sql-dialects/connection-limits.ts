/**
 * Limits every SQL store connection shares. A subgraph answers one federated fetch with one query
 * per batch, so a few connections suffice; a store that is down must fail the subgraph's start
 * within seconds rather than hang the gateway.
 */
export const POOL_SIZE = 4;
export const CONNECT_TIMEOUT_MS = 5_000;
/**
 * How long a query may wait for one of the pool's connections. Under load queries queue for the
 * pool: longer than the gateway waits for a subgraph (30 s), so a busy store slows answers
 * instead of failing them as SOURCE_UNAVAILABLE. Start-up still fails within CONNECT_TIMEOUT_MS
 * (sql-store.ts bounds its probe).
 */
export const ACQUIRE_TIMEOUT_MS = 60_000;
/** Idle connections are closed after this, so a quiet subgraph holds none on a shared server. */
export const IDLE_TIMEOUT_MS = 30_000;

/** Legacy ids are small; a 64-bit value beyond 2^53 stays text rather than silently change. */
export function integerOrText(text: string): number | string {
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : text;
}
