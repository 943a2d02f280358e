/**
 * PostgreSQL through node-postgres. Every session is read-only, and values come back as the
 * SQLite path returns them, so the mapping code sees one shape whatever the engine.
 */
import { PostgresDialect, type Dialect } from "kysely";
import pg from "pg";
import type { SourceSystem } from "../../subgraph";
import type { SqlServerAddress } from "../sql-url";
import { ACQUIRE_TIMEOUT_MS, IDLE_TIMEOUT_MS, integerOrText, POOL_SIZE } from "./connection-limits";

const OID = { int8: 20, numeric: 1700, bpchar: 1042, date: 1082, timestamp: 1114 } as const;

const asWritten = (text: string) => text;
/** Which parser overrides pg's default for a column type, and why. */
const PARSERS = new Map<number, (text: string) => unknown>([
  // DATETIME columns hold wall-clock text in the hospital's zone: never reinterpret as an instant.
  [OID.timestamp, asWritten],
  [OID.date, asWritten],
  // Ids and counts are numbers on the other engines; pg returns 64-bit integers as text.
  [OID.int8, integerOrText],
  [OID.numeric, Number],
  // CHAR(n) pads with blanks on disk; the value written had none (MySQL strips them too).
  [OID.bpchar, (text) => text.trimEnd()],
]);

const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    PARSERS.get(oid) ??
    pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig["getTypeParser"],
};

/** Reader pool options; the generator's loader connects with its own, writable, client. */
export function postgresDialect(address: SqlServerAddress, system: SourceSystem): Dialect {
  const pool = new pg.Pool({
    connectionString: address.url,
    max: POOL_SIZE,
    // node-postgres has one limit for opening a connection and for waiting for a free one.
    connectionTimeoutMillis: ACQUIRE_TIMEOUT_MS,
    idleTimeoutMillis: IDLE_TIMEOUT_MS,
    application_name: `medfuse-${system}`,
    // Medfuse only reads: the server refuses any write in these sessions, whatever the grants.
    options: "-c default_transaction_read_only=on",
    types,
  });
  // An idle connection the server drops must not crash the gateway; the next query reconnects.
  pool.on("error", () => {});
  return new PostgresDialect({ pool });
}
