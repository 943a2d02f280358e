/**
 * The patient graph end to end: HTTP into the embedded gateway, through the query planner, into
 * all five subgraphs and their native stores, compared with the synthetic hospital's truth.
 */
import { LAB_ANALYTES } from "../clinical/lab-analytes";
import {
  PATIENT_360,
  PATIENT_PAGE,
  REPORTS_TO_STUDIES,
  patientEverywhere,
} from "./cross-system-queries";
import { startTestGateway, type TestGateway } from "./embedded-gateway";
import { canonicalId } from "./test-hospital";

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(() => gw.medfuse.stop());

const everywhere = patientEverywhere();

test("one query returns one patient's data from all five subgraphs", async () => {
  const { status, body } = await gw.post(PATIENT_360.query, PATIENT_360.variables);
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  const p = body.data.patient;
  // HIS
  expect(p).toMatchObject({
    id: canonicalId(everywhere.number),
    name: { family: everywhere.family },
    sex: everywhere.sex,
    birthDate: everywhere.birthDate,
  });
  expect(p.conditions).toHaveLength(everywhere.diagnoses.length);
  // LIS: every result, SI-normalised whatever unit the analyser used, with the native value kept
  expect(p.labResults).toHaveLength(everywhere.labs.length);
  const creatinine = everywhere.labs.filter((l) => l.analyte === "creatinine");
  for (const truth of creatinine) {
    const got = p.labResults.find((r: any) => r.provenance.recordId === String(truth.id));
    expect(got.provenance.system).toBe("LIS");
    expect(got.value.unit).toBe(LAB_ANALYTES.creatinine.siUnit);
    expect(got.value.value).toBeCloseTo(truth.value as number, 0);
  }
  // EMR: one observation per recorded parameter
  expect(p.vitalSigns.length).toBeGreaterThanOrEqual(everywhere.vitals.length);
  expect(p.clinicalNotes).toHaveLength(everywhere.notes.length);
  // PACS and RIS, joined only through the accession number
  const performed = everywhere.imaging.filter((i) => i.study);
  expect(p.imagingStudies.map((s: any) => s.uid).sort()).toEqual(
    performed.map((i) => i.study!.studyUid).sort(),
  );
  const reported = everywhere.imaging.find((i) => i.study && i.report)!;
  const report = p.radiologyReports.find((r: any) => r.accessionNumber === reported.accession);
  expect(report.conclusion).toBe(reported.report!.impression);
  expect(report.imagingStudy.uid).toBe(reported.study!.studyUid);
});

test("a page of 100 patients costs one store query per subgraph per plan level", async () => {
  const { body } = await gw.post(PATIENT_PAGE.query);
  expect(body.errors).toBeUndefined();
  expect(body.data.patients.nodes).toHaveLength(100);
  expect(Object.fromEntries(gw.storeQueries)).toEqual({ his: 1, lis: 1, emr: 1, pacs: 1, ris: 1 });

  // A second level (report → study by accession number) adds exactly one PACS query.
  const deeper = await gw.post(REPORTS_TO_STUDIES.query);
  expect(deeper.body.errors).toBeUndefined();
  expect(Object.fromEntries(gw.storeQueries)).toEqual({ his: 1, ris: 1, pacs: 1 });
});

test("an unknown patient is null, not an error", async () => {
  const { body } = await gw.post(`{ patient(id: "H01-09999999") { id labResults { id } } }`);
  expect(body.errors).toBeUndefined();
  expect(body.data.patient).toBeNull();
});

test("bad input gets a clear error code and reaches no store", async () => {
  const malformed = await gw.post(`{ patient(id: "x' OR 1=1 --") { id } }`);
  expect(malformed.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
  expect(malformed.body.errors[0].message).toMatch(/not a patient id/);
  expect(gw.storeQueries.size).toBe(0);

  const range = await gw.post(
    `{ patients(filter: { birthDateFrom: "2000-01-01", birthDateTo: "1990-01-01" }) { nodes { id } } }`,
  );
  expect(range.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
  expect(gw.storeQueries.size).toBe(0);

  const unknownField = await gw.post(`{ patient(id: "H01-00000001") { id shoeSize } }`);
  expect(unknownField.status).toBe(400);
  expect(unknownField.body.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");

  const badLast = await gw.post(`{ patient(id: "H01-00000001") { labResults(last: 0) { id } } }`);
  expect(badLast.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
});

test("errors never carry internals: no SQL, paths, stacks or subgraph URLs", async () => {
  const { body } = await gw.post(
    `{ patient(id: "nonsense") { id } patients(first: 0) { nodes { id } } }`,
  );
  const text = JSON.stringify(body.errors);
  expect(body.errors.length).toBeGreaterThan(0);
  expect(text).not.toMatch(/select |sqlite|\/work\/|stacktrace|localhost:41/i);
});

test("GET /health answers", async () => {
  const response = await fetch(`${gw.medfuse.url}/health`);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});
