/** Queries GraphiQL opens with, and the README quotes: each one runs against the demo hospital. */

export interface ExampleQuery {
  readonly title: string;
  readonly query: string;
  readonly variables?: string;
}

export function exampleQueries(patientId = "H01-00000001"): ExampleQuery[] {
  return [
    {
      title: "Patient 360: one patient across HIS, LIS, RIS, PACS and EMR",
      query: `# Patient 360: every system's view of one patient, fused at query time.
query Patient360($id: ID!) {
  patient(id: $id) {
    id
    name { text }
    sex
    birthDate
    age
    encounters { class { code } department { display } period { start end } }
    conditions { code { code display } }
    medicationRequests(status: active) { medication { code display } dosageText }
    allergies { substance reaction }
    labResults(last: 1) {
      code { code display }
      mapped
      value { value unit comparator }
      valueText
      effectiveDateTime
      provenance { system recordId value unit }
    }
    vitalSigns(last: 1) { code { display } value { value unit } valueCode { code } effectiveDateTime }
    clinicalNotes(last: 3) { type { display } date author text }
    imagingStudies { accessionNumber started description modalities { code } numberOfInstances }
    radiologyReports { accessionNumber status conclusion imagingStudy { uid numberOfSeries } }
  }
}`,
      variables: JSON.stringify({ id: patientId }, null, 2),
    },
    {
      title: "Fused assessment: one explainable risk from five systems, with its evidence",
      query: `# Fusion on demand: computed now from live HIS, LIS, EMR, RIS and PACS data.
query Assessment($id: ID!) {
  patient(id: $id) {
    name { text }
    assessment {
      priority
      concerns {
        concern
        level
        supportingSystems
        contradictingSystems
        unavailableSystems
        items { level summary evidence { system recordId time description value unit } }
      }
    }
    news2 { total level missing parameters { parameter score evidence { value unit time } } }
    egfr { value category creatinine { value time } }
    medicationSafetyAlerts { rule level advice }
    imagingFindings { finding level sentence imagingStudy { uid description } }
  }
}`,
      variables: JSON.stringify({ id: patientId }, null, 2),
    },
    {
      title: "Ward list: a page of patients with their latest creatinine and potassium",
      query: `# A page of patients with their latest creatinine and potassium (either LOINC form).
query WardList($after: String) {
  patients(first: 20, after: $after, filter: { diagnosisCode: "N18" }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id
      name { text }
      age
      creatinine: labResults(loinc: ["2160-0"], last: 1) { value { value unit } effectiveDateTime }
      potassium: labResults(loinc: ["2823-3"], last: 1) { value { value unit } effectiveDateTime }
    }
  }
}`,
    },
    {
      title: "Imaging search: chest imaging with its report, linked through the accession number",
      query: `# Imaging: PACS studies and RIS reports meet only through the accession number.
query ImagingSearch($id: ID!) {
  patient(id: $id) {
    name { text }
    imagingStudies(modality: "CT") {
      uid
      accessionNumber
      started
      description
      series { number modality { code } description numberOfInstances }
      radiologyReport { status conclusion performer }
    }
  }
}`,
      variables: JSON.stringify({ id: patientId }, null, 2),
    },
  ];
}
