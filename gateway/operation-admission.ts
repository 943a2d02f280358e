/**
 * At most `limit` operations run through the gateway at once; the rest wait in arrival order.
 * On a loaded machine every process shares the same cores: fifty patient views all in flight
 * share them fifty ways, and a view with a long history waits on every other one. Admitted in
 * turn, each view runs at nearly the speed of a lone one, so an answer takes the queue's wait
 * plus one view's time, and the slowest answers come sooner (BENCHMARKS.md, "What was tried").
 */
import { availableParallelism } from "node:os";

/**
 * The default limit is this many per core: 16 on the project's 2-core machine, where 16 beat
 * 4 and 8 on fifty concurrent patient views and kept ten of them at full rate.
 */
const OPERATIONS_PER_CORE = 8;

export function defaultAdmissionLimit(): number {
  return OPERATIONS_PER_CORE * availableParallelism();
}

export class OperationAdmission {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError(`an admission limit is a whole number of operations, at least 1`);
  }

  /**
   * Runs `operation` once a place is free. `abandoned` is asked when its turn comes: a client
   * that has gone away while waiting gets no work done on its behalf.
   */
  async admit<T>(operation: () => Promise<T>, abandoned: () => boolean): Promise<T | undefined> {
    if (this.running >= this.limit) await new Promise<void>((turn) => this.waiting.push(turn));
    else this.running++;
    try {
      return abandoned() ? undefined : await operation();
    } finally {
      const next = this.waiting.shift();
      // The place passes straight to the next in line, so a newcomer cannot overtake it.
      if (next) next();
      else this.running--;
    }
  }

  /** Operations waiting for a place. */
  get queued(): number {
    return this.waiting.length;
  }
}
