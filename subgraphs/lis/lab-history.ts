/** LIS results as fusion's compact lab history (shared/fusion-history.ts). */
import { epochMillis, type LabHistoryEntry } from "../shared/fusion-history";
import type { LabResult } from "./types/lab-result";

export function labHistoryEntry(result: LabResult): LabHistoryEntry {
  return {
    id: result.id,
    code: result.code.code,
    display: result.code.display ?? null,
    value: result.value?.value ?? null,
    unit: result.value?.unit ?? null,
    comparator: result.value?.comparator ?? null,
    text: result.valueText,
    collected: epochMillis(result.effectiveDateTime),
    issued: epochMillis(result.issued),
  };
}
