/** The committed supergraph is the contract: it must be exactly what the subgraphs compose to. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { composeFromCode } from "../gateway/compose-from-code";
import { SUPERGRAPH_PATH } from "../gateway/project-paths";

test("schema/supergraph.graphql matches the subgraphs (run `npm run compose` after changing one)", async () => {
  const scratch = mkdtempSync(join(tmpdir(), "medfuse-compose-test-"));
  try {
    expect(await composeFromCode(scratch)).toBe(readFileSync(SUPERGRAPH_PATH, "utf8"));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});

test("the supergraph carries the graph contract of DESIGN.md", () => {
  const sdl = readFileSync(SUPERGRAPH_PATH, "utf8");
  for (const field of [
    "patient(id: ID!): Patient",
    "patients(",
    "labResults(",
    "vitalSigns(",
    "clinicalNotes",
    "imagingStudies",
    "radiologyReports",
    "medicationRequests",
    "allergies",
    "encounters",
    "conditions",
  ]) {
    expect(sdl).toContain(field);
  }
});
