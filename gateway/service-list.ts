/**
 * Where each subgraph listens when the federation runs distributed. The composed supergraph
 * names these defaults; a deployment overrides them with MEDFUSE_<SYSTEM>_URL.
 */
export const SUBGRAPH_PORTS: Readonly<Record<string, number>> = {
  his: 4101,
  lis: 4102,
  ris: 4103,
  pacs: 4104,
  emr: 4105,
  fusion: 4106,
};

export function subgraphUrl(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (
    env[`MEDFUSE_${name.toUpperCase()}_URL`] ??
    `http://localhost:${SUBGRAPH_PORTS[name] ?? 4100}/graphql`
  );
}
