/** EMR vital signs as fusion's compact vital-sign history (shared/fusion-history.ts). */
import type { VitalSignHistoryEntry } from "../shared/fusion-history";
import type { VitalSign } from "./types/vital-sign";

export function vitalSignHistoryEntry(vital: VitalSign): VitalSignHistoryEntry {
  return {
    id: vital.id,
    setId: vital.setId,
    code: vital.code.code,
    display: vital.code.display ?? null,
    value: vital.value?.value ?? null,
    unit: vital.value?.unit ?? null,
    valueCode: vital.valueCode?.code ?? null,
    spo2Scale2: vital.spo2Scale2,
    time: vital.effectiveDateTime.getTime(),
  };
}
