/** The supergraph the current code composes to, built over a one-patient hospital in a scratch folder. */
import { generateHospital, DEFAULT_SITE } from "../generator/generate-hospital";
import { embeddedStorePaths } from "../generator/embedded-layout";
import { writeEmbeddedHospital } from "../generator/write-embedded-hospital";
import { composeSupergraph } from "./compose-supergraph";
import { openSubgraphs } from "./subgraph-catalogue";
import { isSourceSystem } from "../subgraphs/subgraph";

export async function composeFromCode(scratchDir: string): Promise<string> {
  const hospital = generateHospital({
    patients: 1,
    seed: 1,
    anchor: new Date("2026-01-01T00:00:00Z"),
    site: DEFAULT_SITE,
  });
  await writeEmbeddedHospital(hospital, scratchDir);
  const paths = embeddedStorePaths(scratchDir);
  const subgraphs = await openSubgraphs((system) => ({
    site: DEFAULT_SITE,
    store: isSourceSystem(system) ? paths[system] : "",
  }));
  try {
    return composeSupergraph(subgraphs);
  } finally {
    await Promise.allSettled(subgraphs.map((s) => s.close()));
  }
}
