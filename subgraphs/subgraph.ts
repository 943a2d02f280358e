/**
 * The seam between the gateway and the systems it federates. Every folder below this one
 * implements `openSubgraph` in its `subgraph.ts`; the gateway sees nothing else of a system.
 */
import type { GraphQLSchema } from "graphql";

/** The legacy systems Medfuse wraps, one subgraph each (DESIGN.md, "The systems"). */
export const SOURCE_SYSTEMS = ["his", "lis", "ris", "pacs", "emr"] as const;
export type SourceSystem = (typeof SOURCE_SYSTEMS)[number];

/** Every subgraph: the five systems, and fusion, which computes over them and reads no store. */
export const SUBGRAPH_NAMES = [...SOURCE_SYSTEMS, "fusion"] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export function isSourceSystem(name: string): name is SourceSystem {
  return (SOURCE_SYSTEMS as readonly string[]).includes(name);
}

/** Told of every query a source layer sends to its store: how tests and benchmarks see batching. */
export type StoreQueryListener = (system: SourceSystem, operation: string) => void;

/** Where a hospital is: its code prefixes canonical patient ids; its zone reads local clocks. */
export interface HospitalSite {
  /** Upper-case letters and digits, e.g. `H01`; canonical patient ids are `H01-<HIS id>`. */
  readonly code: string;
  /** IANA zone of the hospital's local-time fields, e.g. `Europe/Berlin`. */
  readonly timeZone: string;
}

/** How a subgraph reaches its store: a connection URL, or a path for embedded stores. */
export interface SubgraphConfig {
  readonly site: HospitalSite;
  /** Empty for fusion, which has no store. */
  readonly store: string;
  readonly onStoreQuery?: StoreQueryListener;
}

/** What every subgraph hands the gateway, whether served in process or over HTTP. */
export interface Subgraph {
  readonly name: string;
  readonly schema: GraphQLSchema;
  /** A fresh context per subgraph request, so its DataLoaders live exactly as long as one fetch. */
  createContext(): object;
  close(): Promise<void>;
}

export type OpenSubgraph = (config: SubgraphConfig) => Promise<Subgraph>;
