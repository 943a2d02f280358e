import { TYPES } from "tedious";

type DataType = (typeof TYPES)[keyof typeof TYPES];
import { SqliteShapedRequest } from "./mssql-row-request";

/** The row tedious would emit for these columns, as values of the given SQL Server types. */
function rowThroughRequest(columns: [DataType, unknown][]): unknown[] {
  const request = new SqliteShapedRequest("select 1", () => {});
  let received: unknown[] = [];
  request.on("row", (row: { value: unknown }[]) => (received = row.map((c) => c.value)));
  request.emit(
    "row",
    columns.map(([type, value]) => ({ value, metadata: { type, colName: type.name } })),
  );
  return received;
}

test("SQL Server values come back as the SQLite path returns them", () => {
  expect(
    rowThroughRequest([
      // tedious (useUTC) puts a DATETIME2's wall-clock reading into the Date's UTC fields.
      [TYPES.DateTime2, new Date(Date.UTC(2026, 4, 31, 7, 12, 0))],
      [TYPES.Date, new Date(Date.UTC(1941, 5, 25))],
      [TYPES.BigInt, "1010021"],
      [TYPES.BigInt, "9007199254740993"],
      [TYPES.Char, "F    "],
      [TYPES.VarChar, "µmol/L "],
      [TYPES.Int, 42],
      [TYPES.DateTime2, null],
    ]),
  ).toEqual([
    "2026-05-31 07:12:00",
    "1941-06-25",
    1010021,
    "9007199254740993",
    "F",
    "µmol/L ",
    42,
    null,
  ]);
});
