/** RIS rows → graph objects: FHIR DiagnosticReport statuses, instants from local DATETIME text. */
import { Coding } from "../shared/coding";
import { parseLocalTime, SQL_DATETIME } from "../shared/local-time";
import type { Provenance } from "../shared/provenance";
import { RIS_EXAM_STATUS, RIS_REPORT_STATUS, type RisExamStatus } from "./native-schema";
import type { RisExamRow } from "./source";
import type { RadiologyReport, RadiologyReportStatus } from "./types/radiology-report";

export const RIS_PROCEDURE_SYSTEM = "urn:medfuse:ris:procedure";
/** HL7 v2 table 0074, diagnostic service section: the FHIR DiagnosticReport category system. */
export const DIAGNOSTIC_SERVICE_SECTION_SYSTEM = "http://terminology.hl7.org/CodeSystem/v2-0074";

/** Only these exam states mean PACS holds images under the accession number. */
const PERFORMED: ReadonlySet<string> = new Set<RisExamStatus>(["DONE", "REPORTED"]);

/** One report per exam request: rows arrive latest report first, so the first row of a request wins. */
export function toRadiologyReports(
  rows: readonly RisExamRow[],
  timeZone: string,
): RadiologyReport[] {
  const seen = new Set<string>();
  const reports: RadiologyReport[] = [];
  for (const row of rows) {
    const requestId = String(row.REQ_ID);
    if (seen.has(requestId)) continue;
    seen.add(requestId);
    reports.push(toRadiologyReport(row, timeZone));
  }
  return reports;
}

export function toRadiologyReport(row: RisExamRow, timeZone: string): RadiologyReport {
  const reported = row.RPT_ID !== null;
  return {
    id: String(row.REQ_ID),
    status: statusOf(row),
    category: new Coding(DIAGNOSTIC_SERVICE_SECTION_SYSTEM, "RAD", "Radiology"),
    code: new Coding(RIS_PROCEDURE_SYSTEM, row.PROC_CODE, textOrNull(row.PROC_NAME)),
    modality: row.MODALITY,
    bodySite: textOrNull(row.BODY_PART),
    accessionNumber: row.ACCESSION_NO,
    requestedAt: parseLocalTime(row.REQ_DATETIME, SQL_DATETIME, timeZone),
    reason: textOrNull(row.REQ_REASON),
    issued: parseLocalTime(row.RPT_DATETIME, SQL_DATETIME, timeZone),
    performer: textOrNull(row.RADIOLOGIST),
    findings: textOrNull(row.FINDINGS),
    conclusion: textOrNull(row.IMPRESSION),
    imagingStudy: PERFORMED.has(row.EXAM_STATUS) ? { accessionNumber: row.ACCESSION_NO } : null,
    provenance: reported ? reportProvenance(row) : requestProvenance(row),
  };
}

/** A report row decides the status once it exists; before that the request is `registered`. */
function statusOf(row: RisExamRow): RadiologyReportStatus {
  if (row.RPT_ID !== null) return nativeCode(RIS_REPORT_STATUS, row.RPT_STATUS) ?? "unknown";
  const examStatus = nativeCode(RIS_EXAM_STATUS, row.EXAM_STATUS);
  if (examStatus === "cancelled") return "cancelled";
  return examStatus ? "registered" : "unknown";
}

/** Looks a native code up in a vendor code table; codes the table lacks give undefined. */
function nativeCode<T extends Record<string, string>>(
  table: T,
  code: string | null,
): T[keyof T] | undefined {
  return code !== null && Object.hasOwn(table, code) ? table[code as keyof T] : undefined;
}

function reportProvenance(row: RisExamRow): Provenance {
  return {
    system: "RIS",
    table: "RIS_REPORT",
    recordId: String(row.RPT_ID),
    value: row.RPT_STATUS,
    unit: null,
    time: row.RPT_DATETIME,
  };
}

function requestProvenance(row: RisExamRow): Provenance {
  return {
    system: "RIS",
    table: "RIS_EXAM_REQUEST",
    recordId: String(row.REQ_ID),
    value: row.EXAM_STATUS,
    unit: null,
    time: row.REQ_DATETIME,
  };
}

/** The vendor writes empty strings where it means "not recorded". */
function textOrNull(text: string | null): string | null {
  return text === null || text.trim() === "" ? null : text;
}
