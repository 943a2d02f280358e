/**
 * Drives one peer with autocannon at a fixed concurrency: each request from the workload's
 * request source, with its own `Authorization` header, and each answer checked. Only answers
 * that pass count towards throughput; the rest are tallied by what was wrong with them.
 */
import autocannon from "autocannon";
import type { RequestSource } from "../workloads/request-sources";

export interface LoadSettings {
  readonly connections: number;
  /** Seconds of load; what a cell is calibrated to fill when `amount` is not given. */
  readonly duration: number;
  /** Exactly this many requests, answered or timed out, instead of a duration. */
  readonly amount?: number;
  readonly timeoutSeconds: number;
}

export interface LoadResult {
  readonly seconds: number;
  /**
   * Requests sent: per-operation counts divide by this, since a request that timed out here
   * still ran at the peer.
   */
  readonly sent: number;
  /** Answers that passed their check. */
  readonly ok: number;
  /** Answers that did not, by problem (non-2xx statuses included). */
  readonly failures: Readonly<Record<string, number>>;
  readonly timeouts: number;
  /** Connection errors other than timeouts. */
  readonly errors: number;
  /** Milliseconds, over every answer received. */
  readonly latency: { readonly p50: number; readonly p95: number; readonly p99: number };
}

interface Pending {
  check?: (body: string) => string | null;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export async function driveLoad(
  url: string,
  requests: RequestSource,
  settings: LoadSettings,
): Promise<LoadResult> {
  let next = 0;
  let ok = 0;
  const failures: Record<string, number> = {};
  const latencies: number[] = [];
  const fail = (problem: string) => (failures[problem] = (failures[problem] ?? 0) + 1);
  let done: (result: autocannon.Result) => void = () => {};
  let failed: (error: Error) => void = () => {};
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    [done, failed] = [resolve, reject];
  });
  const options: autocannon.Options = {
    url,
    connections: settings.connections,
    duration: settings.duration,
    ...(settings.amount ? { amount: settings.amount } : {}),
    timeout: settings.timeoutSeconds,
    method: "POST",
    headers: { "content-type": "application/json" },
    // The run ends on a sample tick: at the default 1 s, a short run would count a whole second.
    sampleInt: 10,
    requests: [
      {
        setupRequest: (request, context: Pending) => {
          const index = next++;
          const bench = requests(index);
          context.check = bench.check;
          return {
            ...request,
            body: bench.body,
            headers: { ...request.headers, authorization: `Bearer bench-client-${index}` },
          };
        },
        onResponse: (status: number, body: string, context: Pending) => {
          if (status !== 200) return void fail(`HTTP ${status}`);
          const problem = context.check ? context.check(body) : "no request";
          if (problem) fail(problem);
          else ok++;
        },
      },
    ],
  };
  const started = performance.now();
  let lastAnswer = started;
  const instance = autocannon(options, (error, result) => (error ? failed(error) : done(result)));
  instance.on("response", (_client, _status, _bytes, responseTime: number) => {
    latencies.push(responseTime);
    lastAnswer = performance.now();
  });
  const result = await finished;
  latencies.sort((a, b) => a - b);
  return {
    // From the start to the last answer: the time the answers took, not the tick that ended it.
    seconds: lastAnswer > started ? (lastAnswer - started) / 1000 : result.duration,
    sent: next,
    ok,
    failures,
    timeouts: result.timeouts,
    errors: result.errors - result.timeouts,
    latency: {
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
    },
  };
}
