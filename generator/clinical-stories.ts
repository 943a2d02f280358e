/**
 * The clinical stories planted in the synthetic hospital. Each adds a profile's records, so the
 * fused fields meet true positives (sick patients) and true negatives (everyone else).
 */
import { DAY, HOUR } from "./patient-random";
import type { PatientRecord } from "./patient-record";
import {
  basicMetabolicPanel,
  bloodCount,
  calmVitalSigns,
  cardiacPanel,
  inflammationPanel,
  lipidPanel,
  liverPanel,
} from "./normal-values";
import type { SyntheticEncounter } from "./synthetic-hospital";

export interface StoryContext {
  readonly record: PatientRecord;
  readonly anchor: Date;
  readonly sex: "male" | "female";
  /** The clinic visit a few days before the anchor, where recent results come from. */
  readonly recentVisit: SyntheticEncounter;
  /** The current admission, for profiles that need a patient in a bed. */
  admission(): SyntheticEncounter;
}

const ago = (anchor: Date, ms: number) => new Date(anchor.getTime() - ms);

/** Past clinic visits with routine panels and a partial set of vital signs (no NEWS2 possible). */
export function routineVisits(ctx: StoryContext, count: number) {
  const { record, anchor, sex } = ctx;
  const { rng } = record;
  for (let i = 0; i < count; i++) {
    const start = ago(anchor, rng.int(30, 700) * DAY + rng.int(8, 16) * HOUR);
    const visit = record.encounter(
      "AMB",
      rng.pick(["generalPractice", "internal"] as const),
      start,
      new Date(start.getTime() + HOUR),
    );
    record.diagnose(
      visit,
      rng.chance(0.7) ? "checkup" : rng.pick(["backPain", "chestPain"] as const),
    );
    record.labPanel(new Date(start.getTime() + 20 * 60_000), {
      ...basicMetabolicPanel(rng, sex),
      ...bloodCount(rng, sex),
      ...(rng.chance(0.5) ? lipidPanel(rng) : {}),
      ...(rng.chance(0.3) ? liverPanel(rng) : {}),
      ...(rng.chance(0.2) ? { tsh: rng.around(2, 1, 2) } : {}),
    });
    const calm = calmVitalSigns(rng);
    record.vitalSigns(new Date(start.getTime() + 10 * 60_000), {
      systolic: calm.systolic,
      diastolic: calm.diastolic,
      heartRate: calm.heartRate,
      temperature: calm.temperature,
      weight: rng.around(sex === "male" ? 82 : 68, 14, 1),
      height: rng.around(sex === "male" ? 178 : 165, 8),
    });
    record.note(
      visit,
      "progress",
      new Date(start.getTime() + 40 * 60_000),
      "Routine review. Patient well. Plan: continue current management.",
    );
  }
}

export function diabetic(ctx: StoryContext) {
  const { record, anchor, recentVisit, sex } = ctx;
  const { rng } = record;
  record.diagnose(recentVisit, "type2Diabetes");
  if (rng.chance(0.8))
    record.prescribe(recentVisit, "metformin", ago(anchor, rng.int(100, 900) * DAY));
  if (rng.chance(0.2))
    record.prescribe(recentVisit, "insulin", ago(anchor, rng.int(30, 300) * DAY));
  for (const days of [rng.int(150, 200), rng.int(60, 100), rng.int(1, 5)]) {
    record.labPanel(ago(anchor, days * DAY + 9 * HOUR), {
      ...basicMetabolicPanel(rng, sex),
      hba1c: rng.around(68, 12),
      glucose: rng.around(11, 3, 1),
    });
  }
}

