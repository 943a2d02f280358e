/**
 * The embedded default: one process, every subgraph in it, stores generated from the synthetic
 * hospital on first run.
 */
import { readFileSync } from "node:fs";
import { embeddedStorePaths } from "../generator/embedded-layout";
import { readManifest, type HospitalManifest } from "../generator/manifest";
import { isSourceSystem, type StoreQueryListener, type Subgraph } from "../subgraphs/subgraph";
import type { Logger } from "./logger";
import { startGateway, type RunningGateway } from "./medfuse-gateway";
import { SUPERGRAPH_PATH } from "./project-paths";
import { openSubgraphs } from "./subgraph-catalogue";

export interface EmbeddedOptions {
  readonly dataDir: string;
  readonly port: number;
  readonly host?: string;
  readonly logger: Logger;
  readonly onStoreQuery?: StoreQueryListener;
}

export interface EmbeddedMedfuse extends RunningGateway {
  readonly manifest: HospitalManifest;
  readonly subgraphs: readonly Subgraph[];
}

/** Opens the embedded stores of a generated data folder and serves the gateway over them. */
export async function startEmbeddedMedfuse(options: EmbeddedOptions): Promise<EmbeddedMedfuse> {
  const paths = embeddedStorePaths(options.dataDir);
  const manifest = readManifest(paths.manifest);
  if (!manifest)
    throw new Error(`no synthetic hospital in ${options.dataDir}: run \`npm run generate\` first`);
  const subgraphs = await openSubgraphs((system) => ({
    site: manifest.site,
    store: isSourceSystem(system) ? paths[system] : "",
    onStoreQuery: options.onStoreQuery,
  }));
  try {
    const gateway = await startGateway(
      {
        supergraphSdl: readFileSync(SUPERGRAPH_PATH, "utf8"),
        inProcess: subgraphs,
        logger: options.logger,
        examplePatientId: manifest.showcasePatient ?? undefined,
      },
      options.port,
      options.host,
    );
    return {
      ...gateway,
      manifest,
      subgraphs,
      stop: async () => {
        await gateway.stop();
        await Promise.allSettled(subgraphs.map((s) => s.close()));
      },
    };
  } catch (error) {
    await Promise.allSettled(subgraphs.map((s) => s.close()));
    throw error;
  }
}
