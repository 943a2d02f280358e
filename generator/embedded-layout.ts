/** Where the embedded default keeps each system's store inside one data folder. */
import { join } from "node:path";
import type { SourceSystem } from "../subgraphs/subgraph";

export function embeddedStorePaths(
  dataDir: string,
): Record<SourceSystem, string> & { manifest: string } {
  return {
    his: join(dataDir, "his.sqlite"),
    lis: join(dataDir, "lis.sqlite"),
    ris: join(dataDir, "ris.sqlite"),
    emr: join(dataDir, "emr.ejson"),
    pacs: join(dataDir, "pacs"),
    manifest: join(dataDir, "manifest.json"),
  };
}
