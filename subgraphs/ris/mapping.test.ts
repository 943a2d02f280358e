import { toRadiologyReport, toRadiologyReports } from "./mapping";
import type { RisExamRow } from "./source";

const zone = "Europe/Berlin";

const requested: RisExamRow = {
  REQ_ID: 10001,
  PATIENT_NO: "0000000001",
  ACCESSION_NO: "ACC000000010001",
  PROC_CODE: "CT0215",
  PROC_NAME: "CTPA",
  MODALITY: "CT",
  BODY_PART: "CHEST",
  REQ_REASON: "Dyspnoea",
  REQ_DATETIME: "2024-07-01 10:00:00",
  EXAM_STATUS: "SCHED",
  RPT_ID: null,
  RPT_STATUS: null,
  RADIOLOGIST: null,
  FINDINGS: null,
  IMPRESSION: null,
  RPT_DATETIME: null,
};

const reported: RisExamRow = {
  ...requested,
  EXAM_STATUS: "REPORTED",
  RPT_ID: 10002,
  RPT_STATUS: "F",
  RADIOLOGIST: "Dr. A. Weber",
  FINDINGS: "Filling defects.",
  IMPRESSION: "Acute pulmonary embolism.",
  RPT_DATETIME: "2024-12-01 09:30:00",
};

describe("RIS mapping", () => {
  it("maps a request without a report to a registered DiagnosticReport without a study", () => {
    const report = toRadiologyReport(requested, zone);
    expect(report).toMatchObject({
      id: "10001",
      status: "registered",
      category: { system: "http://terminology.hl7.org/CodeSystem/v2-0074", code: "RAD" },
      code: { system: "urn:medfuse:ris:procedure", code: "CT0215", display: "CTPA" },
      issued: null,
      performer: null,
      conclusion: null,
      imagingStudy: null,
      provenance: {
        system: "RIS",
        table: "RIS_EXAM_REQUEST",
        recordId: "10001",
        value: "SCHED",
        time: "2024-07-01 10:00:00",
      },
    });
  });

  it("reads local DATETIME text in the hospital's zone, summer and winter", () => {
    const report = toRadiologyReport(reported, zone);
    expect(report.requestedAt?.toISOString()).toBe("2024-07-01T08:00:00.000Z");
    expect(report.issued?.toISOString()).toBe("2024-12-01T08:30:00.000Z");
  });

  it("maps a final report with its impression as the conclusion and links the study", () => {
    expect(toRadiologyReport(reported, zone)).toMatchObject({
      status: "final",
      performer: "Dr. A. Weber",
      findings: "Filling defects.",
      conclusion: "Acute pulmonary embolism.",
      imagingStudy: { accessionNumber: "ACC000000010001" },
      provenance: {
        table: "RIS_REPORT",
        recordId: "10002",
        value: "F",
        time: "2024-12-01 09:30:00",
      },
    });
    expect(toRadiologyReport({ ...reported, RPT_STATUS: "P" }, zone).status).toBe("preliminary");
  });

  it("links a study only once the exam is performed", () => {
    expect(toRadiologyReport({ ...requested, EXAM_STATUS: "DONE" }, zone).imagingStudy).toEqual({
      accessionNumber: "ACC000000010001",
    });
    expect(toRadiologyReport({ ...requested, EXAM_STATUS: "REQ" }, zone).imagingStudy).toBeNull();
  });

  it("keeps statuses the vendor tables lack as unknown, with the native code in provenance", () => {
    const onHold = toRadiologyReport({ ...requested, EXAM_STATUS: "HOLD" }, zone);
    expect(onHold.status).toBe("unknown");
    expect(onHold.provenance.value).toBe("HOLD");
    expect(toRadiologyReport({ ...reported, RPT_STATUS: "A" }, zone).status).toBe("unknown");
    expect(toRadiologyReport({ ...reported, RPT_STATUS: "toString" }, zone).status).toBe("unknown");
    expect(toRadiologyReport({ ...requested, EXAM_STATUS: "CANC" }, zone).status).toBe("cancelled");
  });

  it("treats the vendor's empty strings as not recorded", () => {
    const report = toRadiologyReport({ ...requested, REQ_REASON: "", BODY_PART: " " }, zone);
    expect(report.reason).toBeNull();
    expect(report.bodySite).toBeNull();
  });

  it("keeps one report per request, the first (latest) of its rows", () => {
    const preliminary = {
      ...reported,
      RPT_ID: 10000,
      RPT_STATUS: "P",
      RPT_DATETIME: "2024-12-01 08:00:00",
    };
    const other = { ...requested, REQ_ID: 9000, ACCESSION_NO: "ACC000000009000" };
    const reports = toRadiologyReports([reported, preliminary, other], zone);
    expect(reports.map((r) => [r.id, r.status])).toEqual([
      ["10001", "final"],
      ["9000", "registered"],
    ]);
  });
});
