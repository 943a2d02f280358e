/**
 * Loads native tables into MySQL or MariaDB: the vendor's types in utf8mb4, rows through
 * LOAD DATA LOCAL INFILE streamed from memory, then the key and the indexes.
 */
import { createConnection, type Connection } from "mysql2/promise";
import type { NativeColumnType } from "../../subgraphs/shared/native-table";
import type { SqlServerAddress } from "../../subgraphs/shared/sql-url";
import { createTableSql, indexSql, primaryKeySql, type EngineDdl } from "./native-ddl";
import { checkedDatabaseName, type NativeTableLoader } from "./table-loader";
import { textRowStream } from "./text-rows";

const MYSQL: EngineDdl = {
  quote: (name) => `\`${name.replace(/`/g, "``")}\``,
  type: (type: NativeColumnType) => type,
  tableOptions: " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4",
};

export async function mysqlTableLoader(address: SqlServerAddress): Promise<NativeTableLoader> {
  const connection: Connection = await createConnection({
    host: address.host,
    port: address.port ?? 3306,
    user: address.user,
    password: address.password,
    charset: "utf8mb4",
    connectTimeout: 10_000,
  });
  const q = MYSQL.quote;
  try {
    const database = q(checkedDatabaseName(address.database));
    await connection.query(`CREATE DATABASE IF NOT EXISTS ${database} CHARACTER SET utf8mb4`);
    await connection.query(`USE ${database}`);
  } catch (error) {
    await connection.end();
    throw error;
  }
  return {
    async create(table) {
      await connection.query(`DROP TABLE IF EXISTS ${q(table.name)}`);
      await connection.query(createTableSql(table, MYSQL));
    },
    async load(table, rows) {
      const columns = Object.keys(table.columns);
      const counter = { rows: 0 };
      // The server reads the "file" back from this client: the rows never touch the disk here.
      await connection.query({
        sql: `LOAD DATA LOCAL INFILE 'rows.tsv' INTO TABLE ${q(table.name)} CHARACTER SET utf8mb4 (${columns.map(q).join(", ")})`,
        infileStreamFactory: () => textRowStream(rows, columns, counter),
      });
      return counter.rows;
    },
    async index(table) {
      await connection.query(primaryKeySql(table, MYSQL));
      for (const statement of indexSql(table, MYSQL)) await connection.query(statement);
      await connection.query(`ANALYZE TABLE ${q(table.name)}`);
    },
    close: () => connection.end(),
  };
}
