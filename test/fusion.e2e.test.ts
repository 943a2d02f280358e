/**
 * Fusion through the gateway: fused fields computed from live data in several systems,
 * checked against the synthetic hospital's planted truth, and their cost in store queries.
 */
import type { ClinicalProfile, SyntheticPatient } from "../generator/synthetic-hospital";
import { startTestGateway, type TestGateway } from "./embedded-gateway";
import { canonicalId, testHospital } from "./test-hospital";

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(() => gw.medfuse.stop());

const hospital = testHospital();
const asOf = hospital.anchor.toISOString();

/** A patient's latest creatinine by collection, and whether the LIS had released it at the anchor. */
function latestCreatinine(p: SyntheticPatient) {
  const latest = p.labs
    .filter((l) => l.analyte === "creatinine")
    .sort((a, b) => b.collectedAt.getTime() - a.collectedAt.getTime())[0];
  return { id: String(latest.id), released: latest.resultedAt <= hospital.anchor };
}

test("a list of 100 patients with features and assessment costs one store query per system and field", async () => {
  const { body } = await gw.post(
    `query ($asOf: DateTime) { patients(first: 100) { nodes { id
        features(asOf: $asOf) { features { name value missingReason } }
        assessment(asOf: $asOf) { priority concerns { concern level } } } } }`,
    { asOf },
  );
  expect(body.errors).toBeUndefined();
  expect(body.data.patients.nodes).toHaveLength(100);
  // HIS: the page, then visits, diagnoses and orders; every other system once, whatever the list size.
  expect(Object.fromEntries(gw.storeQueries)).toEqual({ his: 4, lis: 1, emr: 1, pacs: 1, ris: 1 });
});

test("fusion's whole histories and a client's un-narrowed lists share their store queries", async () => {
  const { body } = await gw.post(
    `query ($asOf: DateTime) { patients(first: 100) { nodes { id
        labResults { id } vitalSigns { id } medicationRequests { id } imagingStudies { uid }
        assessment(asOf: $asOf) { priority } } } }`,
    { asOf },
  );
  expect(body.errors).toBeUndefined();
  expect(Object.fromEntries(gw.storeQueries)).toEqual({ his: 4, lis: 1, emr: 1, pacs: 1, ris: 1 });
});

/** Every patient of the test hospital with the decision-layer fields, at the hospital's anchor. */
async function decisionsForAll() {
  const { body } = await gw.post(
    `query ($asOf: DateTime) { patients(first: 1000) { nodes { id
        assessment(asOf: $asOf) { priority concerns { concern level items { level evidence { system } } } }
        news2(asOf: $asOf) { total level }
        acuteKidneyInjury(asOf: $asOf) { stage latest { recordId } }
        sepsisScreen(asOf: $asOf) { level }
        medicationSafetyAlerts(asOf: $asOf) { rule level resultValue }
        imagingFindings(asOf: $asOf) { finding accessionNumber } } } }`,
    { asOf },
  );
  expect(body.errors).toBeUndefined();
  return new Map<string, any>(body.data.patients.nodes.map((n: any) => [n.id, n]));
}

test("planted cases are found and healthy patients raise nothing", async () => {
  const results = await decisionsForAll();
  /** Patients with the first profile and no other besides those listed. */
  const only = (...profiles: ClinicalProfile[]) =>
    hospital.patients.filter(
      (p) => p.profiles.every((x) => profiles.includes(x)) && p.profiles.includes(profiles[0]),
    );
  const of = (p: { number: number }) => results.get(canonicalId(p.number));

  const healthy = only("healthy");
  expect(healthy.length).toBeGreaterThan(100);
  for (const p of healthy) expect(of(p).assessment.priority).toBe("none");

  const aki = hospital.patients.filter((x) => x.profiles.includes("aki"));
  expect(aki.filter((p) => latestCreatinine(p).released).length).toBeGreaterThan(3);
  for (const p of aki) {
    const latest = latestCreatinine(p);
    if (latest.released) expect(of(p).acuteKidneyInjury.stage).toBeGreaterThanOrEqual(1);
    // Collected before the anchor, released after it: nobody could see it then, nor may fusion.
    else expect(of(p).acuteKidneyInjury.latest.recordId).not.toBe(latest.id);
  }
  for (const p of hospital.patients.filter((x) => x.profiles.includes("deteriorating"))) {
    expect(of(p).news2.level).toBe("high");
  }
  for (const p of hospital.patients.filter((x) => x.profiles.includes("septic"))) {
    expect(["medium", "high"]).toContain(of(p).sepsisScreen.level);
  }
  for (const p of only("hyperkalaemia", "chestImaging")) {
    expect(of(p).medicationSafetyAlerts.map((a: any) => a.rule)).toEqual([
      expect.stringMatching(/potassium/i),
    ]);
  }
  for (const p of only("anticoagulated", "chestImaging")) {
    const inr = p.labs.find((l) => l.analyte === "inr")!.value as number;
    expect(of(p).medicationSafetyAlerts.length).toBe(inr > 3 ? 1 : 0);
  }
  // Reports name findings and negate others: only what the impression asserts is flagged.
  for (const p of hospital.patients) {
    for (const exam of p.imaging.filter(
      (i) => i.report && i.report.reportedAt <= hospital.anchor,
    )) {
      const flagged = of(p)
        .imagingFindings.filter((f: any) => f.accessionNumber === exam.accession)
        .map((f: any) => f.finding);
      const impression = exam.report!.impression;
      expect(flagged.includes("pulmonaryEmbolism")).toBe(
        /^Acute pulmonary embolism/.test(impression),
      );
      expect(flagged.includes("pneumothorax")).toBe(
        /^Small right apical pneumothorax/.test(impression),
      );
      expect(flagged.includes("haemorrhage")).toBe(false);
    }
  }
});

