/** Writes the shared test hospital's embedded stores once per jest run. */
import { generateHospital } from "../generator/generate-hospital";
import { writeEmbeddedHospital } from "../generator/write-embedded-hospital";
import { TEST_DATA_DIR, TEST_HOSPITAL } from "./test-hospital";

export default async function globalSetup(): Promise<void> {
  await writeEmbeddedHospital(generateHospital(TEST_HOSPITAL), TEST_DATA_DIR);
}
