/**
 * The RIS source layer: the only code that queries the RIS store. Each method is one query for
 * many keys, so a page of patients or studies costs one round trip.
 */
import type { Kysely } from "kysely";
import { groupByKey } from "../shared/loader-family";
import type { HospitalSite } from "../subgraph";
import type { RisDatabase } from "./native-schema";
import { risPatientNoFor } from "./patient-id";

/** An exam request with its report columns (null until reported), as the store returns them. */
type Request = RisDatabase["RIS_EXAM_REQUEST"];
type Report = RisDatabase["RIS_REPORT"];

export type RisExamRow = Request & {
  [K in "RPT_ID" | "RPT_STATUS" | "RADIOLOGIST" | "FINDINGS" | "IMPRESSION" | "RPT_DATETIME"]:
    Report[K] | null;
};

export class RisSource {
  constructor(
    private readonly db: Kysely<RisDatabase>,
    /** The hospital whose patients and clock this store holds. */
    readonly site: HospitalSite,
  ) {}

  /** Exams per canonical patient id, newest request first; ids of other hospitals get none. */
  async examsByPatient(patientIds: readonly string[]): Promise<RisExamRow[][]> {
    const patientNos = patientIds.map((id) => risPatientNoFor(id, this.site));
    const wanted = [...new Set(patientNos.filter((no): no is string => no !== null))];
    const rows = wanted.length
      ? await this.exams().where("r.PATIENT_NO", "in", wanted).execute()
      : [];
    return groupByKey(patientNos, rows, (row) => row.PATIENT_NO);
  }

  /** Exams per accession number, newest request first. */
  async examsByAccession(accessionNumbers: readonly string[]): Promise<RisExamRow[][]> {
    const wanted = [...new Set(accessionNumbers)];
    const rows = wanted.length
      ? await this.exams().where("r.ACCESSION_NO", "in", wanted).execute()
      : [];
    return groupByKey(accessionNumbers, rows, (row) => row.ACCESSION_NO);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  /**
   * Requests joined to their reports. A request the RIS re-reported (preliminary, then final)
   * has one row per report, the latest first; nulls never mix with dates within one request.
   */
  private exams() {
    return this.db
      .selectFrom("RIS_EXAM_REQUEST as r")
      .leftJoin("RIS_REPORT as p", "p.REQ_ID", "r.REQ_ID")
      .select([
        "r.REQ_ID",
        "r.PATIENT_NO",
        "r.ACCESSION_NO",
        "r.PROC_CODE",
        "r.PROC_NAME",
        "r.MODALITY",
        "r.BODY_PART",
        "r.REQ_REASON",
        "r.REQ_DATETIME",
        "r.EXAM_STATUS",
        "p.RPT_ID",
        "p.RPT_STATUS",
        "p.RADIOLOGIST",
        "p.FINDINGS",
        "p.IMPRESSION",
        "p.RPT_DATETIME",
      ])
      .orderBy("r.REQ_DATETIME", "desc")
      .orderBy("r.REQ_ID", "desc")
      .orderBy("p.RPT_DATETIME", "desc")
      .orderBy("p.RPT_ID", "desc");
  }
}
