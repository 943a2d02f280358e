/**
 * The HIS source layer: the only code that reads the HIS database. One query per call. Every
 * ordering ends on the row's key: records sharing a clock reading come back in the same order
 * on every engine.
 */
import { sql, type Kysely } from "kysely";
import { escapeLike, LIKE_ESCAPE } from "../shared/like-pattern";
import type { HisDatabase } from "./native-schema";

export type PatientRow = HisDatabase["PAT_MASTER"];
export type VisitRow = HisDatabase["PAT_VISIT"] & { DEPT_NAME: string | null };
export type DiagnosisRow = HisDatabase["DIAG_REC"];
export type OrderRow = HisDatabase["DRUG_ORDER"];
export type AllergyRow = HisDatabase["PAT_ALLERGY"];

/** A patient search in native terms: sex as the HIS code, dates as `yyyyMMdd`. */
export interface NativePatientSearch {
  readonly nameContains?: string;
  readonly sexCode?: string;
  readonly birthDateFrom?: string;
  readonly birthDateTo?: string;
  readonly diagnosisCodePrefix?: string;
  /** Keyset pagination: only PATIENT_IDs after this one. */
  readonly afterPatientId?: string;
  readonly limit: number;
}

export class HisSource {
  constructor(private readonly db: Kysely<HisDatabase>) {}

  patients(patientIds: readonly string[]): Promise<PatientRow[]> {
    return this.db
      .selectFrom("PAT_MASTER")
      .selectAll()
      .where("PATIENT_ID", "in", [...patientIds])
      .execute();
  }

  searchPatients(search: NativePatientSearch): Promise<PatientRow[]> {
    let query = this.filtered(search).selectAll().orderBy("PATIENT_ID").limit(search.limit);
    if (search.afterPatientId) query = query.where("PATIENT_ID", ">", search.afterPatientId);
    return query.execute();
  }

  async countPatients(search: NativePatientSearch): Promise<number> {
    const row = await this.filtered(search)
      .select((eb) => eb.fn.countAll<string | number>().as("N"))
      .executeTakeFirstOrThrow();
    return Number(row.N);
  }

  private filtered(search: NativePatientSearch) {
    let query = this.db.selectFrom("PAT_MASTER");
    if (search.nameContains) {
      const pattern = `%${escapeLike(search.nameContains.toUpperCase())}%`;
      query = query.where(
        sql<boolean>`upper(${sql.ref("PAT_NAME")}) like ${pattern} escape ${sql.lit(LIKE_ESCAPE)}`,
      );
    }
    if (search.sexCode) query = query.where("SEX_CODE", "=", search.sexCode);
    if (search.birthDateFrom) query = query.where("BIRTH_DATE", ">=", search.birthDateFrom);
    if (search.birthDateTo) query = query.where("BIRTH_DATE", "<=", search.birthDateTo);
    if (search.diagnosisCodePrefix) {
      const pattern = `${escapeLike(search.diagnosisCodePrefix.toUpperCase())}%`;
      query = query.where("PATIENT_ID", "in", (eb) =>
        eb
          .selectFrom("DIAG_REC")
          .select("DIAG_REC.PATIENT_ID")
          .where(
            sql<boolean>`${sql.ref("ICD_CODE")} like ${pattern} escape ${sql.lit(LIKE_ESCAPE)}`,
          ),
      );
    }
    return query;
  }

  visits(patientIds: readonly string[]): Promise<VisitRow[]> {
    return this.db
      .selectFrom("PAT_VISIT as v")
      .leftJoin("DEPT_DICT as d", "d.DEPT_CODE", "v.DEPT_CODE")
      .select([
        "v.VISIT_NO",
        "v.PATIENT_ID",
        "v.VISIT_TYPE",
        "v.DEPT_CODE",
        "v.ADMIT_TIME",
        "v.DISCHARGE_TIME",
        "d.DEPT_NAME",
      ])
      .where("v.PATIENT_ID", "in", [...patientIds])
      .orderBy("v.ADMIT_TIME", "desc")
      .orderBy("v.VISIT_NO")
      .execute();
  }

  diagnoses(patientIds: readonly string[]): Promise<DiagnosisRow[]> {
    return this.db
      .selectFrom("DIAG_REC")
      .selectAll()
      .where("PATIENT_ID", "in", [...patientIds])
      .orderBy("DIAG_TIME", "desc")
      .orderBy("DIAG_ID")
      .execute();
  }

  /** Drug orders, optionally only those in the given native statuses (A, S, C). */
  orders(patientIds: readonly string[], statuses?: readonly string[]): Promise<OrderRow[]> {
    let query = this.db
      .selectFrom("DRUG_ORDER")
      .selectAll()
      .where("PATIENT_ID", "in", [...patientIds]);
    if (statuses?.length) query = query.where("ORDER_STATUS", "in", [...statuses]);
    return query.orderBy("START_TIME", "desc").orderBy("ORDER_NO").execute();
  }

  allergies(patientIds: readonly string[]): Promise<AllergyRow[]> {
    return this.db
      .selectFrom("PAT_ALLERGY")
      .selectAll()
      .where("PATIENT_ID", "in", [...patientIds])
      .orderBy("ALLERGY_ID")
      .execute();
  }

  close(): Promise<void> {
    return this.db.destroy();
  }
}
