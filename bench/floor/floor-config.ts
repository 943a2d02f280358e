/** How the harness configures the floor process: JSON in one variable, not argv (URLs may carry passwords). */
import type { HospitalSite, SourceSystem } from "../../subgraphs/subgraph";

export const FLOOR_CONFIG = "MEDFUSE_BENCH_FLOOR";

export interface FloorConfig {
  readonly site: HospitalSite;
  readonly stores: Readonly<Record<SourceSystem, string>>;
  readonly port: number;
}
