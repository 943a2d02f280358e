/**
 * Opens a read-only Kysely connection for a SQL source layer. The dialect comes from the URL,
 * so the same source code serves every engine; every compiled query is reported to the listener.
 */
import Database from "better-sqlite3";
import { Kysely, SqliteDialect, type Dialect } from "kysely";
import type { SourceSystem, StoreQueryListener } from "../subgraph";

/** `sqlite:/path/to/file.sqlite`, or a bare file path, for the embedded default. */
export function openSqlStore<DB>(
  system: SourceSystem,
  url: string,
  onStoreQuery?: StoreQueryListener,
): Kysely<DB> {
  return new Kysely<DB>({
    dialect: dialectFor(system, url),
    log: (event) => {
      if (event.level === "query") onStoreQuery?.(system, event.query.sql);
    },
  });
}

function dialectFor(system: SourceSystem, url: string): Dialect {
  const path = url.startsWith("sqlite:") ? url.slice("sqlite:".length) : url;
  if (/^[a-z]+:\/\//i.test(path)) {
    throw new Error(
      `${system.toUpperCase()} store ${redact(url)}: only sqlite: URLs are supported yet`,
    );
  }
  try {
    return new SqliteDialect({
      database: new Database(path, { readonly: true, fileMustExist: true }),
    });
  } catch (cause) {
    throw new Error(
      `${system.toUpperCase()} store at ${path} cannot be opened: ${(cause as Error).message}`,
      { cause },
    );
  }
}

/** Connection URLs may carry credentials; never print them. */
export function redact(url: string): string {
  return url.replace(/\/\/[^@/]*@/, "//***@");
}
