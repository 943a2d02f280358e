/** The embedded default: a SQLite file opened read-only, as better-sqlite3 returns its text. */
import Database from "better-sqlite3";
import { SqliteDialect, type Dialect } from "kysely";

export function sqliteDialect(path: string): Dialect {
  return new SqliteDialect({
    database: new Database(path, { readonly: true, fileMustExist: true }),
  });
}
