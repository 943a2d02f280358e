/**
 * Loads native tables into SQL Server: the vendor's varchar/char/int/bigint/decimal types with
 * DATETIME as datetime2(0), rows through tedious' bulk load (the TDS bulk copy path), then the
 * clustered key and the indexes.
 */
import { Connection, Request, TYPES, type ConnectionConfiguration } from "tedious";
import type { NativeColumnType, NativeRow, NativeTable } from "../../subgraphs/shared/native-table";
import { tediousConfig } from "../../subgraphs/shared/sql-dialects/mssql-dialect";
import { withDatabase, type SqlServerAddress } from "../../subgraphs/shared/sql-url";
import { createTableSql, indexSql, primaryKeySql, type EngineDdl } from "./native-ddl";
import { checkedDatabaseName, type NativeTableLoader } from "./table-loader";

export const MSSQL: EngineDdl = {
  quote: (name) => `[${name.replace(/]/g, "]]")}]`,
  type: (type: NativeColumnType) => {
    if (type === "datetime") return "datetime2(0)";
    if (type === "text") return "varchar(max)";
    return type;
  },
};

/** The bulk-load column for a vendor type; sizes must match the table exactly. */
export function bulkColumn(type: NativeColumnType) {
  const [, kind, a, b] = /^(\w+)(?:\((\d+)(?:,(\d+))?\))?$/.exec(type) ?? [];
  switch (kind) {
    case "varchar":
      return { type: TYPES.VarChar, length: Number(a) };
    case "char":
      return { type: TYPES.Char, length: Number(a) };
    case "int":
      return { type: TYPES.Int };
    case "bigint":
      return { type: TYPES.BigInt };
    case "decimal":
      return { type: TYPES.Decimal, precision: Number(a), scale: Number(b) };
    case "datetime":
      return { type: TYPES.DateTime2, scale: 0 };
    case "date":
      return { type: TYPES.Date };
    default:
      return { type: TYPES.VarChar, length: Infinity };
  }
}

/** Wall-clock text as a Date whose UTC fields hold it: tedious (useUTC) writes those fields. */
export function wallClock(value: string | number | null, type: NativeColumnType): unknown {
  if (value === null || (type !== "datetime" && type !== "date")) return value;
  return new Date(`${String(value).replace(" ", "T")}${type === "date" ? "T00:00:00" : ""}Z`);
}

function open(config: ConnectionConfiguration): Promise<Connection> {
  return new Promise((resolve, reject) => {
    const connection = new Connection(config);
    connection.connect((error) => (error ? reject(error) : resolve(connection)));
  });
}

function run(connection: Connection, statement: string, name?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = new Request(statement, (error) => (error ? reject(error) : resolve()));
    if (name !== undefined) request.addParameter("name", TYPES.NVarChar, name);
    connection.execSql(request);
  });
}

function* bulkRows(table: NativeTable, rows: Iterable<NativeRow>, counter: { rows: number }) {
  const columns = Object.entries(table.columns);
  for (const row of rows) {
    counter.rows++;
    yield columns.map(([name, type]) => wallClock(row[name] ?? null, type));
  }
}

export async function mssqlTableLoader(address: SqlServerAddress): Promise<NativeTableLoader> {
  const config = (a: SqlServerAddress) =>
    tediousConfig(a, { appName: "medfuse-generator", connectTimeout: 15_000, requestTimeout: 0 });
  const admin = await open(config(withDatabase(address, "master")));
  try {
    // EXEC takes no function call, so the quoted name goes through a variable.
    await run(
      admin,
      `IF DB_ID(@name) IS NULL BEGIN
         DECLARE @create nvarchar(300) = N'CREATE DATABASE ' + QUOTENAME(@name);
         EXEC (@create);
       END`,
      checkedDatabaseName(address.database),
    );
  } finally {
    admin.close();
  }
  const connection = await open(config(address));
  const q = MSSQL.quote;
  return {
    async create(table) {
      await run(connection, `DROP TABLE IF EXISTS ${q(table.name)}`);
      await run(connection, createTableSql(table, MSSQL));
    },
    load(table, rows) {
      const counter = { rows: 0 };
      return new Promise((resolve, reject) => {
        const bulk = connection.newBulkLoad(
          table.name,
          { keepNulls: true, lockTable: true },
          (error) => (error ? reject(error) : resolve(counter.rows)),
        );
        for (const [name, type] of Object.entries(table.columns)) {
          const { type: dataType, ...size } = bulkColumn(type);
          bulk.addColumn(name, dataType, { ...size, nullable: !table.primaryKey.includes(name) });
        }
        connection.execBulkLoad(bulk, bulkRows(table, rows, counter));
      });
    },
    async index(table) {
      await run(connection, primaryKeySql(table, MSSQL));
      for (const statement of indexSql(table, MSSQL)) await run(connection, statement);
      await run(connection, `UPDATE STATISTICS ${q(table.name)}`);
    },
    close: async () => connection.close(),
  };
}
