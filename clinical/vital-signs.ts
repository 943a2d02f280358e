/** Vital-sign observation codes: CLINICAL.md section 6 (LOINC codes, UCUM units). */

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
