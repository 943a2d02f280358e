/** Every subgraph Medfuse serves, by name: the one list the gateway, CLI and tests share. */
import { openEmrSubgraph } from "../subgraphs/emr/subgraph";
import { openHisSubgraph } from "../subgraphs/his/subgraph";
import { openLisSubgraph } from "../subgraphs/lis/subgraph";
import { openPacsSubgraph } from "../subgraphs/pacs/subgraph";
import { openRisSubgraph } from "../subgraphs/ris/subgraph";
import type { OpenSubgraph, SourceSystem, Subgraph, SubgraphConfig } from "../subgraphs/subgraph";

export const SUBGRAPHS: Readonly<Record<SourceSystem, OpenSubgraph>> = {
  his: openHisSubgraph,
  lis: openLisSubgraph,
  ris: openRisSubgraph,
  pacs: openPacsSubgraph,
  emr: openEmrSubgraph,
};

/** Opens every subgraph; if one fails, closes those already open and names the one that failed. */
export async function openSubgraphs(
  configFor: (system: SourceSystem) => SubgraphConfig,
): Promise<Subgraph[]> {
  const open: Subgraph[] = [];
  try {
    for (const [system, openSubgraph] of Object.entries(SUBGRAPHS) as [
      SourceSystem,
      OpenSubgraph,
    ][]) {
      open.push(await openSubgraph(configFor(system)));
    }
    return open;
  } catch (error) {
    await Promise.allSettled(open.map((s) => s.close()));
    throw error;
  }
}
