/**
 * Writes the synthetic hospital as the embedded default: SQLite files for HIS, LIS and RIS,
 * an EJSON document store for EMR, a folder of DICOM Part-10 files for PACS. Systems given a
 * target URL go to that real store instead (real-store-writers.ts).
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { hisNativeTables } from "../subgraphs/his/native-records";
import { lisNativeTables } from "../subgraphs/lis/native-records";
import { risNativeTables } from "../subgraphs/ris/native-records";
import { writeEmrStore } from "../subgraphs/emr/native-records";
import { writeDicomFolder } from "../subgraphs/pacs/dicom-folder-writer";
import { embeddedStorePaths } from "./embedded-layout";
import { describeHospital, type HospitalManifest } from "./manifest";
import { realStoreWriter, type StoreTargets } from "./real-store-writers";
import { loadSqlite } from "./sqlite-loader";
import type { SyntheticHospital } from "./synthetic-hospital";
import { redact } from "../subgraphs/shared/sql-url";
import type { SourceSystem } from "../subgraphs/subgraph";

export type Progress = (line: string) => void;

export async function writeEmbeddedHospital(
  hospital: SyntheticHospital,
  dataDir: string,
  progress: Progress = () => {},
  targets: StoreTargets = {},
): Promise<HospitalManifest> {
  const paths = embeddedStorePaths(dataDir);
  mkdirSync(dataDir, { recursive: true });
  // A half-written folder must never look complete: the manifest goes last.
  rmSync(paths.manifest, { force: true });
  const records: Record<string, number> = {};
  const timed = async (
    system: SourceSystem,
    what: string,
    write: () => number | Promise<number>,
  ) => {
    const started = Date.now();
    const url = targets[system];
    records[system] = await (url
      ? realStoreWriter(system).write(url, hospital, progress)
      : write());
    progress(
      `${system.toUpperCase().padEnd(4)} ${records[system].toLocaleString("en")} ${what} in ${Date.now() - started} ms${url ? ` into ${redact(url)}` : ""}`,
    );
  };

  await timed("his", "rows", () => loadSqlite(paths.his, hisNativeTables(hospital)));
  await timed("lis", "rows", () => loadSqlite(paths.lis, lisNativeTables(hospital)));
  await timed("ris", "rows", () => loadSqlite(paths.ris, risNativeTables(hospital)));
  await timed("emr", "documents", async () => (await writeEmrStore(hospital, paths.emr)).documents);
  await timed("pacs", "DICOM files", async () => {
    rmSync(paths.pacs, { recursive: true, force: true });
    let reported = 0;
    const { files } = await writeDicomFolder(hospital, paths.pacs, (done, total) => {
      if (done - reported >= 2000 || done === total) {
        reported = done;
        progress(`PACS ${done.toLocaleString("en")} / ${total.toLocaleString("en")} DICOM files`);
      }
    });
    return files;
  });

  const manifest = describeHospital(hospital, records);
  writeFileSync(paths.manifest, JSON.stringify(manifest, null, 2));
  return manifest;
}
