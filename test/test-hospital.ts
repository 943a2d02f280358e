/**
 * The synthetic hospital the end-to-end tests share: generated once per run by the global
 * set-up, and regenerated in memory by tests that compare answers with the clinical truth.
 */
import { join } from "node:path";
import { generateHospital } from "../generator/generate-hospital";
import type { SyntheticHospital } from "../generator/synthetic-hospital";

export const TEST_HOSPITAL = {
  patients: 300,
  seed: 7,
  anchor: new Date("2026-06-01T08:00:00Z"),
} as const;
export const TEST_DATA_DIR = join(__dirname, "..", ".test-data", "hospital");

let cached: SyntheticHospital | undefined;

/** The same hospital the global set-up wrote: generation is deterministic. */
export function testHospital(): SyntheticHospital {
  return (cached ??= generateHospital(TEST_HOSPITAL));
}

export const canonicalId = (number: number) => `H01-${String(number).padStart(8, "0")}`;
