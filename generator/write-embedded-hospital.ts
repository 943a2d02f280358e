/**
 * Writes the synthetic hospital as the embedded default: SQLite files for HIS, LIS and RIS,
 * an EJSON document store for EMR, a folder of DICOM Part-10 files for PACS.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { hisNativeTables } from "../subgraphs/his/native-records";
import { lisNativeTables } from "../subgraphs/lis/native-records";
import { risNativeTables } from "../subgraphs/ris/native-records";
import { writeEmrStore } from "../subgraphs/emr/native-records";
import { writeDicomFolder } from "../subgraphs/pacs/dicom-folder-writer";
import { embeddedStorePaths } from "./embedded-layout";
import { describeHospital, type HospitalManifest } from "./manifest";
import { loadSqlite } from "./sqlite-loader";
import type { SyntheticHospital } from "./synthetic-hospital";

export type Progress = (line: string) => void;

export async function writeEmbeddedHospital(
  hospital: SyntheticHospital,
  dataDir: string,
  progress: Progress = () => {},
): Promise<HospitalManifest> {
  const paths = embeddedStorePaths(dataDir);
  mkdirSync(dataDir, { recursive: true });
  // A half-written folder must never look complete: the manifest goes last.
  rmSync(paths.manifest, { force: true });
  const records: Record<string, number> = {};
  const timed = async (system: string, what: string, write: () => number | Promise<number>) => {
    const started = Date.now();
    records[system] = await write();
    progress(
      `${system.toUpperCase().padEnd(4)} ${records[system].toLocaleString("en")} ${what} in ${Date.now() - started} ms`,
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
