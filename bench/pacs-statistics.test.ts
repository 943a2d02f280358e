/**
 * `orthanc.sh analyze` on an index that a private Orthanc 1.10 made (its own temporary folder and
 * port, no plugins), filled with synthetic identifiers: a PatientID lookup goes from reading every
 * patient's identifiers to the index on the value. The suite's shared Orthanc is never touched:
 * once it has written to its index it holds the file's lock, even against readers.
 */
import { execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { PROJECT_ROOT } from "../gateway/project-paths";
import { freePort } from "./processes/child-service";
import { refreshPacsStatistics } from "./pacs-statistics";

const run = promisify(execFile);
const analyze = (index: string) =>
  run("bash", ["scripts/services/orthanc.sh", "analyze", index], { cwd: PROJECT_ROOT });

const ORTHANC = "/usr/sbin/Orthanc";
/** How Orthanc 1.10 finds a resource by an identifier tag (here PatientID, 0010,0020). */
const LOOKUP =
  "SELECT d.id FROM DicomIdentifiers AS d, Resources AS r WHERE d.id = r.internalId " +
  "AND r.resourceType = 1 AND d.tagGroup = 16 AND d.tagElement = 32 AND d.value = ?";
const PATIENTS = 2_000;

let folder: string;
let copy: string;

const accepting = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });

/** Starts Orthanc on `folder` until its HTTP port opens (its index is made before), then stops it. */
async function indexMadeByOrthanc(folder: string): Promise<string> {
  const port = await freePort();
  const config = join(folder, "orthanc.json");
  await writeFile(
    config,
    JSON.stringify({
      StorageDirectory: folder,
      IndexDirectory: folder,
      HttpPort: port,
      DicomServerEnabled: false,
      RemoteAccessAllowed: false,
      Plugins: [],
    }),
  );
  const orthanc = spawn(ORTHANC, [config], { stdio: "ignore" });
  try {
    for (const started = Date.now(); !(await accepting(port));) {
      if (orthanc.exitCode !== null) throw new Error(`Orthanc exited with ${orthanc.exitCode}`);
      if (Date.now() - started > 20_000) throw new Error("Orthanc did not open its port in 20 s");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    const exited = orthanc.exitCode === null ? once(orthanc, "exit") : Promise.resolve();
    orthanc.kill("SIGTERM");
    await exited;
  }
  return join(folder, "index");
}

/** The indexes the lookup's plan searches DicomIdentifiers with. */
function lookupIndexes(index: string): string[] {
  const db = new Database(index, { readonly: true });
  try {
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${LOOKUP}`).all("H_00000042") as {
      detail: string;
    }[];
    return plan.flatMap(({ detail }) => /^SEARCH d USING INDEX (\w+)/.exec(detail)?.[1] ?? []);
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "medfuse-orthanc-index-"));
  copy = await indexMadeByOrthanc(folder);
  // Synthetic patients only, as Orthanc stores them: one Resources row and one PatientID each,
  // and no statistics, as Orthanc 1.10 leaves its index. Its triggers call functions only Orthanc
  // defines, and play no part in a plan.
  const db = new Database(copy);
  const triggers = db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all();
  for (const { name } of triggers as { name: string }[]) db.exec(`DROP TRIGGER "${name}"`);
  db.pragma("foreign_keys = OFF");
  db.exec("DROP TABLE IF EXISTS sqlite_stat1; DELETE FROM DicomIdentifiers; DELETE FROM Resources");
  const resource = db.prepare("INSERT INTO Resources VALUES (?, 1, ?, NULL)");
  const identifier = db.prepare("INSERT INTO DicomIdentifiers VALUES (?, ?, ?, ?)");
  db.transaction(() => {
    for (let n = 1; n <= PATIENTS; n++) {
      resource.run(n, `patient-${n}`);
      identifier.run(n, 0x10, 0x20, `H_${String(n).padStart(8, "0")}`);
      identifier.run(n, 0x10, 0x21, "H");
    }
  })();
  db.close();
});
afterAll(() => rm(folder, { recursive: true, force: true }));

test("without statistics, a PatientID lookup reads every patient's identifiers", () => {
  expect(lookupIndexes(copy)).toEqual(["DicomIdentifiersIndex2"]);
});

test("analyze gives the index statistics, and the lookup then takes the index on the value", async () => {
  const { stdout } = await analyze(copy);
  expect(stdout).toContain(`planner statistics of ${copy} refreshed`);
  expect(lookupIndexes(copy)).toEqual(["DicomIdentifiersIndexValues"]);
  // Run again over existing statistics, it still succeeds and keeps them.
  await analyze(copy);
  expect(lookupIndexes(copy)).toEqual(["DicomIdentifiersIndexValues"]);
});

test("an archive with no index yet is left alone", async () => {
  const missing = join(folder, "no-index-here");
  const { stdout } = await analyze(missing);
  expect(stdout).toContain(`no index at ${missing} yet`);
});

test("a DICOMweb server that is not the project's Orthanc keeps its statistics", async () => {
  const said: string[] = [];
  await refreshPacsStatistics("http://pacs.example.invalid/dicom-web", (line) => said.push(line));
  expect(said).toEqual([
    "PACS: not this project's Orthanc, its planner statistics are left as they are",
  ]);
});
