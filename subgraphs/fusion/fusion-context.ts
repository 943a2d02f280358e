import type { HospitalSite } from "../subgraph";

/** Fusion reads no store: its context is where the hospital is, and "now" for the request. */
export interface FusionContext {
  readonly site: HospitalSite;
  /** One instant per request, so every field's default `asOf` agrees. */
  readonly now: Date;
}
