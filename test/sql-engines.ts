/**
 * The SQL engines the engine suite runs on: SQLite (embedded, the reference), PostgreSQL and
 * MariaDB (running on every project machine), and SQL Server when MSSQL_URL names one. Each
 * system gets its own database `medfuse_test_<system>`, dropped and loaded afresh per run.
 */
import mysql from "mysql2/promise";
import { join } from "node:path";
import pg from "pg";
import {
  parseSqlStoreUrl,
  redact,
  withDatabase,
  type SqlServerAddress,
} from "../subgraphs/shared/sql-url";
import type { SourceSystem } from "../subgraphs/subgraph";

export interface SqlTestEngine {
  readonly name: string;
  /** The store URL of a system's test database (a file path for SQLite). */
  storeUrl(system: SourceSystem): string;
  /** Drops the system's test database, so the loader must create it. */
  dropDatabase(system: SourceSystem): Promise<void>;
  /** Whether the server itself refuses writes in Medfuse's sessions (SQL Server only routes them). */
  readonly readOnlySessions: boolean;
}

const testDatabase = (system: SourceSystem) => `medfuse_test_${system}`;

function serverEngine(
  name: string,
  serverUrl: string,
  drop: (server: SqlServerAddress, database: string) => Promise<void>,
  readOnlySessions = true,
): SqlTestEngine {
  const server = parseSqlStoreUrl(serverUrl);
  if (server.engine === "sqlite") throw new Error(`${name}: expected a server URL`);
  return {
    name,
    storeUrl: (system) => withDatabase(server, testDatabase(system)).url,
    // The first contact with the server: say plainly which one is missing.
    dropDatabase: (system) =>
      drop(server, testDatabase(system)).catch((cause: Error) => {
        throw new Error(
          `${name} at ${redact(serverUrl)} is needed by this suite: ${cause.message}`,
        );
      }),
    readOnlySessions,
  };
}

async function dropPostgres(server: SqlServerAddress, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: server.url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

async function dropMysql(server: SqlServerAddress, database: string): Promise<void> {
  const connection = await mysql.createConnection({
    host: server.host,
    port: server.port,
    user: server.user,
    password: server.password,
    connectTimeout: 5000,
  });
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
  } finally {
    await connection.end();
  }
}

export const POSTGRES_URL =
  process.env.POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
export const MARIADB_URL = process.env.MARIADB_URL ?? "mariadb://root@127.0.0.1:3306/mysql";
export const MSSQL_URL = process.env.MSSQL_URL;

export function sqliteEngine(dir: string): SqlTestEngine {
  return {
    name: "SQLite",
    storeUrl: (system) => join(dir, `${system}.sqlite`),
    dropDatabase: async () => {},
    readOnlySessions: true,
  };
}

/** The server engines to compare with SQLite; SQL Server only when MSSQL_URL is set. */
export function serverEngines(): SqlTestEngine[] {
  const engines = [
    serverEngine("PostgreSQL", POSTGRES_URL, dropPostgres),
    serverEngine("MariaDB", MARIADB_URL, dropMysql),
  ];
  // The loader replaces every table, so a SQL Server database is reused rather than dropped.
  if (MSSQL_URL) engines.push(serverEngine("SQL Server", MSSQL_URL, async () => {}, false));
  return engines;
}
