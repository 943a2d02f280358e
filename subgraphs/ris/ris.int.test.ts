/**
 * The RIS subgraph against a real embedded store written from a synthetic hospital: values
 * checked against the synthetic truth, batching counted, composition with PACS's ImagingStudy.
 */
import { composeServices } from "@apollo/composition";
import { printSubgraphSchema } from "@apollo/subgraph";
import Database from "better-sqlite3";
import { graphql, parse, type ExecutionResult } from "graphql";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateHospital } from "../../generator/generate-hospital";
import { loadSqlite } from "../../generator/sqlite-loader";
import type { SyntheticImagingExam } from "../../generator/synthetic-hospital";
import { canonicalPatientId } from "../shared/patient-id";
import type { Subgraph } from "../subgraph";
import { risNativeTables } from "./native-records";
import { risPatientNo } from "./patient-id";
import { openRisSubgraph } from "./subgraph";

const hospital = generateHospital({
  patients: 50,
  seed: 9,
  anchor: new Date("2025-03-14T10:00:00Z"),
});
const { site } = hospital;
const exams = hospital.patients.flatMap((p) => p.imaging.map((exam) => ({ patient: p, exam })));
/** What RIS wrote, by request id and by report request id: provenance must quote it exactly. */
const [requestRows, reportRows] = risNativeTables(hospital).map(
  (t) => new Map([...t.rows].map((row) => [row.REQ_ID, row])),
);

const REPORT_FIELDS = `
  id status category { system code } code { system code display } modality bodySite accessionNumber
  requestedAt reason issued performer findings conclusion imagingStudy { accessionNumber }
  provenance { system table recordId value time }`;

const PATIENTS = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Patient { id radiologyReports { ${REPORT_FIELDS} } } }
}`;

const STUDIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on ImagingStudy { accessionNumber radiologyReport { id status conclusion accessionNumber } }
  }
}`;

