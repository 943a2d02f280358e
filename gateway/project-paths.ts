/** Files the running gateway reads from the repository, from source (tests) or from dist/. */
import { existsSync } from "node:fs";
import { join } from "node:path";

const up = join(__dirname, "..");
/** The repository root: one level up from source, two from the compiled dist/gateway. */
export const PROJECT_ROOT = existsSync(join(up, "package.json")) ? up : join(up, "..");

/** The committed, composed supergraph: the contract a test keeps in step with the subgraphs. */
export const SUPERGRAPH_PATH = join(PROJECT_ROOT, "schema", "supergraph.graphql");
