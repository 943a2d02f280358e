/**
 * A legacy table described once, independent of the SQL engine: the generator creates it with
 * each engine's DDL and loads rows into it; the source layer reads it through Kysely.
 */

/** Column types a legacy vendor schema uses; each engine's loader maps them to its own DDL. */
export type NativeColumnType =
  | `varchar(${number})`
  | `char(${number})`
  | "int"
  | "bigint"
  | `decimal(${number},${number})`
  | "datetime"
  | "date"
  | "text";

export interface NativeTable {
  readonly name: string;
  readonly columns: Readonly<Record<string, NativeColumnType>>;
  readonly primaryKey: readonly string[];
  /** Secondary indexes the vendor ships (the source layer's lookups rely on them). */
  readonly indexes: ReadonlyArray<readonly string[]>;
}

/** A row as the loader receives it: column name to value (null for SQL NULL). */
export type NativeRow = Record<string, string | number | null>;

/** One system's share of the synthetic hospital, table by table, in native form. */
export interface NativeTableData {
  readonly table: NativeTable;
  readonly rows: Iterable<NativeRow>;
}
