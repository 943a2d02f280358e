/** Every subgraph Medfuse serves, by name: the one list the gateway, CLI and tests share. */
import { openEmrSubgraph } from "../subgraphs/emr/subgraph";
import { openFusionSubgraph } from "../subgraphs/fusion/subgraph";
import { openHisSubgraph } from "../subgraphs/his/subgraph";
import { openLisSubgraph } from "../subgraphs/lis/subgraph";
import { openPacsSubgraph } from "../subgraphs/pacs/subgraph";
import { openRisSubgraph } from "../subgraphs/ris/subgraph";
import type { OpenSubgraph, Subgraph, SubgraphConfig, SubgraphName } from "../subgraphs/subgraph";

export const SUBGRAPHS: Readonly<Record<SubgraphName, OpenSubgraph>> = {
  his: openHisSubgraph,
  lis: openLisSubgraph,
  ris: openRisSubgraph,
  pacs: openPacsSubgraph,
  emr: openEmrSubgraph,
  fusion: openFusionSubgraph,
};

/** Opens every subgraph; if one fails, closes those already open and names the one that failed. */
export async function openSubgraphs(
  configFor: (name: SubgraphName) => SubgraphConfig,
): Promise<Subgraph[]> {
  const open: Subgraph[] = [];
  try {
    for (const [name, openSubgraph] of Object.entries(SUBGRAPHS) as [
      SubgraphName,
      OpenSubgraph,
    ][]) {
      open.push(await openSubgraph(configFor(name)));
    }
    return open;
  } catch (error) {
    await Promise.allSettled(open.map((s) => s.close()));
    throw error;
  }
}