let dir: string;
let subgraph: Subgraph;
const queries: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "medfuse-ris-"));
  const path = join(dir, "ris.sqlite");
  loadSqlite(path, risNativeTables(hospital));
  // A status the vendor added after Medfuse's tables were written: must come back, not vanish.
  const db = new Database(path);
  db.prepare(
    `INSERT INTO RIS_EXAM_REQUEST (REQ_ID, PATIENT_NO, ACCESSION_NO, PROC_CODE, PROC_NAME, MODALITY,
       BODY_PART, REQ_REASON, REQ_DATETIME, EXAM_STATUS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    1,
    risPatientNo(1),
    "ACCHOLD",
    "ZZ9999",
    "LOCAL PROC",
    "DX",
    "HAND",
    "",
    "2025-03-14 10:00:00",
    "HOLD",
  );
  db.close();
  subgraph = await openRisSubgraph({
    site,
    store: `sqlite:${path}`,
    onStoreQuery: (_, sql) => queries.push(sql),
  });
});

afterAll(async () => {
  await subgraph?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function run(source: string, representations: object[]): Promise<ExecutionResult<any>> {
  queries.length = 0;
  return graphql({
    schema: subgraph.schema,
    source,
    variableValues: { representations },
    contextValue: subgraph.createContext(),
  });
}

const patientRefs = (ids: string[]) => ids.map((id) => ({ __typename: "Patient", id }));
const newestFirst = (a: SyntheticImagingExam, b: SyntheticImagingExam) =>
  b.requestedAt.getTime() - a.requestedAt.getTime();

describe("RIS subgraph", () => {
  it("has radiology in the synthetic hospital: final, preliminary, performed-only and unperformed exams", () => {
    expect(exams.some(({ exam }) => exam.report?.status === "final")).toBe(true);
    expect(exams.some(({ exam }) => exam.report?.status === "preliminary")).toBe(true);
    expect(exams.some(({ exam }) => exam.study && !exam.report)).toBe(true);
    expect(exams.some(({ exam }) => !exam.study)).toBe(true);
  });

  it("returns every patient's exams as DiagnosticReports matching the truth, in one store query", async () => {
    const ids = hospital.patients.map((p) => canonicalPatientId(site, p.number));
    const result = await run(PATIENTS, patientRefs(ids));
    expect(result.errors).toBeUndefined();
    expect(queries).toHaveLength(1);

    for (const [i, patient] of hospital.patients.entries()) {
      const graph = result.data._entities[i];
      expect(graph.id).toBe(ids[i]);
      const truth = [...patient.imaging].sort(newestFirst);
      const got = graph.radiologyReports.filter(
        (r: { accessionNumber: string }) => r.accessionNumber !== "ACCHOLD",
      );
      expect(got.map((r: { id: string }) => r.id)).toEqual(truth.map((e) => String(e.requestId)));
      truth.forEach((exam, j) => {
        const request = requestRows.get(exam.requestId)!;
        const report = reportRows.get(exam.requestId);
        expect(got[j]).toEqual({
          id: String(exam.requestId),
          status: exam.report?.status ?? "registered",
          category: { system: "http://terminology.hl7.org/CodeSystem/v2-0074", code: "RAD" },
          code: {
            system: "urn:medfuse:ris:procedure",
            code: request.PROC_CODE,
            display: request.PROC_NAME,
          },
          modality: exam.modality,
          bodySite: exam.bodyPart,
          accessionNumber: exam.accession,
          requestedAt: exam.requestedAt,
          reason: exam.reason,
          issued: exam.report?.reportedAt ?? null,
          performer: exam.report?.radiologist ?? null,
          findings: exam.report?.findings ?? null,
          conclusion: exam.report?.impression ?? null,
          imagingStudy: exam.study ? { accessionNumber: exam.accession } : null,
          provenance: {
            system: "RIS",
            table: exam.report ? "RIS_REPORT" : "RIS_EXAM_REQUEST",
            recordId: String(exam.report?.id ?? exam.requestId),
            value: report ? report.RPT_STATUS : request.EXAM_STATUS,
            time: report ? report.RPT_DATETIME : request.REQ_DATETIME,
          },
        });
      });
    }
  });

  it("keeps an exam with a status the vendor tables lack, marked unknown with its native code", async () => {
    const result = await run(PATIENTS, patientRefs([canonicalPatientId(site, 1)]));
    const held = result.data._entities[0].radiologyReports.find(
      (r: { accessionNumber: string }) => r.accessionNumber === "ACCHOLD",
    );
    expect(held).toMatchObject({
      status: "unknown",
      code: { code: "ZZ9999", display: "LOCAL PROC" },
      reason: null,
      imagingStudy: null,
      provenance: {
        table: "RIS_EXAM_REQUEST",
        recordId: "1",
        value: "HOLD",
        time: "2025-03-14 10:00:00",
      },
    });
  });

  it("gives unknown patients and other hospitals' patients empty lists, and fails only a malformed id", async () => {
    const result = await run(
      PATIENTS,
      patientRefs(["H01-99999999", "H02-00000001", "not-an-id", canonicalPatientId(site, 2)]),
    );
    const [unknown, elsewhere, malformed, known] = result.data._entities;
    expect(unknown.radiologyReports).toEqual([]);
    expect(elsewhere.radiologyReports).toEqual([]);
    expect(malformed).toBeNull();
    expect(known.radiologyReports).toHaveLength(hospital.patients[1].imaging.length);
    expect(result.errors?.map((e) => [e.path, e.extensions.code])).toEqual([
      [["_entities", 2], "BAD_USER_INPUT"],
    ]);
    expect(queries).toHaveLength(1);
  });

  it("resolves PACS studies by accession number to their reports, many in one store query", async () => {
    const performed = exams.filter(({ exam }) => exam.study);
    // The first key arrives DICOM-padded, as a raw header would carry it.
    const keys = performed.map(({ exam }, i) => (i === 0 ? `${exam.accession} ` : exam.accession));
    const refs = [...keys, "ACC999999999999"].map((accessionNumber) => ({
      __typename: "ImagingStudy",
      accessionNumber,
    }));
    const result = await run(STUDIES, refs);
    expect(result.errors).toBeUndefined();
    expect(queries).toHaveLength(1);
    performed.forEach(({ exam }, i) => {
      expect(result.data._entities[i]).toEqual({
        accessionNumber: exam.accession,
        radiologyReport: {
          id: String(exam.requestId),
          status: exam.report?.status ?? "registered",
          conclusion: exam.report?.impression ?? null,
          accessionNumber: exam.accession,
        },
      });
    });
    expect(result.data._entities.at(-1)).toEqual({
      accessionNumber: "ACC999999999999",
      radiologyReport: null,
    });
  });

  it("composes under Federation 2.7 with PACS's ImagingStudy keyed by uid and by accession number", () => {
    const his = parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
      type Patient @key(fields: "id") { id: ID! }
      type Query { patient(id: ID!): Patient }
    `);
    const pacs = parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])
      type ImagingStudy @key(fields: "uid") @key(fields: "accessionNumber") {
        uid: ID!
        accessionNumber: String
        modality: [String!]!
      }
      type Patient @key(fields: "id") { id: ID! imagingStudies: [ImagingStudy!]! }
    `);
    const result = composeServices([
      { name: "ris", typeDefs: parse(printSubgraphSchema(subgraph.schema)), url: "http://ris" },
      { name: "his", typeDefs: his, url: "http://his" },
      { name: "pacs", typeDefs: pacs, url: "http://pacs" },
    ]);
    expect(result.errors?.map((e) => e.message)).toBeUndefined();
    expect(result.supergraphSdl).toContain("radiologyReport: RadiologyReport");
  });
});
