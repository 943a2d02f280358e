import type {
  SyntheticHospital,
  SyntheticImagingExam,
  SyntheticPatient,
} from "../../generator/synthetic-hospital";
import { risNativeTables } from "./native-records";

const anchor = new Date("2025-01-15T12:00:00Z");
const hoursBefore = (h: number) => new Date(anchor.getTime() - h * 3_600_000);

const exam = (
  requestId: number,
  overrides: Partial<SyntheticImagingExam>,
): SyntheticImagingExam => ({
  requestId,
  accession: `ACC${String(requestId).padStart(12, "0")}`,
  modality: "CT",
  bodyPart: "CHEST",
  description: "CT Pulmonary Angiogram",
  requestedAt: hoursBefore(48),
  reason: "Dyspnoea",
  study: { studyUid: `1.2.3.${requestId}`, performedAt: hoursBefore(46), series: [] },
  report: null,
  ...overrides,
});

const patient = {
  number: 42,
  imaging: [
    exam(420001, {
      report: {
        id: 420002,
        status: "final",
        radiologist: "Dr. A. Weber",
        reportedAt: hoursBefore(40),
        findings: "Filling defects.",
        impression: "Acute pulmonary embolism.",
      },
    }),
    exam(420003, {}),
    exam(420004, { study: null, requestedAt: hoursBefore(2) }),
    exam(420005, {
      study: null,
      modality: "US",
      bodyPart: "PELVIS",
      description: "Ultrasound pelvis",
    }),
  ],
} as unknown as SyntheticPatient;

const hospital: SyntheticHospital = {
  site: { code: "H01", timeZone: "Europe/Berlin" },
  seed: 1,
  anchor,
  patients: [patient],
};

describe("RIS native records", () => {
  const [requests, reports] = risNativeTables(hospital).map((t) => ({
    name: t.table.name,
    rows: [...t.rows],
  }));

  it("writes one request per exam with the RIS patient number and local DATETIME text", () => {
    expect(requests.name).toBe("RIS_EXAM_REQUEST");
    expect(requests.rows).toHaveLength(4);
    expect(requests.rows[0]).toMatchObject({
      REQ_ID: 420001,
      PATIENT_NO: "0000000042",
      ACCESSION_NO: "ACC000000420001",
      PROC_CODE: "CT0215",
      PROC_NAME: "CTPA",
      REQ_DATETIME: "2025-01-13 13:00:00",
    });
  });

  it("derives the exam status from what happened to the exam", () => {
    expect(requests.rows.map((r) => r.EXAM_STATUS)).toEqual(["REPORTED", "DONE", "REQ", "SCHED"]);
  });

  it("codes orders missing from the catalogue by modality and body part", () => {
    expect(requests.rows[3]).toMatchObject({
      PROC_CODE: "US-PELVIS",
      PROC_NAME: "ULTRASOUND PELVIS",
    });
  });

  it("writes a report row only for reported exams", () => {
    expect(reports.name).toBe("RIS_REPORT");
    expect(reports.rows).toEqual([
      {
        RPT_ID: 420002,
        REQ_ID: 420001,
        ACCESSION_NO: "ACC000000420001",
        RPT_STATUS: "F",
        RADIOLOGIST: "Dr. A. Weber",
        FINDINGS: "Filling defects.",
        IMPRESSION: "Acute pulmonary embolism.",
        RPT_DATETIME: "2025-01-13 21:00:00",
      },
    ]);
  });
});
