/**
 * The cross-system queries the end-to-end suites share: the embedded suite checks their answers
 * against the synthetic hospital, the distributed suite checks it gets the very same answers, and
 * the fault suite checks what is left of them when one system is lost.
 */
import { canonicalId, testHospital } from "./test-hospital";

export interface CrossSystemQuery {
  readonly query: string;
  readonly variables?: Record<string, unknown>;
}

/** A patient whose record reaches every system: labs, vital signs, notes, a performed and reported exam. */
export function patientEverywhere() {
  return testHospital().patients.find(
    (p) =>
      p.labs.length &&
      p.vitals.length &&
      p.notes.length &&
      p.imaging.some((i) => i.study && i.report),
  )!;
}

/** One patient's data from all five subgraphs. */
export const PATIENT_360: CrossSystemQuery = {
  query: `query ($id: ID!) { patient(id: $id) {
      id name { family } sex birthDate
      conditions { code { code } }
      labResults { id code { system code } value { value unit comparator } valueText provenance { system table recordId value unit } }
      vitalSigns { code { code } value { value unit } effectiveDateTime }
      clinicalNotes { text }
      imagingStudies { uid accessionNumber numberOfInstances }
      radiologyReports { accessionNumber conclusion imagingStudy { uid } }
    } }`,
  variables: { id: canonicalId(patientEverywhere().number) },
};

/** A page of 100 patients with one field from each other system: one plan level each. */
export const PATIENT_PAGE: CrossSystemQuery = {
  query: `{ patients(first: 100) { nodes { id
      labResults(last: 1) { value { value } }
      vitalSigns(last: 1) { value { value } }
      imagingStudies { uid }
      radiologyReports { status } } } }`,
};

/** A second plan level: RIS reports, then their PACS studies through the accession number. */
export const REPORTS_TO_STUDIES: CrossSystemQuery = {
  query: `{ patients(first: 100) { nodes { radiologyReports { imagingStudy { uid description } } } } }`,
};

/** PACS studies and their RIS reports, the link the other way round. */
export const STUDIES_TO_REPORTS: CrossSystemQuery = {
  query: `query ($id: ID!) { patient(id: $id) { name { family }
      imagingStudies { uid modalities { code } radiologyReport { status conclusion } } } }`,
  variables: PATIENT_360.variables,
};

export const CROSS_SYSTEM_QUERIES: Readonly<Record<string, CrossSystemQuery>> = {
  PATIENT_360,
  PATIENT_PAGE,
  REPORTS_TO_STUDIES,
  STUDIES_TO_REPORTS,
};
