/** Generates a synthetic hospital and writes it as the embedded stores, reporting progress. */
import { generateHospital } from "./generate-hospital";
import type { HospitalManifest } from "./manifest";
import type { SyntheticHospital } from "./synthetic-hospital";
import type { StoreTargets } from "./real-store-writers";
import { writeEmbeddedHospital, type Progress } from "./write-embedded-hospital";
import type { HospitalSite } from "../subgraphs/subgraph";

export interface GenerateOptions {
  readonly patients: number;
  readonly seed: number;
  readonly anchor: Date;
  readonly site: HospitalSite;
  readonly out: string;
  /** Systems to load into real stores instead of their embedded files under `out`. */
  readonly targets?: StoreTargets;
}

export async function generateEmbeddedHospital(
  options: GenerateOptions,
  progress: Progress,
): Promise<HospitalManifest> {
  const started = Date.now();
  progress(
    `Generating ${options.patients.toLocaleString("en")} patients (seed ${options.seed}, anchor ${options.anchor.toISOString()}, site ${options.site.code})`,
  );
  const hospital: SyntheticHospital = generateHospital(options);
  progress(
    `Clinical records built in ${Date.now() - started} ms; writing native stores to ${options.out}`,
  );
  const manifest = await writeEmbeddedHospital(hospital, options.out, progress, options.targets);
  progress(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return manifest;
}
