/**
 * Loads the benchmark's hospital into the real stores with the generator's writers, unless the
 * marker says they already hold this very hospital (size, seed, anchor, code, stores) and a probe
 * of the last patient in every store still answers as it did right after loading. After loading,
 * the project's Orthanc gets fresh planner statistics unless told not to (pacs-statistics.ts).
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { generateHospital } from "../generator/generate-hospital";
import { realStoreWriter } from "../generator/real-store-writers";
import { isMongoUrl } from "../subgraphs/emr/mongodb-document-store";
import { writeEmrStore } from "../subgraphs/emr/native-records";
import { redact } from "../subgraphs/shared/sql-url";
import { canonicalPatientId } from "../subgraphs/shared/patient-id";
import { SOURCE_SYSTEMS, type HospitalSite, type SourceSystem } from "../subgraphs/subgraph";
import type { StoreUrls } from "./bench-stores";
import { floorPatient360 } from "./floor/floor-queries";
import { openFloorSources } from "./floor/floor-sources";
import { refreshPacsStatistics } from "./pacs-statistics";

export interface Scale {
  readonly patients: number;
  readonly seed: number;
  readonly anchor: Date;
  readonly site: HospitalSite;
}

interface Marker {
  readonly hospital: string;
  /** Record counts of the last patient, per list, as the stores answered after loading. */
  readonly probe: string;
}

const hospitalKey = (scale: Scale, stores: StoreUrls) =>
  JSON.stringify({
    ...scale,
    anchor: scale.anchor.toISOString(),
    stores: SOURCE_SYSTEMS.map((s) => redact(stores[s])),
  });

/** The last patient through the floor's loaders: present, with these many records per system. */
async function probe(scale: Scale, stores: StoreUrls): Promise<string> {
  const sources = await openFloorSources(scale.site, stores);
  try {
    const id = (n: number) => canonicalPatientId(scale.site, n);
    const beyond = await floorPatient360(sources.contexts(), scale.site, id(scale.patients + 1));
    const last = await floorPatient360(sources.contexts(), scale.site, id(scale.patients));
    if (beyond || !last) return "a different hospital size";
    return Object.entries(last)
      .filter(([, v]) => Array.isArray(v))
      .map(([k, v]) => `${k}:${(v as unknown[]).length}`)
      .join(",");
  } finally {
    await sources.close();
  }
}

async function readMarker(path: string): Promise<Marker | null> {
  try {
    return JSON.parse(await readFile(path, "utf8")) as Marker;
  } catch {
    return null;
  }
}

/** Resolves once the stores hold the hospital; says on `progress` what it did. */
export async function seedStores(
  scale: Scale,
  stores: StoreUrls,
  markerPath: string,
  options: { reseed: boolean; pacsStatistics: boolean; progress: (line: string) => void },
): Promise<void> {
  const hospital = hospitalKey(scale, stores);
  const marker = options.reseed ? null : await readMarker(markerPath);
  if (
    marker?.hospital === hospital &&
    (await probe(scale, stores).catch(() => "")) === marker.probe
  ) {
    options.progress(
      `stores already hold ${scale.patients} patients (seed ${scale.seed}): not reloaded`,
    );
    return;
  }
  const started = Date.now();
  options.progress(`loading ${scale.patients} patients (seed ${scale.seed}) into the real stores`);
  const generated = generateHospital(scale);
  const load = async (system: SourceSystem) => {
    const url = stores[system];
    const began = Date.now();
    const records =
      system === "emr" && !isMongoUrl(url)
        ? (await writeEmrStore(generated, url)).documents
        : await realStoreWriter(system).write(url, generated, () => {});
    const seconds = ((Date.now() - began) / 1000).toFixed(0);
    options.progress(`  ${system.toUpperCase()}: ${records} records in ${seconds} s`);
  };
  // One store at a time: a writer's synchronous stretches (DICOM files, the embedded EMR file)
  // would otherwise stall the others' connection handshakes past their time-outs at 100,000
  // patients, and each store's own load time is then a figure of its own.
  for (const system of SOURCE_SYSTEMS) await load(system);
  if (options.pacsStatistics) await refreshPacsStatistics(stores.pacs, options.progress);
  await mkdir(dirname(markerPath), { recursive: true });
  await writeFile(markerPath, JSON.stringify({ hospital, probe: await probe(scale, stores) }));
  options.progress(`stores loaded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
