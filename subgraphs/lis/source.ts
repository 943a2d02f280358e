/** The LIS source layer: the only code that reads the LIS database. One query per call. */
import { sql, type Kysely } from "kysely";
import { analyteCodes, LAB_ANALYTES, type AnalyteKey } from "../../clinical/lab-analytes";
import type { LisDatabase } from "./native-schema";

/**
 * The analyte a result measures, in SQL: both LOINC forms of an analyte (and so every local
 * code the dictionary maps to either) rank together, so `last: 1` is the one latest creatinine
 * whichever analyser produced it. Unmapped codes rank on their own.
 */
const ANALYTE_OF_RESULT = sql`case ${sql.join(
  (Object.keys(LAB_ANALYTES) as AnalyteKey[]).map(
    (key) =>
      sql`when ${sql.ref("d.LOINC_CODE")} in (${sql.join(analyteCodes(key).map((c) => sql.lit(c)))}) then ${sql.lit(key)}`,
  ),
  sql` `,
)} else ${sql.ref("r.ITEM_CODE")} end`;

/** A lab result filter in native terms. */
export interface NativeLabResultFilter {
  /** Dictionary LOINC codes to keep; null keeps every item, mapped or not. */
  readonly loincCodes: readonly string[] | null;
  /** Keep results collected at or after this local DATETIME (`yyyy-MM-dd HH:mm:ss`). */
  readonly collectedFrom: string | null;
  /** Keep the N most recent results per patient and analyte. */
  readonly last: number | null;
}

type Result = LisDatabase["LAB_RESULT"];

/** A LAB_RESULT row with its dictionary entry and specimen type (null when either is missing). */
export interface LabResultRow extends Result {
  readonly ITEM_NAME: string | null;
  readonly LOINC_CODE: string | null;
  readonly SPEC_TYPE: string | null;
}

export class LisSource {
  constructor(private readonly db: Kysely<LisDatabase>) {}

  /** Results of these PAT_IDs, by patient, newest first; `last` ranks them in SQL. */
  async labResults(
    patIds: readonly string[],
    filter: NativeLabResultFilter,
  ): Promise<LabResultRow[]> {
    if (patIds.length === 0 || filter.loincCodes?.length === 0) return [];
    return this.labResultQuery(patIds, filter).execute();
  }

  close(): Promise<void> {
    return this.db.destroy();
  }

  private labResultQuery(
    patIds: readonly string[],
    { loincCodes, collectedFrom, last }: NativeLabResultFilter,
  ) {
    let ranked = this.db
      .selectFrom("LAB_RESULT as r")
      .leftJoin("LAB_ITEM_DICT as d", "d.ITEM_CODE", "r.ITEM_CODE")
      .leftJoin("LAB_SPECIMEN as s", "s.SPECIMEN_ID", "r.SPECIMEN_ID")
      .select([
        "r.RESULT_ID",
        "r.ORDER_ID",
        "r.SPECIMEN_ID",
        "r.PAT_ID",
        "r.ITEM_CODE",
        "r.RESULT_VALUE",
        "r.UNIT",
        "r.REF_RANGE",
        "r.ABN_FLAG",
        "r.RESULT_STATUS",
        "r.COLLECT_TIME",
        "r.RESULT_TIME",
        "d.ITEM_NAME",
        "d.LOINC_CODE",
        "s.SPEC_TYPE",
      ])
      .select(
        sql<number>`row_number() over (partition by ${sql.ref("r.PAT_ID")}, ${ANALYTE_OF_RESULT} order by ${sql.ref("r.COLLECT_TIME")} desc, ${sql.ref("r.RESULT_ID")} desc)`.as(
          "RN",
        ),
      )
      .where("r.PAT_ID", "in", [...patIds]);
    if (loincCodes) ranked = ranked.where("d.LOINC_CODE", "in", [...loincCodes]);
    if (collectedFrom) ranked = ranked.where("r.COLLECT_TIME", ">=", collectedFrom);
    // Ranking before `last` filters needs the window in a derived table: WHERE cannot see it.
    let query = this.db.selectFrom(ranked.as("ranked")).selectAll();
    if (last) query = query.where("ranked.RN", "<=", last);
    return query
      .orderBy("ranked.PAT_ID")
      .orderBy("ranked.COLLECT_TIME", "desc")
      .orderBy("ranked.RESULT_ID", "desc");
  }
}