/** Chronic kidney disease with creatinine rising over months; often on an ACE inhibitor. */
export function chronicKidneyDisease(ctx: StoryContext) {
  const { record, anchor, recentVisit } = ctx;
  const { rng } = record;
  const latest = rng.around(260, 60);
  record.diagnose(recentVisit, latest > 220 ? "ckdStage4" : "ckdStage3");
  if (rng.chance(0.5))
    record.prescribe(recentVisit, "enalapril", ago(anchor, rng.int(200, 800) * DAY));
  const history = [180, 120, 60, 2].map((d) => rng.int(d, d + 2));
  history.forEach((days, i) => {
    const creatinine = Math.round(latest * (0.6 + (0.4 * i) / (history.length - 1)));
    record.labPanel(ago(anchor, days * DAY + 10 * HOUR), {
      ...basicMetabolicPanel(rng, ctx.sex),
      creatinine,
      urea: rng.around(14, 3, 1),
    });
  });
}

/** Acute kidney injury in hospital: a normal baseline on admission, then a steep rise. */
export function acuteKidneyInjury(ctx: StoryContext) {
  const { record, anchor, sex } = ctx;
  const { rng } = record;
  const admission = ctx.admission();
  record.diagnose(admission, "aki");
  if (rng.chance(0.5)) record.prescribe(admission, "ibuprofen", admission.start);
  else if (rng.chance(0.6)) record.prescribe(admission, "gentamicin", admission.start);
  const baseline = rng.around(80, 10);
  const peakRatio = rng.around(2.4, 0.8, 2);
  const days = Math.max(2, Math.floor((anchor.getTime() - admission.start.getTime()) / DAY));
  for (let d = days; d >= 0; d--) {
    const ratio = 1 + (peakRatio - 1) * (1 - d / days);
    record.labPanel(ago(anchor, d * DAY + 2 * HOUR), {
      ...basicMetabolicPanel(rng, sex),
      creatinine: Math.round(baseline * ratio),
    });
  }
}

/** High potassium on an ACE inhibitor, an ARB or spironolactone. */
export function hyperkalaemia(ctx: StoryContext) {
  const { record, anchor, recentVisit, sex } = ctx;
  const { rng } = record;
  record.diagnose(recentVisit, "hypertension");
  record.prescribe(
    recentVisit,
    rng.pick(["enalapril", "losartan", "spironolactone"] as const),
    ago(anchor, rng.int(60, 400) * DAY),
  );
  record.labPanel(ago(anchor, rng.int(1, 4) * DAY + 9 * HOUR), {
    ...basicMetabolicPanel(rng, sex),
    potassium: rng.around(5.8, 0.45, 1),
  });
}

/** Atrial fibrillation on warfarin, INR from therapeutic to dangerous. */
export function anticoagulated(ctx: StoryContext) {
  const { record, anchor, recentVisit } = ctx;
  const { rng } = record;
  record.diagnose(recentVisit, "atrialFibrillation");
  record.prescribe(recentVisit, "warfarin", ago(anchor, rng.int(90, 900) * DAY));
  record.labPanel(ago(anchor, rng.int(1, 5) * DAY + 8 * HOUR), { inr: rng.around(4, 2.2, 1) });
}

/** An inpatient whose vital signs worsen over the last day (NEWS2 high). */
export function deteriorating(ctx: StoryContext) {
  const { record, anchor } = ctx;
  const { rng } = record;
  const admission = ctx.admission();
  record.diagnose(admission, rng.pick(["heartFailure", "copd", "chestPain"] as const));
  for (let h = 0; h <= 60; h += 4) {
    const sick = h <= 20;
    record.vitalSigns(
      ago(anchor, h * HOUR + rng.int(0, 30) * 60_000),
      sick
        ? {
            respiratoryRate: rng.int(23, 27),
            oxygenSaturation: rng.int(91, 94),
            onOxygen: rng.chance(0.5),
            systolic: rng.int(92, 104),
            diastolic: rng.int(50, 62),
            heartRate: rng.int(112, 128),
            consciousness: rng.chance(0.3) ? "C" : "A",
            temperature: rng.around(38.7, 0.4, 1),
          }
        : calmVitalSigns(rng),
    );
  }
  record.note(
    admission,
    "nursing",
    ago(anchor, 2 * HOUR),
    "Increasing oxygen requirement and tachycardia overnight; doctor informed.",
  );
}

