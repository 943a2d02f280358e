/**
 * Once the benchmark has loaded the stores, the project's own Orthanc gets fresh planner
 * statistics for its SQLite index (`scripts/services/orthanc.sh analyze`). Orthanc 1.10 never
 * gathers them, and without them every QIDO-RS search by PatientID reads every imaged patient's
 * identifiers: W1 would then measure the size of the archive rather than the peers. A DICOMweb
 * server the operator named is theirs to keep, and is left as it is.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { PROJECT_ROOT } from "../gateway/project-paths";

const ORTHANC_SCRIPT = "scripts/services/orthanc.sh";

const run = promisify(execFile);

async function orthancScript(command: string): Promise<string> {
  const { stdout } = await run("bash", [ORTHANC_SCRIPT, command], { cwd: PROJECT_ROOT });
  return stdout.trim();
}

/**
 * Refreshes the statistics when `pacsUrl` is the script's Orthanc, which the script stops and
 * starts again around it: only while nothing else uses that Orthanc.
 */
export async function refreshPacsStatistics(
  pacsUrl: string,
  progress: (line: string) => void,
): Promise<void> {
  const own = /MEDFUSE_TEST_DICOMWEB_URL=(\S+)/.exec(await orthancScript("env"))?.[1];
  if (own !== pacsUrl) {
    progress("PACS: not this project's Orthanc, its planner statistics are left as they are");
    return;
  }
  progress(await orthancScript("analyze"));
}
