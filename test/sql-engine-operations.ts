/**
 * The GraphQL operations the engine suite runs on every SQL engine: every HIS query and filter
 * with pagination and counts, LIS lab results under each argument, RIS reports by patient and by
 * study. Each selects every field, so the whole answer is compared, not a sample.
 */
import { graphql } from "graphql";
import { risNativeTables } from "../subgraphs/ris/native-records";
import { canonicalPatientId } from "../subgraphs/shared/patient-id";
import type { Subgraph } from "../subgraphs/subgraph";
import type { SyntheticHospital } from "../generator/synthetic-hospital";
import { objectType, selectAllFields } from "./select-all-fields";

export type SqlSystem = "his" | "lis" | "ris";

export interface EngineOperation {
  readonly name: string;
  readonly system: SqlSystem;
  run(subgraph: Subgraph, hospital: SyntheticHospital): Promise<unknown>;
}

async function ask(subgraph: Subgraph, source: string, variableValues?: Record<string, unknown>) {
  const result = await graphql({
    schema: subgraph.schema,
    source,
    variableValues,
    contextValue: subgraph.createContext(),
  });
  return JSON.parse(JSON.stringify(result)) as { data?: Record<string, unknown>; errors?: unknown };
}

const patientIds = (hospital: SyntheticHospital) =>
  hospital.patients.map((p) => canonicalPatientId(hospital.site, p.number));

/** Every page of a filtered patient list, 7 at a time, each with its cursor and count. */
function patientPages(filter: Record<string, string>): EngineOperation {
  return {
    name: `patients filtered by ${JSON.stringify(filter)}, page by page`,
    system: "his",
    async run(his) {
      const pages: unknown[] = [];
      let after: string | null = null;
      do {
        const answer = await ask(
          his,
          `query ($after: String, $filter: PatientFilter) { patients(first: 7, after: $after, filter: $filter) {
             totalCount pageInfo { hasNextPage endCursor } nodes { id name { text } sex birthDate } } }`,
          { after, filter },
        );
        pages.push(answer);
        const page = answer.data?.patients as {
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
        after = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after && pages.length < 50);
      return pages;
    },
  };
}

function labResults(args: string): EngineOperation {
  return {
    name: `labResults(${args || "no arguments"}) of every patient`,
    system: "lis",
    run: (lis, hospital) =>
      ask(
        lis,
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Patient { id
           labResults${args ? `(${args})` : ""} { ${selectAllFields(objectType(lis.schema, "LabResult"))} } } } }`,
        { r: patientIds(hospital).map((id) => ({ __typename: "Patient", id })) },
      ),
  };
}

export const ENGINE_OPERATIONS: readonly EngineOperation[] = [
  {
    name: "patient: every field of twelve patients, an unknown one and another site's",
    system: "his",
    run: (his, hospital) => {
      const ids = [...patientIds(hospital).slice(0, 12), "H01-99999999", "H02-00000001"];
      const fields = selectAllFields(objectType(his.schema, "Patient"));
      return ask(
        his,
        `{ ${ids.map((id, i) => `p${i}: patient(id: ${JSON.stringify(id)}) { ${fields} }`).join(" ")} }`,
      );
    },
  },
  {
    name: "patient: medication requests by each status",
    system: "his",
    run: (his, hospital) =>
      ask(
        his,
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Patient { id
           active: medicationRequests(status: active) { id status authoredOn }
           stopped: medicationRequests(status: stopped) { id status }
           completed: medicationRequests(status: completed) { id status validityPeriod { start end } } } } }`,
        { r: patientIds(hospital).map((id) => ({ __typename: "Patient", id })) },
      ),
  },
  {
    name: "patients: every patient and every field on one page, with totalCount",
    system: "his",
    run: (his) =>
      ask(
        his,
        `{ patients(first: 1000) { totalCount pageInfo { hasNextPage endCursor }
           nodes { ${selectAllFields(objectType(his.schema, "Patient"))} } } }`,
      ),
  },
  patientPages({}),
  patientPages({ name: "an" }),
  // LIKE wildcards and the escape character itself must match literally on every engine.
  patientPages({ name: "%" }),
  patientPages({ name: "_" }),
  patientPages({ name: "!" }),
  patientPages({ name: "O'" }),
  patientPages({ sex: "female" }),
  patientPages({ sex: "male" }),
  patientPages({ birthDateFrom: "1950-01-01", birthDateTo: "1979-12-31" }),
  patientPages({ birthDateTo: "1960-06-30" }),
  patientPages({ diagnosisCode: "E11" }),
  patientPages({ diagnosisCode: "n18" }),
  patientPages({ diagnosisCode: "I48.0" }),
  patientPages({ name: "e", sex: "male", birthDateFrom: "1940-01-01", diagnosisCode: "I" }),
  labResults(""),
  labResults(`loinc: ["2160-0"]`),
  labResults(`loinc: ["2823-3", "2951-2"], last: 1`),
  labResults(`since: "2026-05-01T00:00:00Z"`),
  labResults(`last: 3`),
  labResults(`loinc: ["14682-9", "4548-4"], since: "2025-06-01T00:00:00Z", last: 2`),
  {
    name: "radiologyReports of every patient",
    system: "ris",
    run: (ris, hospital) =>
      ask(
        ris,
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Patient { id
           radiologyReports { ${selectAllFields(objectType(ris.schema, "RadiologyReport"))} } } } }`,
        { r: patientIds(hospital).map((id) => ({ __typename: "Patient", id })) },
      ),
  },
  {
    name: "ImagingStudy.radiologyReport of every accession number",
    system: "ris",
    run: (ris, hospital) => {
      const [requests] = risNativeTables(hospital);
      const accessions = [...requests.rows].map((row) => row.ACCESSION_NO);
      return ask(
        ris,
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ImagingStudy { accessionNumber
           radiologyReport { ${selectAllFields(objectType(ris.schema, "RadiologyReport"))} } } } }`,
        {
          r: [...accessions, "NO-SUCH-ACC"].map((a) => ({
            __typename: "ImagingStudy",
            accessionNumber: a,
          })),
        },
      );
    },
  },
];
