/**
 * The one place the multi-process and fault suites learn where each system's store is and which
 * hospital it holds: the shared test hospital, in its embedded stores and in its real ones.
 */
import { embeddedStorePaths } from "../generator/embedded-layout";
import { readManifest } from "../generator/manifest";
import type { HospitalSite, SourceSystem } from "../subgraphs/subgraph";
import { realTestStores } from "./real-stores";
import { TEST_DATA_DIR } from "./test-hospital";

/** The embedded store (path) of a system: what the in-process fault suites wrap. */
export function storeFor(system: SourceSystem): string {
  return embeddedStorePaths(TEST_DATA_DIR)[system];
}

/** The real store (URL) of a system, loaded by the global set-up: what the processes serve. */
export function realStoreFor(system: SourceSystem): string {
  const real = realTestStores();
  if ("missing" in real)
    throw new Error(`the multi-process suite runs on the real stores: ${real.missing}`);
  return real.stores[system];
}

let site: HospitalSite | undefined;

/** The hospital the stores hold: its code prefixes patient ids, its zone reads local clocks. */
export function storeSite(): HospitalSite {
  if (site) return site;
  const manifest = readManifest(embeddedStorePaths(TEST_DATA_DIR).manifest);
  if (!manifest)
    throw new Error(`no test hospital in ${TEST_DATA_DIR}: the global set-up writes it`);
  return (site = manifest.site);
}
