/**
 * Opens a read-only Kysely connection for a SQL source layer. The dialect comes from the URL,
 * so the same source code serves every engine; every compiled query is reported to the listener.
 */
import { Kysely, sql, type Dialect } from "kysely";
import type { SourceSystem, StoreQueryListener } from "../subgraph";
import { CONNECT_TIMEOUT_MS } from "./sql-dialects/connection-limits";
import { mssqlDialect } from "./sql-dialects/mssql-dialect";
import { mysqlDialect } from "./sql-dialects/mysql-dialect";
import { postgresDialect } from "./sql-dialects/postgres-dialect";
import { sqliteDialect } from "./sql-dialects/sqlite-dialect";
import { parseSqlStoreUrl, redact, type SqlStoreAddress } from "./sql-url";

export { redact } from "./sql-url";

/**
 * `sqlite:/path/to/file.sqlite` or a bare path (the embedded default), `postgres://`,
 * `postgresql://`, `mysql://`, `mariadb://`, `mssql://` or `sqlserver://`
 * `user:password@host:port/database`. Resolves once the store has answered one trivial query,
 * so a store that is down or refuses the credentials fails the subgraph's start, not its first request.
 */
export async function openSqlStore<DB>(
  system: SourceSystem,
  url: string,
  onStoreQuery?: StoreQueryListener,
): Promise<Kysely<DB>> {
  const where = `${system.toUpperCase()} store ${redact(url)}`;
  let dialect: Dialect;
  try {
    dialect = dialectFor(parseSqlStoreUrl(url), system);
  } catch (cause) {
    throw new Error(`${where} cannot be opened: ${(cause as Error).message}`, { cause });
  }
  let probed = false;
  const db = new Kysely<DB>({
    dialect,
    log: (event) => {
      // The probe is Medfuse's, not a source layer's: listeners count only the latter.
      if (probed && event.level === "query") onStoreQuery?.(system, event.query.sql);
    },
  });
  let timer: NodeJS.Timeout | undefined;
  const silent = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${CONNECT_TIMEOUT_MS / 1000} s`)),
      CONNECT_TIMEOUT_MS,
    );
  });
  try {
    // Bounded here, not by the pool: a pool waits long for a busy store, a start must not.
    await Promise.race([sql`select 1`.execute(db), silent]);
  } catch (cause) {
    // Not awaited: a pool still connecting to a silent host would hold the failure back.
    void db.destroy().catch(() => {});
    throw new Error(`${where} cannot be opened: ${(cause as Error).message}`, { cause });
  } finally {
    clearTimeout(timer);
  }
  probed = true;
  return db;
}

function dialectFor(address: SqlStoreAddress, system: SourceSystem): Dialect {
  switch (address.engine) {
    case "sqlite":
      return sqliteDialect(address.path);
    case "postgres":
      return postgresDialect(address, system);
    case "mysql":
      return mysqlDialect(address);
    case "mssql":
      return mssqlDialect(address, system);
  }
}
