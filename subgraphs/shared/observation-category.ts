/** FHIR R4 Observation categories, as lab results (LIS) and flowsheets (EMR) carry them. */
import { Coding } from "./coding";

/** http://hl7.org/fhir/R4/codesystem-observation-category.html */
export const OBSERVATION_CATEGORY_SYSTEM =
  "http://terminology.hl7.org/CodeSystem/observation-category";

const DISPLAY = { laboratory: "Laboratory", "vital-signs": "Vital Signs" } as const;
export type ObservationCategory = keyof typeof DISPLAY;

export function observationCategory(code: ObservationCategory): Coding {
  return new Coding(OBSERVATION_CATEGORY_SYSTEM, code, DISPLAY[code]);
}
