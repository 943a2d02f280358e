import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { graphql } from "graphql";
import { generateHospital } from "../../generator/generate-hospital";
import { loadSqlite } from "../../generator/sqlite-loader";
import type { Subgraph } from "../subgraph";
import { hisNativeTables } from "./native-records";
import { openHisSubgraph } from "./subgraph";

const hospital = generateHospital({
  patients: 40,
  seed: 11,
  anchor: new Date("2026-06-01T08:00:00Z"),
});
const dir = mkdtempSync(join(tmpdir(), "medfuse-his-"));
const queries: string[] = [];
let his: Subgraph;

beforeAll(async () => {
  loadSqlite(join(dir, "his.sqlite"), hisNativeTables(hospital));
  his = await openHisSubgraph({
    site: hospital.site,
    store: join(dir, "his.sqlite"),
    onStoreQuery: (_, q) => queries.push(q),
  });
});
afterAll(async () => {
  await his.close();
  rmSync(dir, { recursive: true, force: true });
});

const run = async (source: string, variableValues?: Record<string, unknown>) => {
  queries.length = 0;
  return graphql({ schema: his.schema, source, variableValues, contextValue: his.createContext() });
};

test("a patient comes back with FHIR codes, instants and provenance", async () => {
  const truth = hospital.patients[4];
  const id = `H01-${String(truth.number).padStart(8, "0")}`;
  const result = await run(
    `query ($id: ID!) { patient(id: $id) { id name { family given text } sex birthDate
       encounters { class { code } period { start } provenance { table recordId } }
       conditions { code { system code } provenance { value } } medicationRequests { status medication { code } } } }`,
    { id },
  );
  expect(result.errors).toBeUndefined();
  const patient = result.data!.patient as any;
  expect(patient).toMatchObject({
    id,
    name: { family: truth.family, given: [truth.given] },
    sex: truth.sex,
    birthDate: truth.birthDate,
  });
  expect(patient.encounters).toHaveLength(truth.encounters.length);
  // Local-time text in HIS comes back as the instant the generator recorded.
  const newest = [...truth.encounters].sort((a, b) => b.start.getTime() - a.start.getTime())[0];
  expect(new Date(patient.encounters[0].period.start).getTime()).toBe(newest.start.getTime());
  expect(patient.encounters[0].provenance).toEqual({
    table: "PAT_VISIT",
    recordId: String(newest.id),
  });
  // WHO codes, the local extension (E11.900) kept as the source wrote it.
  expect(patient.conditions.map((c: any) => c.provenance.value).sort()).toEqual(
    truth.diagnoses.map((d) => d.icd10).sort(),
  );
  for (const c of patient.conditions) expect(c.code.code).toMatch(/^[A-Z]\d{2}(\.\d)?$/);
});

test("an unknown patient is null and a malformed id is BAD_USER_INPUT", async () => {
  const unknown = await run(`{ patient(id: "H01-99999999") { id } }`);
  expect(unknown.errors).toBeUndefined();
  expect(unknown.data!.patient).toBeNull();
  const otherSite = await run(`{ patient(id: "H02-00000001") { id } }`);
  expect(otherSite.data!.patient).toBeNull();
  const malformed = await run(`{ patient(id: "1; DROP TABLE PAT_MASTER") { id } }`);
  expect(malformed.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  expect(queries).toHaveLength(0);
});

test("patients pages by cursor, filters, and counts", async () => {
  const first = await run(
    `{ patients(first: 15) { nodes { id } pageInfo { hasNextPage endCursor } totalCount } }`,
  );
  const page = first.data!.patients as any;
  expect(page.nodes).toHaveLength(15);
  expect(page.totalCount).toBe(40);
  expect(page.pageInfo.hasNextPage).toBe(true);
  const second = await run(
    `query ($after: String) { patients(first: 30, after: $after) { nodes { id } pageInfo { hasNextPage } } }`,
    {
      after: page.pageInfo.endCursor,
    },
  );
  const rest = (second.data!.patients as any).nodes.map((n: any) => n.id);
  expect(rest).toHaveLength(25);
  expect(new Set([...page.nodes.map((n: any) => n.id), ...rest]).size).toBe(40);

  const diabetics = hospital.patients.filter((p) =>
    p.diagnoses.some((d) => d.icd10.startsWith("E11")),
  ).length;
  const filtered = await run(
    `{ patients(first: 100, filter: { diagnosisCode: "E11" }) { totalCount nodes { conditions { code { code } } } } }`,
  );
  expect((filtered.data!.patients as any).totalCount).toBe(diabetics);

  const women = hospital.patients.filter((p) => p.sex === "female").length;
  const byName = hospital.patients[0].family.slice(1, 4).toLowerCase();
  const res = await run(
    `query ($n: String) { women: patients(filter: { sex: female }) { totalCount } named: patients(filter: { name: $n }) { nodes { name { family given } } } }`,
    { n: byName },
  );
  expect((res.data!.women as any).totalCount).toBe(women);
  for (const n of (res.data!.named as any).nodes)
    expect(`${n.name.family}^${n.name.given.join(" ")}`.toLowerCase()).toContain(byName);
});

test("impossible ranges and oversized pages are BAD_USER_INPUT", async () => {
  for (const args of [
    `first: 0`,
    `first: 5000`,
    `filter: { birthDateFrom: "2000-01-01", birthDateTo: "1990-01-01" }`,
    `filter: { birthDateFrom: "2000-13-01" }`,
    `after: "bm9wZQ"`,
  ]) {
    const result = await run(`{ patients(${args}) { nodes { id } } }`);
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  }
});

test("a page of patients costs one store query per field, not one per patient", async () => {
  const result = await run(
    `{ patients(first: 40) { nodes { id encounters { id } conditions { id } medicationRequests(status: active) { id } allergies { id } } } }`,
  );
  expect(result.errors).toBeUndefined();
  // the page itself, then one query each for visits, diagnoses, orders and allergies
  expect(queries).toHaveLength(5);
});

test("entity references resolve through one batched query", async () => {
  const representations = hospital.patients
    .slice(0, 10)
    .map((p) => ({ __typename: "Patient", id: `H01-${String(p.number).padStart(8, "0")}` }));
  const result = await run(
    `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Patient { id sex } } }`,
    { r: representations },
  );
  expect(result.errors).toBeUndefined();
  expect((result.data!._entities as any[]).map((e) => e.id)).toEqual(
    representations.map((r) => r.id),
  );
  expect(queries).toHaveLength(1);
});
