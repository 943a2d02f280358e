/**
 * One benchmark run: seed the stores, start the subgraphs and a reference floor, then each peer
 * in turn in front of them, every workload at every concurrency, and the list-size sweep. Every
 * process it starts is stopped before it resolves or rejects.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT, SUPERGRAPH_PATH } from "../gateway/project-paths";
import { SUBGRAPH_NAMES, type SubgraphName } from "../subgraphs/subgraph";
import type { BenchOptions } from "./bench-options";
import { benchSite, benchStoreUrls } from "./bench-stores";
import { runPeer, type PeerRun } from "./peer-run";
import { peerOrder } from "./report/rounds";
import { PEER_CATALOGUE } from "./peers/peer-catalogue";
import type { ChildService } from "./processes/child-service";
import {
  startSubgraphs,
  stopAll,
  supergraphFor,
  type SubgraphProcesses,
} from "./processes/subgraph-processes";
import { seedStores } from "./seed-stores";

export interface BenchReport {
  readonly options: BenchOptions;
  readonly startedAt: Date;
  readonly runs: readonly PeerRun[];
}

export async function runBench(
  options: BenchOptions,
  log: (line: string) => void,
): Promise<BenchReport> {
  const startedAt = new Date();
  const site = benchSite(options.site);
  const stores = benchStoreUrls(options.dataset, options.emr);
  const hospital = { patients: options.patients, site, asOf: options.anchor };
  await seedStores(
    { patients: options.patients, seed: options.seed, anchor: options.anchor, site },
    stores,
    join(PROJECT_ROOT, ".bench-data", `${options.dataset}-${options.emr}.seeded.json`),
    { reseed: options.reseed, pacsStatistics: options.pacsStatistics, progress: log },
  );
  let subgraphs: SubgraphProcesses = new Map();
  let reference: ChildService | undefined;
  const scratch = await mkdtemp(join(tmpdir(), "medfuse-bench-"));
  try {
    subgraphs = await startSubgraphs(site, stores);
    log(`subgraphs running: ${SUBGRAPH_NAMES.join(", ")}`);
    const supergraphPath = join(scratch, "supergraph.graphql");
    await writeFile(
      supergraphPath,
      supergraphFor(await readFile(SUPERGRAPH_PATH, "utf8"), subgraphs),
    );
    const setting = {
      supergraphPath,
      subgraphUrls: Object.fromEntries([...subgraphs].map(([n, p]) => [n, p.url])) as Record<
        SubgraphName,
        string
      >,
      floor: { site, stores },
    };
    // The floor again, idle beside the peers: the answers each peer's are compared with.
    reference = await PEER_CATALOGUE.floor.start(setting);
    const servers = { subgraphs: [...subgraphs.values()], floorUrl: reference.url };
    const runs: PeerRun[] = [];
    for (let round = 1; round <= options.rounds; round++) {
      // Store round trips are counts, not timings: the sweep runs in the first round only.
      const roundOptions = round === 1 ? options : { ...options, sweep: [] };
      for (const peer of peerOrder(options.peers, round)) {
        const of = options.rounds > 1 ? ` (round ${round} of ${options.rounds})` : "";
        log(`== ${PEER_CATALOGUE[peer].label}${of}`);
        runs.push(await runPeer(peer, setting, servers, roundOptions, hospital, log));
      }
    }
    return { options, startedAt, runs };
  } finally {
    await reference?.stop();
    await stopAll(subgraphs);
    await rm(scratch, { recursive: true, force: true });
  }
}
