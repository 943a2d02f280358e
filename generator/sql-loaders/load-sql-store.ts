/**
 * Loads one SQL system's native tables into the store its URL names: the embedded SQLite file,
 * or a real PostgreSQL, MySQL/MariaDB or SQL Server database (created when missing, its tables
 * replaced), table by table with a progress line each.
 */
import type { NativeTableData } from "../../subgraphs/shared/native-table";
import { parseSqlStoreUrl, redact, type SqlServerAddress } from "../../subgraphs/shared/sql-url";
import type { SourceSystem } from "../../subgraphs/subgraph";
import { loadSqlite } from "../sqlite-loader";
import { mssqlTableLoader } from "./mssql";
import { mysqlTableLoader } from "./mysql";
import { postgresTableLoader } from "./postgres";
import type { NativeTableLoader } from "./table-loader";

const TABLE_LOADERS: Record<
  SqlServerAddress["engine"],
  (address: SqlServerAddress) => Promise<NativeTableLoader>
> = { postgres: postgresTableLoader, mysql: mysqlTableLoader, mssql: mssqlTableLoader };

/** Resolves to the number of rows written. */
export async function loadSqlStore(
  system: SourceSystem,
  url: string,
  tables: readonly NativeTableData[],
  progress: (line: string) => void,
): Promise<number> {
  const address = parseSqlStoreUrl(url);
  if (address.engine === "sqlite") return loadSqlite(address.path, tables);
  const label = system.toUpperCase().padEnd(4);
  let loader: NativeTableLoader;
  try {
    loader = await TABLE_LOADERS[address.engine](address);
  } catch (cause) {
    throw new Error(`${label.trim()} store ${redact(url)}: ${(cause as Error).message}`, { cause });
  }
  let written = 0;
  try {
    for (const { table, rows } of tables) {
      const started = Date.now();
      await loader.create(table);
      const count = await loader.load(table, rows);
      const loaded = Date.now();
      await loader.index(table);
      written += count;
      progress(
        `${label} ${table.name} ${count.toLocaleString("en")} rows: loaded in ${loaded - started} ms, key and indexes in ${Date.now() - loaded} ms`,
      );
    }
  } finally {
    await loader.close();
  }
  return written;
}
