/** SQL Server cannot run here: its DDL is checked as T-SQL and its bulk columns against the types. */
import { Parser } from "node-sql-parser";
import { TYPES } from "tedious";
import { HIS_TABLES } from "../../subgraphs/his/native-schema";
import { LIS_TABLES } from "../../subgraphs/lis/native-schema";
import { RIS_TABLES } from "../../subgraphs/ris/native-schema";
import { bulkColumn, MSSQL, wallClock } from "./mssql";
import { createTableSql, indexSql, primaryKeySql } from "./native-ddl";

const tables = [
  ...Object.values(HIS_TABLES),
  ...Object.values(LIS_TABLES),
  ...Object.values(RIS_TABLES),
];

test("every native table's SQL Server DDL parses as T-SQL", () => {
  const parser = new Parser();
  for (const table of tables) {
    for (const statement of [createTableSql(table, MSSQL), ...indexSql(table, MSSQL)]) {
      expect(() => parser.astify(statement, { database: "TransactSQL" })).not.toThrow();
    }
  }
  expect(createTableSql(RIS_TABLES.RIS_REPORT, MSSQL)).toBe(
    "CREATE TABLE [RIS_REPORT] ([RPT_ID] bigint NOT NULL, [REQ_ID] bigint, [ACCESSION_NO] varchar(16), " +
      "[RPT_STATUS] char(1), [RADIOLOGIST] varchar(60), [FINDINGS] varchar(max), [IMPRESSION] varchar(max), " +
      "[RPT_DATETIME] datetime2(0))",
  );
  expect(primaryKeySql(LIS_TABLES.LAB_RESULT, MSSQL)).toBe(
    "ALTER TABLE [LAB_RESULT] ADD CONSTRAINT [PK_LAB_RESULT] PRIMARY KEY ([RESULT_ID])",
  );
});

test("bulk-load columns match the DDL, and wall-clock text loads as the same reading", () => {
  expect(bulkColumn("varchar(16)")).toEqual({ type: TYPES.VarChar, length: 16 });
  expect(bulkColumn("char(14)")).toEqual({ type: TYPES.Char, length: 14 });
  expect(bulkColumn("decimal(10,2)")).toEqual({ type: TYPES.Decimal, precision: 10, scale: 2 });
  expect(bulkColumn("datetime")).toEqual({ type: TYPES.DateTime2, scale: 0 });
  expect(bulkColumn("text")).toEqual({ type: TYPES.VarChar, length: Infinity });
  expect(wallClock("2026-03-29 02:30:00", "datetime")).toEqual(
    new Date(Date.UTC(2026, 2, 29, 2, 30, 0)),
  );
  expect(wallClock("1941-06-25", "date")).toEqual(new Date(Date.UTC(1941, 5, 25)));
  expect(wallClock("20260329023000", "char(14)")).toBe("20260329023000");
});
