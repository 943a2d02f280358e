/**
 * tedious hands rows over as JS values: DATETIME2 as a Date, BIGINT as text, CHAR(n) padded.
 * This Request turns each back into what the SQLite path returns before Kysely builds the row,
 * where the column type is still known.
 */
import { Request } from "tedious";
import { integerOrText } from "./connection-limits";

interface TediousColumn {
  value: unknown;
  metadata: { type: { name: string } };
}

/** `useUTC` (tedious' default) reads a zone-less DATETIME2 into the UTC fields of a Date. */
const sqlDateTime = (d: Date) => d.toISOString().slice(0, 19).replace("T", " ");
const sqlDate = (d: Date) => d.toISOString().slice(0, 10);

const NORMALISE: Readonly<Record<string, (value: never) => unknown>> = {
  DateTime2: sqlDateTime,
  DateTime: sqlDateTime,
  SmallDateTime: sqlDateTime,
  Date: sqlDate,
  BigInt: integerOrText,
  Char: (text: string) => text.trimEnd(),
  NChar: (text: string) => text.trimEnd(),
};

export class SqliteShapedRequest extends Request {
  override emit(event: string | symbol, ...args: unknown[]): boolean {
    if (event === "row") {
      for (const column of args[0] as TediousColumn[]) {
        const normalise = NORMALISE[column.metadata.type.name];
        if (normalise && column.value !== null) column.value = normalise(column.value as never);
      }
    }
    return (super.emit as (event: string | symbol, ...args: unknown[]) => boolean)(event, ...args);
  }
}
