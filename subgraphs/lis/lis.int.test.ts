import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { graphql } from "graphql";
import {
  analyteCodes,
  LAB_ANALYTES,
  LOINC_SYSTEM,
  type AnalyteKey,
} from "../../clinical/lab-analytes";
import { generateHospital } from "../../generator/generate-hospital";
import { loadSqlite } from "../../generator/sqlite-loader";
import type { SyntheticLabResult, SyntheticPatient } from "../../generator/synthetic-hospital";
import { canonicalPatientId } from "../shared/patient-id";
import type { Subgraph } from "../subgraph";
import { LIS_ITEM_CODE_SYSTEM } from "./mapping";
import { lisNativeTables } from "./native-records";
import { openLisSubgraph } from "./subgraph";

const hospital = generateHospital({
  patients: 40,
  seed: 11,
  anchor: new Date("2026-06-01T08:00:00Z"),
});
const dir = mkdtempSync(join(tmpdir(), "medfuse-lis-"));
const queries: string[] = [];
let lis: Subgraph;

beforeAll(async () => {
  loadSqlite(join(dir, "lis.sqlite"), lisNativeTables(hospital));
  lis = await openLisSubgraph({
    site: hospital.site,
    store: join(dir, "lis.sqlite"),
    onStoreQuery: (_, q) => queries.push(q),
  });
});
afterAll(async () => {
  await lis.close();
  rmSync(dir, { recursive: true, force: true });
});

const idOf = (p: SyntheticPatient) => canonicalPatientId(hospital.site, p.number);
const RESULT = `id code { system code } localCode { system code } mapped value { value unit comparator } valueText valueStatus
  interpretation { code } referenceRange { low { value } high { value } text } effectiveDateTime specimen { id type { code } } orderId
  provenance { system table recordId value unit time }`;

/** `labResults(<args>)` for the given patients through `_entities`, as the gateway asks. */
async function labResults(patients: readonly SyntheticPatient[], args = "", fields = RESULT) {
  queries.length = 0;
  const representations = patients.map((p) => ({ __typename: "Patient", id: idOf(p) }));
  const source = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Patient { id labResults${args ? `(${args})` : ""} { ${fields} } } } }`;
  const result = await graphql({
    schema: lis.schema,
    source,
    variableValues: { r: representations },
    contextValue: lis.createContext(),
  });
  return {
    errors: result.errors,
    lists: ((result.data?._entities ?? []) as any[]).map((e) => e?.labResults as any[]),
  };
}

/** Analysers print four significant digits, so values that went through conventional units come back within that. */
const expectNear = (actual: number, truth: number) =>
  expect(Math.abs(actual - truth)).toBeLessThanOrEqual(Math.abs(truth) * 2e-3);
const V2_0487_CODE = { blood: "BLD", serum: "SER", plasma: "PLAS", urine: "UR" } as const;
const isNumeric = (
  lab: SyntheticLabResult,
): lab is SyntheticLabResult & { analyte: AnalyteKey; value: number } =>
  typeof lab.value === "number";
/** The LIS files creatinine from the old analyser under a code of its own. */
/** Local codes of one analyte (CREA and CREA2 for creatinine) rank together under `last`. */
const itemGroup = (lab: SyntheticLabResult) => lab.analyte;
const newestFirst = (a: SyntheticLabResult, b: SyntheticLabResult) =>
  b.collectedAt.getTime() - a.collectedAt.getTime() || b.id - a.id;

test("every result comes back normalised to SI against the synthetic truth, with provenance", async () => {
  const { errors, lists } = await labResults(hospital.patients);
  expect(errors).toBeUndefined();
  expect(queries).toHaveLength(1);
  const seen = { conventional: 0, bound: 0, unmapped: 0, text: 0 };
  hospital.patients.forEach((patient, i) => {
    const results = lists[i];
    expect(results.map((r) => r.id)).toEqual(
      [...patient.labs].sort(newestFirst).map((l) => String(l.id)),
    );
    for (const lab of patient.labs) {
      const r = results.find((x) => x.id === String(lab.id));
      expect(new Date(r.effectiveDateTime).getTime()).toBe(lab.collectedAt.getTime());
      expect(r.provenance).toMatchObject({
        system: "LIS",
        table: "LAB_RESULT",
        recordId: String(lab.id),
        value: r.valueText,
      });
      expect(r.orderId).toBe(String(lab.orderId));
      expect(r.specimen.type.code).toBe(V2_0487_CODE[lab.specimenType]);
      if (!isNumeric(lab)) {
        seen.text++;
        expect(r).toMatchObject({
          valueText: lab.value,
          value: null,
          valueStatus: "TEXT",
          mapped: false,
        });
        expect(r.code).toEqual({ system: LIS_ITEM_CODE_SYSTEM, code: r.localCode.code });
        continue;
      }
      if (lab.analyte === "ntProBnp") {
        // NT-proBNP is missing from the LIS dictionary: kept, unmapped, in the unit written.
        seen.unmapped++;
        expect(r).toMatchObject({
          mapped: false,
          valueStatus: "AS_REPORTED",
          code: { system: LIS_ITEM_CODE_SYSTEM, code: "NTBNP" },
        });
        continue;
      }
      const analyte = LAB_ANALYTES[lab.analyte];
      if (lab.reportedIn === "conventional" && analyte.factor !== 1) seen.conventional++;
      if (lab.comparator) seen.bound++;
      expect(r).toMatchObject({
        mapped: true,
        valueStatus: "NORMALISED",
        code: { system: LOINC_SYSTEM },
      });
      expect(analyteCodes(lab.analyte)).toContain(r.code.code);
      expect(r.value.unit).toBe(analyte.siUnit);
      expect(r.value.comparator).toBe(lab.comparator ?? null);
      expectNear(r.value.value, lab.value);
      const { low, high } = analyte.siRange;
      if (low !== null) expectNear(r.referenceRange.low.value, low);
      if (high !== null) expectNear(r.referenceRange.high.value, high);
      const flag =
        high !== null && lab.value > high ? "H" : low !== null && lab.value < low ? "L" : "N";
      expect(r.interpretation.code).toBe(flag);
    }
  });
  expect(seen.conventional).toBeGreaterThan(0);
  expect(seen.bound).toBeGreaterThan(0);
  expect(seen.unmapped).toBeGreaterThan(0);
  expect(seen.text).toBeGreaterThan(0);
});

test("a LOINC filter by either code of an analyte returns both forms", async () => {
  const patients = hospital.patients.filter((p) => p.labs.some((l) => l.analyte === "creatinine"));
  const byMass = await labResults(patients, `loinc: ["2160-0"]`, "id localCode { code }");
  const bySi = await labResults(patients, `loinc: ["14682-9"]`, "id localCode { code }");
  expect(byMass.errors).toBeUndefined();
  expect(bySi.lists).toEqual(byMass.lists);
  patients.forEach((p, i) => {
    expect(byMass.lists[i].map((r) => r.id).sort()).toEqual(
      p.labs
        .filter((l) => l.analyte === "creatinine")
        .map((l) => String(l.id))
        .sort(),
    );
  });
  const codes = new Set(byMass.lists.flat().map((r) => r.localCode.code));
  expect(codes).toEqual(new Set(["CREA", "CREA2"]));
});

test("last keeps the N most recent per analyte, and since keeps later results", async () => {
  const since = new Date(hospital.anchor.getTime() - 3 * 24 * 3_600_000);
  const { errors, lists } = await labResults(
    hospital.patients,
    `last: 1, since: "${since.toISOString()}"`,
    "id",
  );
  expect(errors).toBeUndefined();
  expect(queries).toHaveLength(1);
  hospital.patients.forEach((patient, i) => {
    const newest = new Map<string, SyntheticLabResult>();
    for (const lab of [...patient.labs].filter((l) => l.collectedAt >= since).sort(newestFirst)) {
      if (!newest.has(itemGroup(lab))) newest.set(itemGroup(lab), lab);
    }
    expect(lists[i].map((r) => r.id).sort()).toEqual(
      [...newest.values()].map((l) => String(l.id)).sort(),
    );
  });
});

test("many patients and several argument sets cost one store query per argument set", async () => {
  queries.length = 0;
  const representations = hospital.patients.map((p) => ({ __typename: "Patient", id: idOf(p) }));
  const result = await graphql({
    schema: lis.schema,
    source: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Patient {
      all: labResults { id } latest: labResults(last: 1) { id } again: labResults(last: 1) { id } k: labResults(loinc: ["2823-3"]) { id } } } }`,
    variableValues: { r: representations },
    contextValue: lis.createContext(),
  });
  expect(result.errors).toBeUndefined();
  expect(queries).toHaveLength(3);
});

