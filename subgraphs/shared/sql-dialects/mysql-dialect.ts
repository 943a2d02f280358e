/**
 * MySQL and MariaDB through mysql2. Sessions are read-only; DATETIME comes back as the text the
 * server holds (as SQLite returns it), DECIMAL as numbers.
 */
import { CompiledQuery, MysqlDialect, type Dialect } from "kysely";
import { createPool } from "mysql2";
import type { SqlServerAddress } from "../sql-url";
import { CONNECT_TIMEOUT_MS, IDLE_TIMEOUT_MS, POOL_SIZE } from "./connection-limits";

export function mysqlDialect(address: SqlServerAddress): Dialect {
  const pool = createPool({
    host: address.host,
    port: address.port ?? 3306,
    user: address.user,
    password: address.password,
    database: address.database,
    charset: "utf8mb4",
    connectionLimit: POOL_SIZE,
    maxIdle: 1,
    idleTimeout: IDLE_TIMEOUT_MS,
    connectTimeout: CONNECT_TIMEOUT_MS,
    // Wall-clock DATETIME text stays text: no conversion through the gateway's own zone.
    dateStrings: true,
    decimalNumbers: true,
    // 64-bit integers as numbers while exact, as text beyond 2^53.
    supportBigNumbers: true,
  });
  return new MysqlDialect({
    pool,
    // Medfuse only reads: the server refuses writes in these sessions, whatever the grants.
    onCreateConnection: async (connection) => {
      await connection.executeQuery(CompiledQuery.raw("SET SESSION TRANSACTION READ ONLY"));
    },
  });
}
