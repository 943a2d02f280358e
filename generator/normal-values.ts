/** Values a well adult shows: lab panels in SI units and a calm set of vital signs. */
import type { AnalyteKey } from "../clinical/lab-analytes";
import type { PatientRandom } from "./patient-random";
import type { SyntheticVitalSigns } from "./synthetic-hospital";

type Panel = Partial<Record<AnalyteKey, number>>;

export function basicMetabolicPanel(rng: PatientRandom, sex: "male" | "female"): Panel {
  return {
    creatinine: sex === "male" ? rng.around(85, 15) : rng.around(68, 12),
    potassium: rng.around(4.2, 0.4, 1),
    sodium: rng.around(140, 3),
    chloride: rng.around(102, 3),
    bicarbonate: rng.around(25, 2),
    urea: rng.around(5, 1.5, 1),
    glucose: rng.around(5, 0.5, 1),
  };
}

export function bloodCount(rng: PatientRandom, sex: "male" | "female"): Panel {
  return {
    hemoglobin: sex === "male" ? rng.around(150, 12) : rng.around(133, 12),
    wbc: rng.around(7, 2, 1),
    platelets: rng.around(250, 60),
  };
}

export function liverPanel(rng: PatientRandom): Panel {
  return {
    alt: rng.around(22, 8),
    ast: rng.around(22, 8),
    bilirubin: rng.around(10, 5),
    albumin: rng.around(41, 4),
  };
}

export function lipidPanel(rng: PatientRandom): Panel {
  return {
    cholesterol: rng.around(4.6, 0.5, 1),
    ldl: rng.around(2.6, 0.5, 1),
    triglycerides: rng.around(1.2, 0.3, 1),
  };
}

export function inflammationPanel(rng: PatientRandom): Panel {
  return {
    crp: rng.around(3, 2, 1),
    procalcitonin: rng.around(0.03, 0.01, 2),
    lactate: rng.around(1.2, 0.4, 1),
  };
}

export function cardiacPanel(rng: PatientRandom): Panel {
  return { troponinT: rng.around(6, 3), ntProBnp: rng.around(60, 40) };
}

/** A full NEWS2-scoring set inside every parameter's 0 band. */
export function calmVitalSigns(rng: PatientRandom): Omit<SyntheticVitalSigns, "id" | "takenAt"> {
  return {
    respiratoryRate: rng.int(13, 19),
    oxygenSaturation: rng.int(96, 99),
    onOxygen: false,
    systolic: rng.int(115, 140),
    diastolic: rng.int(65, 85),
    heartRate: rng.int(58, 88),
    consciousness: "A",
    temperature: rng.around(36.8, 0.5, 1),
  };
}
