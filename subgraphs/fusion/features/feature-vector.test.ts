import { AS_OF, testRecord } from "../test-record";
import { featureVector } from "./feature-vector";

const byName = (features: ReturnType<typeof featureVector>) =>
  new Map(features.map((f) => [f.name, f]));

test("each lab feature is the latest SI value at or before asOf, with its source record", () => {
  const f = byName(featureVector(testRecord(), AS_OF, "Europe/Berlin"));
  // L3 (300) is after asOf: the vector at asOf must not see it.
  expect(f.get("lab.creatinine")).toMatchObject({
    value: 150,
    unit: "umol/L",
    system: "LIS",
    recordId: "L2",
    missingReason: null,
  });
  expect(f.get("lab.troponinT")).toMatchObject({ value: 10, valueText: "<10" });
  expect(f.get("lab.hba1c")).toMatchObject({
    value: null,
    missingReason: "no result released at or before asOf",
  });
  // CKD-EPI 2021 for a woman of 66 with creatinine 150 umol/L (1.70 mg/dL).
  expect(f.get("egfr")).toMatchObject({ value: 32.9, valueText: "G3b", recordId: "L2" });
});

test("demographics, BMI, comorbidities, medications, visits and imaging", () => {
  const f = byName(featureVector(testRecord(), AS_OF, "Europe/Berlin"));
  expect(f.get("age")).toMatchObject({ value: 66, unit: "a" });
  expect(f.get("sex")).toMatchObject({ valueText: "female" });
  expect(f.get("vital.bmi")).toMatchObject({ value: 25, unit: "kg/m2", recordId: "V1.WT+V1.HT" });
  expect(f.get("vital.heartRate")).toMatchObject({ value: 96, recordId: "V2.HR" });
  expect(f.get("vital.respiratoryRate")).toMatchObject({
    value: null,
    missingReason: "not charted at or before asOf",
  });
  // A local ICD-10 extension (E11.900) still raises the diabetes flag.
  expect(f.get("comorbidity.diabetes")).toMatchObject({
    value: 1,
    recordId: "D1",
    valueText: "E11.900",
  });
  expect(f.get("comorbidity.heartFailure")).toMatchObject({ value: 0, recordId: null });
  expect(f.get("medication.metformin")).toMatchObject({ value: 1, recordId: "M1" });
  // Stopped before asOf: no longer active.
  expect(f.get("medication.antibiotic")).toMatchObject({ value: 0 });
  expect(f.get("encounters.last365Days")).toMatchObject({ value: 1 });
  expect(f.get("imaging.daysSinceLastCR")).toMatchObject({ value: 2, recordId: "1.2.3" });
  expect(f.get("imaging.daysSinceLastCT")).toMatchObject({ value: null });
});

test("a system that did not answer makes its features null with that reason", () => {
  const f = byName(featureVector(testRecord({ labs: null, vitals: null }), AS_OF, "Europe/Berlin"));
  expect(f.get("lab.creatinine")).toMatchObject({
    value: null,
    missingReason: "LIS did not answer",
  });
  expect(f.get("vital.bmi")).toMatchObject({ value: null, missingReason: "EMR did not answer" });
  expect(f.get("comorbidity.diabetes")).toMatchObject({ value: 1 });
});

test("a lab result counts from its release, and is timed by its collection", () => {
  // L3 (creatinine 300) is collected at 08:00 on 2 June and released at 09:00.
  const before = byName(
    featureVector(testRecord(), new Date("2026-06-02T08:59:59.999Z"), "Europe/Berlin"),
  );
  expect(before.get("lab.creatinine")).toMatchObject({ value: 150, recordId: "L2" });
  expect(before.get("egfr")).toMatchObject({ recordId: "L2" });
  const released = byName(
    featureVector(testRecord(), new Date("2026-06-02T09:00:00Z"), "Europe/Berlin"),
  );
  expect(released.get("lab.creatinine")).toMatchObject({
    value: 300,
    recordId: "L3",
    observedAt: new Date("2026-06-02T08:00:00Z"),
  });
  expect(released.get("egfr")).toMatchObject({
    recordId: "L3",
    observedAt: new Date("2026-06-02T08:00:00Z"),
  });
});

test("RIS: the latest issued report, its asserted findings, and exams still awaiting a report", () => {
  const pending = {
    id: "R2",
    status: "registered",
    accessionNumber: "ACC2",
    modality: "CT",
    requestedAt: new Date("2026-05-31T10:00:00Z"),
    issued: null,
    conclusion: null,
    recordId: "56",
    table: "RIS_EXAM",
  };
  // Issued after asOf: not yet seen, so it still waits at asOf.
  const later = {
    ...pending,
    id: "R3",
    status: "final",
    requestedAt: new Date("2026-05-31T11:00:00Z"),
    issued: new Date("2026-06-01T09:00:00Z"),
    conclusion: "Pulmonary embolism.",
    recordId: "57",
  };
  const cancelled = { ...pending, id: "R4", status: "cancelled", recordId: "58" };
  const record = testRecord();
  const f = byName(
    featureVector(
      { ...record, reports: [...record.reports!, pending, later, cancelled] },
      AS_OF,
      "Europe/Berlin",
    ),
  );
  // R1, "Right lower lobe pneumonia.", issued 29 May 12:00: 2 days 20 hours before asOf.
  expect(f.get("radiology.daysSinceLastReport")).toMatchObject({
    value: 2,
    unit: "d",
    system: "RIS",
    recordId: "55",
  });
  expect(f.get("radiology.findingsInLastReport")).toMatchObject({
    value: 1,
    valueText: "pneumonia",
    recordId: "55",
  });
  expect(f.get("radiology.examsAwaitingReport")).toMatchObject({ value: 2, unit: "{exams}" });
});

test("RIS features say why they are missing", () => {
  const none = byName(featureVector(testRecord({ reports: [] }), AS_OF, "Europe/Berlin"));
  expect(none.get("radiology.daysSinceLastReport")).toMatchObject({
    value: null,
    missingReason: "no report issued at or before asOf",
  });
  expect(none.get("radiology.examsAwaitingReport")).toMatchObject({ value: 0 });
  const down = byName(featureVector(testRecord({ reports: null }), AS_OF, "Europe/Berlin"));
  expect(down.get("radiology.findingsInLastReport")).toMatchObject({
    value: null,
    missingReason: "RIS did not answer",
  });
});
