/** Vital-sign observation codes: CLINICAL.md section 6 (LOINC codes, UCUM units). */
import { HOUR_MS, inLookback, type EvidenceRef, type Timed } from "./measurement";

export const VITAL_SIGNS = {
  respiratoryRate: { loinc: "9279-1", display: "Respiratory rate", unit: "/min" },
  heartRate: { loinc: "8867-4", display: "Heart rate", unit: "/min" },
  oxygenSaturation: { loinc: "59408-5", display: "Oxygen saturation by pulse oximetry", unit: "%" },
  systolic: { loinc: "8480-6", display: "Systolic blood pressure", unit: "mm[Hg]" },
  diastolic: { loinc: "8462-4", display: "Diastolic blood pressure", unit: "mm[Hg]" },
  temperature: { loinc: "8310-5", display: "Body temperature", unit: "Cel" },
  weight: { loinc: "29463-7", display: "Body weight", unit: "kg" },
  height: { loinc: "8302-2", display: "Body height", unit: "cm" },
  bmi: { loinc: "39156-5", display: "Body mass index", unit: "kg/m2" },
  gcsTotal: { loinc: "9269-2", display: "Glasgow coma score total", unit: "{score}" },
  oxygenFlow: { loinc: "3151-8", display: "Inhaled oxygen flow rate", unit: "L/min" },
} as const;

export type VitalSignKey = keyof typeof VITAL_SIGNS;

/** ACVPU consciousness levels, as NEWS2 scores them (A alert; C new confusion; V, P, U). */
export const ACVPU = ["A", "C", "V", "P", "U"] as const;
export type Acvpu = (typeof ACVPU)[number];

/** LOINC code used for the ACVPU level observation. */
export const CONSCIOUSNESS_LOINC = "67775-7";

type MeasuredVital = "respiratoryRate" | "systolic" | "heartRate" | "temperature" | "gcsTotal";

/** Whether the patient breathes room air or receives supplemental oxygen (NEWS2). */
export type AirOrOxygen = "air" | "oxygen";

interface Observed<P extends string, V, R extends EvidenceRef> extends Timed {
  readonly parameter: P;
  readonly value: V;
  readonly source: R;
}

/**
 * One charted vital sign, as NEWS2, qSOFA and SIRS read it. Units: rates /min, SpO2 %, systolic
 * mmHg, temperature °C, GCS total 3–15. `scale2` is true when the SpO2 was charted against a
 * clinician-prescribed 88–92 % target (NEWS2 SpO2 scale 2).
 */
export type VitalObservation<R extends EvidenceRef = EvidenceRef> =
  | { [P in MeasuredVital]: Observed<P, number, R> }[MeasuredVital]
  | (Observed<"oxygenSaturation", number, R> & { readonly scale2: boolean })
  | Observed<"airOrOxygen", AirOrOxygen, R>
  | Observed<"consciousness", Acvpu, R>;

export type VitalParameter = VitalObservation["parameter"];

/** The latest observation of each parameter; a parameter with none in the window is absent. */
export type LatestVitalSigns<R extends EvidenceRef = EvidenceRef> = {
  readonly [P in VitalParameter]?: Extract<VitalObservation<R>, { parameter: P }>;
};

/** Medfuse rule (CLINICAL.md section 1): vital signs count for 24 hours. */
export const VITAL_SIGNS_WINDOW_MS = 24 * HOUR_MS;

/**
 * Per parameter, the most recent observation in the 24 hours before `asOf`: from `asOf` − 24 h
 * to `asOf`, both inclusive, nothing after `asOf`.
 */
export function latestVitalSigns<R extends EvidenceRef>(
  observations: readonly VitalObservation<R>[],
  asOf: Date,
): LatestVitalSigns<R> {
  const latest: Partial<Record<VitalParameter, VitalObservation<R>>> = {};
  for (const observation of inLookback(observations, asOf, VITAL_SIGNS_WINDOW_MS)) {
    const current = latest[observation.parameter];
    // Of equal times the one given last wins, as `latest` decides.
    if (!current || current.time.getTime() <= observation.time.getTime())
      latest[observation.parameter] = observation;
  }
  return latest as LatestVitalSigns<R>;
}

/**
 * NEWS2's "air or oxygen" parameter has no LOINC code (3151-8 is the flow rate, not whether
 * oxygen is given), so Medfuse names it with its own code and values `air` / `oxygen`.
 */
export const AIR_OR_OXYGEN = {
  system: "urn:medfuse:vital-signs",
  code: "air-or-oxygen",
  display: "Breathing air or supplemental oxygen",
  valueSystem: "urn:medfuse:air-or-oxygen",
} as const;
