/**
 * Loads native tables into PostgreSQL: quoted upper-case names as the vendor created them,
 * rows through COPY … FROM STDIN, then the key, the indexes and ANALYZE.
 */
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { pipeline } from "node:stream/promises";
import type { NativeColumnType } from "../../subgraphs/shared/native-table";
import { withDatabase, type SqlServerAddress } from "../../subgraphs/shared/sql-url";
import { createTableSql, indexSql, primaryKeySql, type EngineDdl } from "./native-ddl";
import { checkedDatabaseName, type NativeTableLoader } from "./table-loader";
import { textRowStream } from "./text-rows";

const POSTGRES: EngineDdl = {
  quote: (name) => `"${name.replace(/"/g, '""')}"`,
  type: (type: NativeColumnType) => {
    if (type === "int") return "integer";
    if (type === "datetime") return "timestamp(0)";
    if (type.startsWith("decimal")) return type.replace("decimal", "numeric");
    return type;
  },
};

async function connect(address: SqlServerAddress): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: address.url,
    application_name: "medfuse-generator",
    connectionTimeoutMillis: 10_000,
  });
  await client.connect();
  return client;
}

/** Creates the URL's database when the server lacks it, from the `postgres` maintenance database. */
async function ensureDatabase(address: SqlServerAddress): Promise<void> {
  const admin = await connect(withDatabase(address, "postgres"));
  try {
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [
      address.database,
    ]);
    if (found.rowCount === 0) {
      await admin.query(`CREATE DATABASE ${POSTGRES.quote(checkedDatabaseName(address.database))}`);
    }
  } finally {
    await admin.end();
  }
}

export async function postgresTableLoader(address: SqlServerAddress): Promise<NativeTableLoader> {
  await ensureDatabase(address);
  const client = await connect(address);
  // A bulk load that dies halfway is rerun from scratch, so per-commit durability buys nothing.
  await client.query("SET synchronous_commit = off");
  await client.query("SET maintenance_work_mem = '256MB'");
  const q = POSTGRES.quote;
  return {
    async create(table) {
      await client.query(`DROP TABLE IF EXISTS ${q(table.name)}`);
      await client.query(createTableSql(table, POSTGRES));
    },
    async load(table, rows) {
      const columns = Object.keys(table.columns);
      const counter = { rows: 0 };
      const copy = client.query(
        copyFrom(`COPY ${q(table.name)} (${columns.map(q).join(", ")}) FROM STDIN`),
      );
      await pipeline(textRowStream(rows, columns, counter), copy);
      return counter.rows;
    },
    async index(table) {
      await client.query(primaryKeySql(table, POSTGRES));
      for (const statement of indexSql(table, POSTGRES)) await client.query(statement);
      await client.query(`ANALYZE ${q(table.name)}`);
    },
    close: () => client.end(),
  };
}
