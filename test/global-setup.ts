/**
 * Writes the shared test hospital once per jest run: its embedded stores always, and its real
 * stores (test/real-stores.ts) when the test command has started them.
 */
import { embeddedStorePaths } from "../generator/embedded-layout";
import { generateHospital } from "../generator/generate-hospital";
import { realStoreWriter } from "../generator/real-store-writers";
import { writeEmbeddedHospital } from "../generator/write-embedded-hospital";
import { orthancForTests, putSiteOnOrthanc } from "../subgraphs/pacs/orthanc-for-tests";
import type { SourceSystem } from "../subgraphs/subgraph";
import { realTestStores } from "./real-stores";
import { TEST_DATA_DIR, TEST_HOSPITAL } from "./test-hospital";

export default async function globalSetup(): Promise<void> {
  const hospital = generateHospital(TEST_HOSPITAL);
  await writeEmbeddedHospital(hospital, TEST_DATA_DIR);
  const real = realTestStores();
  if ("missing" in real) {
    console.log(`\nReal stores not loaded: ${real.missing}. Suites that need them will say so.`);
    return;
  }
  for (const [system, url] of Object.entries(real.stores) as [SourceSystem, string][]) {
    // STOW-RS only adds: the site's studies an earlier run (or an older generator) left on the
    // shared Orthanc are deleted first, as the SQL and MongoDB writers replace their tables.
    if (system === "pacs")
      await putSiteOnOrthanc(
        orthancForTests(),
        hospital.site,
        embeddedStorePaths(TEST_DATA_DIR).pacs,
      );
    else await realStoreWriter(system).write(url, hospital, () => {});
  }
}
