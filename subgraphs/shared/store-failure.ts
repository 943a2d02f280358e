/**
 * Recognises the errors a store driver throws when the store itself is gone: refused or dropped
 * connections, a closed pool, failed logins, a missing database, an unreadable file. These become
 * SOURCE_UNAVAILABLE for that system's fields; any other error stays an internal error.
 * Signatures come from the drivers Medfuse uses: better-sqlite3 and Kysely, pg, mysql2, tedious
 * and tarn, the MongoDB driver, and fetch (undici) for DICOMweb.
 */

/** Node's socket errors, tedious's connection codes and undici's (`UND_ERR_*`) socket codes. */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "EHOSTDOWN",
  "ENETUNREACH",
  "ENETDOWN",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  "ESOCKET",
  "ETIMEOUT",
  "ECLOSE",
  "ELOGIN",
  "ENOTOPEN",
  "EINSTLOOKUP",
]);

/** mysql2's codes for a lost connection, a refused login or a missing database. */
const MYSQL_CODES = new Set([
  "PROTOCOL_CONNECTION_LOST",
  "PROTOCOL_SEQUENCE_TIMEOUT",
  "ER_ACCESS_DENIED_ERROR",
  "ER_DBACCESS_DENIED_ERROR",
  "ER_BAD_DB_ERROR",
  "ER_CON_COUNT_ERROR",
  "ER_SERVER_SHUTDOWN",
]);

/**
 * SQLSTATE classes (PostgreSQL): 08 connection exception, 28 invalid authorisation, 3D invalid
 * catalog (no such database), 53 insufficient resources, 57P operator intervention (shutdown).
 */
const SQLSTATE = /^(08|28|3D|53|57P)[0-9A-Z]{2,3}$/;

/** SQLite result codes for a file that cannot be read (better-sqlite3's `SqliteError.code`). */
const SQLITE_CODE = /^SQLITE_(CANTOPEN|IOERR|BUSY|LOCKED|CORRUPT|NOTADB|FULL)/;

/** Error classes of the MongoDB driver, tedious and tarn (pool) for an unreachable server. */
const ERROR_CLASSES = new Set([
  "MongoNetworkError",
  "MongoNetworkTimeoutError",
  "MongoServerSelectionError",
  "MongoNotConnectedError",
  "MongoTopologyClosedError",
  "MongoPoolClearedError",
  "ConnectionError",
  "TimeoutError",
]);

/** Drivers that say it only in words: Kysely, better-sqlite3, pg's client and pool, mysql2. */
const MESSAGES = [
  /^driver has already been destroyed$/,
  /^The database connection is not open$/,
  /^Connection terminated/,
  /connection error and is not queryable/,
  /^timeout exceeded when trying to connect$/,
  /^Cannot use a pool after calling end on the pool$/,
  /^Can't add new command when connection is in closed state$/,
  /^Pool is closed\.?$/,
];

interface DriverError {
  readonly name?: unknown;
  readonly message?: unknown;
  readonly code?: unknown;
  readonly fatal?: unknown;
  readonly cause?: unknown;
  readonly errors?: unknown;
  readonly originalError?: unknown;
}

/** True when the error, or any error it wraps, says the store could not be reached or read. */
export function isStoreFailure(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 8) return false;
  const e = error as DriverError;
  if (matchesSignature(e)) return true;
  const wrapped = [e.cause, e.originalError, ...(Array.isArray(e.errors) ? e.errors : [])];
  return wrapped.some((inner) => inner !== error && isStoreFailure(inner, depth + 1));
}

function matchesSignature(e: DriverError): boolean {
  const code = typeof e.code === "string" ? e.code : "";
  const className = (e as object).constructor?.name ?? "";
  const message = typeof e.message === "string" ? e.message : "";
  return (
    NETWORK_CODES.has(code) ||
    code.startsWith("UND_ERR_") ||
    MYSQL_CODES.has(code) ||
    SQLSTATE.test(code) ||
    SQLITE_CODE.test(code) ||
    // mysql2 marks every error that ends its connection as fatal.
    e.fatal === true ||
    ERROR_CLASSES.has(className) ||
    ERROR_CLASSES.has(String(e.name)) ||
    MESSAGES.some((pattern) => pattern.test(message))
  );
}
