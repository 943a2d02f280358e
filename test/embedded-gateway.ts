/** Starts the embedded gateway over the shared test hospital, counting every store query. */
import { createLogger } from "../gateway/logger";
import { startEmbeddedMedfuse, type EmbeddedMedfuse } from "../gateway/embedded-medfuse";
import type { SourceSystem } from "../subgraphs/subgraph";
import { postGraphql } from "./post-graphql";
import { TEST_DATA_DIR } from "./test-hospital";

export interface TestGateway {
  readonly medfuse: EmbeddedMedfuse;
  /** Store queries per system since the last reset. */
  readonly storeQueries: Map<SourceSystem, number>;
  post(query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: any }>;
}

export async function startTestGateway(): Promise<TestGateway> {
  const storeQueries = new Map<SourceSystem, number>();
  const medfuse = await startEmbeddedMedfuse({
    dataDir: TEST_DATA_DIR,
    port: 0,
    logger: createLogger("silent"),
    onStoreQuery: (system) => storeQueries.set(system, (storeQueries.get(system) ?? 0) + 1),
  });
  return {
    medfuse,
    storeQueries,
    post: (query, variables) => {
      storeQueries.clear();
      return postGraphql(medfuse.url, query, variables);
    },
  };
}