test("unknown and foreign patients have no results; bad arguments are BAD_USER_INPUT", async () => {
  const stranger = { ...hospital.patients[0], number: 99_999_999 };
  const known = await labResults([stranger], "", "id");
  expect(known.lists).toEqual([[]]);

  queries.length = 0;
  const foreign = await graphql({
    schema: lis.schema,
    source: `{ _entities(representations: [{ __typename: "Patient", id: "H02-00000001" }]) { ... on Patient { labResults { id } } } }`,
    contextValue: lis.createContext(),
  });
  expect(foreign.data?._entities).toEqual([{ labResults: [] }]);
  expect(queries).toHaveLength(0);

  for (const args of ["last: 0", "last: 1001"]) {
    const { errors } = await labResults(hospital.patients.slice(0, 2), args, "id");
    expect(errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  }
  const malformed = await graphql({
    schema: lis.schema,
    source: `{ _entities(representations: [{ __typename: "Patient", id: "42; DROP TABLE LAB_RESULT" }]) { ... on Patient { id } } }`,
    contextValue: lis.createContext(),
  });
  expect(malformed.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
});

test("fusion's compact lab history holds every result of the public list, field for field", async () => {
  const representations = hospital.patients.map((p) => ({ __typename: "Patient", id: idOf(p) }));
  queries.length = 0;
  const result = await graphql({
    schema: lis.schema,
    source: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Patient {
      labHistory labResults { id code { code display } value { value unit comparator } valueText effectiveDateTime issued } } } }`,
    variableValues: { r: representations },
    contextValue: lis.createContext(),
  });
  expect(result.errors).toBeUndefined();
  // The history and the public list share the loader: one store query for both.
  expect(queries).toHaveLength(1);
  const entities = result.data!._entities as any[];
  expect(entities.some((e) => e.labHistory.length > 0)).toBe(true);
  for (const { labHistory, labResults } of entities) {
    expect(labHistory).toEqual(
      labResults.map((r: any) => ({
        id: r.id,
        code: r.code.code,
        display: r.code.display ?? null,
        value: r.value?.value ?? null,
        unit: r.value?.unit ?? null,
        comparator: r.value?.comparator ?? null,
        text: r.valueText,
        collected: r.effectiveDateTime === null ? null : Date.parse(r.effectiveDateTime),
        issued: r.issued === null ? null : Date.parse(r.issued),
      })),
    );
  }
});