test("one query returns an assessment whose evidence spans at least four systems", async () => {
  const id = gw.medfuse.manifest.showcasePatient!;
  const { body } = await gw.post(
    `query ($id: ID!, $asOf: DateTime) { patient(id: $id) { assessment(asOf: $asOf) {
        priority concerns { concern level supportingSystems contradictingSystems unavailableSystems
          items { level summary evidence { system recordId time } } } } } }`,
    { id, asOf },
  );
  expect(body.errors).toBeUndefined();
  const assessment = body.data.patient.assessment;
  const systems = new Set(
    assessment.concerns.flatMap((c: any) =>
      c.items.flatMap((i: any) => i.evidence.map((e: any) => e.system)),
    ),
  );
  expect(systems.size).toBeGreaterThanOrEqual(4);
  expect(assessment.priority).toBe("high");
  for (const c of assessment.concerns) {
    for (const item of c.items)
      for (const e of item.evidence) expect(e.recordId).toEqual(expect.any(String));
  }
});

test("the feature vector carries each system's latest values with their native records", async () => {
  const truth = hospital.patients.find((p) => p.profiles.includes("ckd"))!;
  const { body } = await gw.post(
    `query ($id: ID!, $asOf: DateTime) { patient(id: $id) { features(asOf: $asOf) { features { name value valueText unit system recordId missingReason } } } }`,
    { id: canonicalId(truth.number), asOf },
  );
  expect(body.errors).toBeUndefined();
  const features = new Map<string, any>(
    body.data.patient.features.features.map((f: any) => [f.name, f]),
  );
  const latestCreatinine = truth.labs
    .filter((l) => l.analyte === "creatinine")
    .sort((a, b) => b.collectedAt.getTime() - a.collectedAt.getTime())[0];
  expect(features.get("lab.creatinine")).toMatchObject({
    system: "LIS",
    recordId: String(latestCreatinine.id),
    unit: "umol/L",
  });
  expect(features.get("lab.creatinine").value).toBeCloseTo(latestCreatinine.value as number, 0);
  expect(features.get("comorbidity.chronicKidneyDisease")).toMatchObject({
    value: 1,
    system: "HIS",
  });
  for (const f of features.values()) {
    if (f.value === null && f.valueText === null)
      expect(f.missingReason).toEqual(expect.any(String));
  }
});