/** Suspected infection with organ dysfunction: pneumonia or urinary source, antibiotics, lactate. */
export function septic(ctx: StoryContext) {
  const { record, anchor, sex } = ctx;
  const { rng } = record;
  const admission = ctx.admission();
  const source = rng.chance(0.6) ? "pneumonia" : "uti";
  record.diagnose(admission, source);
  record.prescribe(
    admission,
    rng.pick(["amoxiclav", "ceftriaxone"] as const),
    new Date(admission.start.getTime() + 2 * HOUR),
  );
  record.labPanel(ago(anchor, rng.int(2, 10) * HOUR), {
    ...basicMetabolicPanel(rng, sex),
    wbc: rng.around(17, 3, 1),
    hemoglobin: rng.around(125, 10),
    platelets: rng.around(180, 40),
    lactate: rng.around(3.4, 0.9, 1),
    crp: rng.around(180, 60),
    procalcitonin: rng.around(6, 4, 1),
    bloodCulture: rng.chance(0.7) ? "positive" : "negative",
    ...(source === "uti" ? { urineDipstickNitrite: "positive" } : {}),
  });
  for (let h = 1; h <= 13; h += 4) {
    record.vitalSigns(ago(anchor, h * HOUR), {
      respiratoryRate: rng.int(22, 28),
      oxygenSaturation: rng.int(90, 95),
      onOxygen: true,
      systolic: rng.int(86, 100),
      diastolic: rng.int(45, 58),
      heartRate: rng.int(108, 126),
      consciousness: rng.pick(["C", "V"] as const),
      temperature: rng.around(39, 0.5, 1),
    });
  }
  if (source === "pneumonia") {
    record.imagingExam(
      "crChest",
      "pneumonia",
      new Date(admission.start.getTime() + HOUR),
      "Fever, cough, hypoxia",
    );
  }
}

/** A stable inpatient: complete calm vital signs and normal daily labs (every score negative). */
export function stableInpatient(ctx: StoryContext) {
  const { record, anchor, sex } = ctx;
  const { rng } = record;
  const admission = ctx.admission();
  record.diagnose(admission, "chestPain");
  for (let h = 1; h <= 48; h += 6) record.vitalSigns(ago(anchor, h * HOUR), calmVitalSigns(rng));
  record.labPanel(ago(anchor, 6 * HOUR), {
    ...basicMetabolicPanel(rng, sex),
    ...bloodCount(rng, sex),
    ...cardiacPanel(rng),
    ...inflammationPanel(rng),
  });
}

/** Chest imaging with a report: some positive findings, some negated mentions. */
export function chestImaging(ctx: StoryContext) {
  const { record, anchor } = ctx;
  const { rng } = record;
  const [exam, report] = rng.pick([
    ["ctpa", "pulmonaryEmbolism"],
    ["ctpa", "negativeForPe"],
    ["ctChest", "nodule"],
    ["crChest", "pneumothorax"],
    ["crChest", "normalChest"],
    ["ctChest", "normalChest"],
  ] as const);
  const performed = rng.chance(0.92);
  record.imagingExam(
    exam,
    report,
    ago(anchor, rng.int(2, 120) * HOUR),
    "Dyspnoea",
    performed,
    rng.chance(0.9),
  );
}

/** Other imaging that raises nothing: head CT, kidney ultrasound, spine MRI. */
export function otherImaging(ctx: StoryContext, kidneysSmall: boolean) {
  const { record, anchor } = ctx;
  const { rng } = record;
  const requestedAt = ago(anchor, rng.int(5, 400) * DAY);
  const choice = kidneysSmall ? "kidney" : rng.pick(["head", "kidney", "spine"] as const);
  if (choice === "head") record.imagingExam("ctHead", "normalHead", requestedAt, "Fall, headache");
  else if (choice === "kidney")
    record.imagingExam(
      "usKidney",
      kidneysSmall ? "smallKidneys" : "normalKidney",
      requestedAt,
      "Renal function",
    );
  else record.imagingExam("mrSpine", "spine", requestedAt, "Chronic low back pain");
}
