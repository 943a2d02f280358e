import { comorbiditiesOf } from "../clinical/comorbidities";
import { generateHospital } from "./generate-hospital";

const anchor = new Date("2026-06-01T08:00:00Z");

test("the same seed and anchor give the same hospital; another seed gives another", () => {
  const a = generateHospital({ patients: 50, seed: 7, anchor });
  const b = generateHospital({ patients: 50, seed: 7, anchor });
  const c = generateHospital({ patients: 50, seed: 8, anchor });
  expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
});

test("a patient is the same whatever the size of the hospital", () => {
  const small = generateHospital({ patients: 10, seed: 7, anchor });
  const large = generateHospital({ patients: 200, seed: 7, anchor });
  expect(JSON.stringify(large.patients[9])).toBe(JSON.stringify(small.patients[9]));
});

test("nothing is recorded after the anchor", () => {
  const { patients } = generateHospital({ patients: 300, seed: 3, anchor });
  for (const p of patients) {
    const times = [
      ...p.encounters.map((e) => e.start),
      ...p.labs.map((l) => l.collectedAt),
      ...p.vitals.map((v) => v.takenAt),
      ...p.notes.map((n) => n.authoredAt),
      ...p.imaging.map((i) => i.requestedAt),
    ];
    for (const t of times) expect(t.getTime()).toBeLessThanOrEqual(anchor.getTime());
  }
});

test("every planted story has patients, and healthy patients carry no disease codes", () => {
  const { patients } = generateHospital({ patients: 2000, seed: 7, anchor });
  const count = (profile: string) =>
    patients.filter((p) => p.profiles.includes(profile as never)).length;
  for (const profile of [
    "healthy",
    "diabetic",
    "ckd",
    "aki",
    "hyperkalaemia",
    "anticoagulated",
    "deteriorating",
    "septic",
    "chestImaging",
  ]) {
    expect(count(profile)).toBeGreaterThan(20);
  }
  for (const p of patients.filter((x) => x.profiles.includes("healthy"))) {
    expect(p.diagnoses.flatMap((d) => comorbiditiesOf(d.icd10))).toEqual([]);
  }
  // The heterogeneity DESIGN.md asks for: some results from old analysers in conventional units.
  const labs = patients.flatMap((p) => p.labs);
  expect(labs.filter((l) => l.reportedIn === "conventional").length / labs.length).toBeGreaterThan(
    0.1,
  );
});

test("two hospitals generated with one seed share no DICOM UID, and every UID fits DICOM's 64 characters", () => {
  const uids = (code: string) =>
    generateHospital({ patients: 200, seed: 11, anchor, site: { code, timeZone: "UTC" } })
      .patients.flatMap((p) => p.imaging.flatMap((e) => (e.study ? [e.study] : [])))
      .flatMap((s) => [s.studyUid, ...s.series.flatMap((x) => [x.seriesUid, ...x.instanceUids])]);
  const [a, b] = [uids("H01"), uids("BENCHMARKSITE")];
  expect(a.length).toBeGreaterThan(0);
  expect(a.filter((uid) => b.includes(uid))).toEqual([]);
  for (const uid of [...a, ...b]) expect(uid).toMatch(/^(0|[1-9]\d*)(\.(0|[1-9]\d*))*$/);
  expect(Math.max(...[...a, ...b].map((uid) => uid.length))).toBeLessThanOrEqual(64);
});