test("the timeline merges events from all five systems in time order and pages", async () => {
  const truth = hospital.patients.find(
    (p) => p.imaging.some((i) => i.study && i.report) && p.vitals.length && p.notes.length,
  )!;
  const query = `query ($id: ID!, $after: String) { patient(id: $id) { timeline(first: 10, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id time system kind } } } }`;
  const events: any[] = [];
  let after: string | null = null;
  let total: number;
  do {
    const { body } = await gw.post(query, { id: canonicalId(truth.number), after });
    expect(body.errors).toBeUndefined();
    const page = body.data.patient.timeline;
    total = page.totalCount;
    events.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  expect(events).toHaveLength(total);
  expect(new Set(events.map((e) => e.system))).toEqual(
    new Set(["HIS", "LIS", "RIS", "PACS", "EMR"]),
  );
  const times = events.map((e) => Date.parse(e.time));
  expect(times).toEqual([...times].sort((a, b) => a - b));
  const vitalSets = new Set(truth.vitals.map((v) => v.id)).size;
  expect(events.filter((e) => e.kind === "vitalSigns")).toHaveLength(vitalSets);
  expect(events.filter((e) => e.kind === "labResult")).toHaveLength(truth.labs.length);
});

/** Every fused field, at the hospital's anchor, for a whole page of patients. */
const FUSED_FIELDS = `
  assessment(asOf: $asOf) { priority concerns { concern level supportingSystems contradictingSystems
    unavailableSystems items { level summary evidence { system recordId time value unit } } } }
  acuteKidneyInjury(asOf: $asOf) { stage reason ratio rise48h latest { recordId } baseline { recordId } }
  egfr(asOf: $asOf) { value category creatinine { recordId } }
  medicationSafetyAlerts(asOf: $asOf) { rule level resultValue order { recordId } }
  sepsisScreen(asOf: $asOf) { level }
  news2(asOf: $asOf) { total level missing }
  features(asOf: $asOf) { features { name value valueText observedAt recordId missingReason } }
  timeline { totalCount }`;

/** The client's own narrowed lists, un-aliased: they share response names with the fused fields' inputs. */
const NARROWED_LISTS = `
  labResults(last: 1) { id }
  vitalSigns(last: 1) { id }
  medicationRequests(status: active) { id }
  clinicalNotes(last: 1) { id }
  imagingStudies(modality: "CT") { uid }`;

const fusedPage = (selection: string) =>
  selection.includes("$asOf")
    ? gw.post(`query ($asOf: DateTime) { patients(first: 1000) { nodes { id ${selection} } } }`, {
        asOf,
      })
    : gw.post(`{ patients(first: 1000) { nodes { id ${selection} } } }`);

test("fused fields compute from whole histories whatever narrowed lists the query also selects", async () => {
  const fusedOnly = await fusedPage(FUSED_FIELDS);
  const withLists = await fusedPage(`${FUSED_FIELDS} ${NARROWED_LISTS}`);
  const storeQueriesWithLists = Object.fromEntries(gw.storeQueries);
  const listsOnly = await fusedPage(NARROWED_LISTS);
  for (const { body } of [fusedOnly, withLists, listsOnly]) expect(body.errors).toBeUndefined();

  const fused = new Map<string, any>(fusedOnly.body.data.patients.nodes.map((n: any) => [n.id, n]));
  const lists = new Map<string, any>(listsOnly.body.data.patients.nodes.map((n: any) => [n.id, n]));
  const planted = hospital.patients.filter((p) =>
    p.profiles.some((x) => x === "aki" || x === "hyperkalaemia" || x === "anticoagulated"),
  );
  expect(planted.length).toBeGreaterThan(5);
  for (const p of planted.filter((x) => x.profiles.includes("aki"))) {
    if (latestCreatinine(p).released)
      expect(fused.get(canonicalId(p.number)).acuteKidneyInjury.stage).toBeGreaterThanOrEqual(1);
  }
  for (const p of planted.filter((x) => x.profiles.includes("hyperkalaemia"))) {
    expect(fused.get(canonicalId(p.number)).medicationSafetyAlerts).not.toEqual([]);
  }
  const together = new Map<string, any>(
    withLists.body.data.patients.nodes.map((n: any) => [n.id, n]),
  );
  for (const p of planted) {
    const [alone, beside] = [fused.get(canonicalId(p.number)), together.get(canonicalId(p.number))];
    expect(beside.acuteKidneyInjury).toEqual(alone.acuteKidneyInjury);
    expect(beside.medicationSafetyAlerts).toEqual(alone.medicationSafetyAlerts);
    expect(beside.assessment).toEqual(alone.assessment);
  }
  for (const node of withLists.body.data.patients.nodes) {
    const { labResults, vitalSigns, medicationRequests, clinicalNotes, imagingStudies, ...rest } =
      node;
    // Fusion still sees every system's whole history, and the client still gets its own lists.
    expect(rest).toEqual(fused.get(node.id));
    expect({
      id: node.id,
      labResults,
      vitalSigns,
      medicationRequests,
      clinicalNotes,
      imagingStudies,
    }).toEqual(lists.get(node.id));
  }
  // One store query per system and argument set: fusion's whole histories, the client's lists.
  expect(storeQueriesWithLists).toEqual({ his: 5, lis: 2, emr: 4, pacs: 2, ris: 1 });
});

test("fusion's history inputs are not part of the client's schema", async () => {
  const id = canonicalId(hospital.patients[0].number);
  for (const field of [
    "labHistory",
    "vitalSignHistory",
    "clinicalNoteHistory { id }",
    "medicationRequestHistory { id }",
    "imagingStudyHistory { uid }",
  ]) {
    const { status, body } = await gw.post(`{ patient(id: "${id}") { id ${field} } }`);
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
  }
  const { body } = await gw.post(`{ __type(name: "Patient") { fields { name } } }`);
  const names = body.data.__type.fields.map((f: any) => f.name);
  expect(names).toEqual(expect.arrayContaining(["labResults", "vitalSigns", "assessment"]));
  expect(names.filter((n: string) => n.endsWith("History"))).toEqual([]);
  // Nor are the compact scalars the two bulk histories travel as.
  for (const scalar of ["LabHistory", "VitalSignHistory"]) {
    const { body: type } = await gw.post(`{ __type(name: "${scalar}") { name } }`);
    expect(type.data.__type).toBeNull();
  }
});
