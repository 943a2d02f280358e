/**
 * Loads one system's native tables into an embedded SQLite file: the vendor DDL, then every
 * row in one transaction through a prepared statement (the fast path for SQLite).
 */
import Database from "better-sqlite3";
import { rmSync } from "node:fs";
import type {
  NativeColumnType,
  NativeTable,
  NativeTableData,
} from "../subgraphs/shared/native-table";

/** SQLite affinity for each vendor type; the declared type is kept for readers of the schema. */
function sqliteType(type: NativeColumnType): string {
  if (type === "int" || type === "bigint") return "INTEGER";
  if (type.startsWith("decimal")) return "NUMERIC";
  return "TEXT";
}

export function createTableSql(table: NativeTable): string {
  const columns = Object.entries(table.columns).map(
    ([name, type]) =>
      `  ${name} ${sqliteType(type)} /* ${type} */${table.primaryKey.includes(name) ? " NOT NULL" : ""}`,
  );
  return `CREATE TABLE ${table.name} (\n${columns.join(",\n")},\n  PRIMARY KEY (${table.primaryKey.join(", ")})\n)`;
}

/** Replaces the file with a fresh database holding the given tables; returns rows written. */
export function loadSqlite(path: string, tables: readonly NativeTableData[]): number {
  rmSync(path, { force: true });
  const db = new Database(path);
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  let written = 0;
  try {
    for (const { table, rows } of tables) {
      db.exec(createTableSql(table));
      const columns = Object.keys(table.columns);
      const insert = db.prepare(
        `INSERT INTO ${table.name} (${columns.join(", ")}) VALUES (${columns.map((c) => `@${c}`).join(", ")})`,
      );
      db.transaction(() => {
        for (const row of rows) {
          insert.run(row);
          written++;
        }
      })();
      table.indexes.forEach((cols, i) =>
        db.exec(`CREATE INDEX IX_${table.name}_${i + 1} ON ${table.name} (${cols.join(", ")})`),
      );
    }
  } finally {
    db.close();
  }
  return written;
}
