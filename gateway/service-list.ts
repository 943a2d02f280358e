/**
 * Where each subgraph listens when the federation runs distributed. The composed supergraph
 * names these defaults; a deployment overrides them with MEDFUSE_<SYSTEM>_URL.
 */
import type { SubgraphName } from "../subgraphs/subgraph";

export const SUBGRAPH_PORTS: Readonly<Record<SubgraphName, number>> = {
  his: 4101,
  lis: 4102,
  ris: 4103,
  pacs: 4104,
  emr: 4105,
  fusion: 4106,
};

/** The variable a deployment sets to a subgraph's GraphQL endpoint. */
export const urlVariable = (name: string) => `MEDFUSE_${name.toUpperCase()}_URL`;

export function subgraphUrl(
  name: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): string {
  return (
    env[urlVariable(name)] ??
    `http://localhost:${SUBGRAPH_PORTS[name as SubgraphName] ?? 4100}/graphql`
  );
}
