/**
 * The vendor DDL of a native table on a real engine: the table bare for loading, then its primary
 * key and the vendor's indexes, built once the rows are in (far cheaper than maintaining them row
 * by row). Names stay the legacy upper-case ones on every engine.
 */
import type { NativeColumnType, NativeTable } from "../../subgraphs/shared/native-table";

/** How one engine spells identifiers and the vendor column types. */
export interface EngineDdl {
  quote(name: string): string;
  type(type: NativeColumnType): string;
  /** Appended to CREATE TABLE, e.g. MariaDB's character set. */
  readonly tableOptions?: string;
}

export function createTableSql(table: NativeTable, ddl: EngineDdl): string {
  const columns = Object.entries(table.columns).map(
    ([name, type]) =>
      // Key columns are NOT NULL from the start: SQL Server cannot add a key over nullable ones.
      `${ddl.quote(name)} ${ddl.type(type)}${table.primaryKey.includes(name) ? " NOT NULL" : ""}`,
  );
  return `CREATE TABLE ${ddl.quote(table.name)} (${columns.join(", ")})${ddl.tableOptions ?? ""}`;
}

export function primaryKeySql(table: NativeTable, ddl: EngineDdl): string {
  return `ALTER TABLE ${ddl.quote(table.name)} ADD CONSTRAINT ${ddl.quote(`PK_${table.name}`)} PRIMARY KEY (${columnList(table.primaryKey, ddl)})`;
}

/** Index names are unique per database on PostgreSQL, so they carry the table's name. */
export function indexSql(table: NativeTable, ddl: EngineDdl): string[] {
  return table.indexes.map(
    (columns, i) =>
      `CREATE INDEX ${ddl.quote(`IX_${table.name}_${i + 1}`)} ON ${ddl.quote(table.name)} (${columnList(columns, ddl)})`,
  );
}

function columnList(columns: readonly string[], ddl: EngineDdl): string {
  return columns.map((c) => ddl.quote(c)).join(", ");
}
