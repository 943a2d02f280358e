/**
 * Rows as tab-separated text, the bulk format PostgreSQL's COPY … FROM STDIN and MySQL's
 * LOAD DATA read alike: `\N` for NULL, backslash escapes for backslash, tab and line breaks.
 */
import { Readable } from "node:stream";
import type { NativeRow } from "../../subgraphs/shared/native-table";

const ESCAPES: Readonly<Record<string, string>> = {
  "\\": "\\\\",
  "\t": "\\t",
  "\n": "\\n",
  "\r": "\\r",
};

function field(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "\\N";
  return typeof value === "number"
    ? String(value)
    : value.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]);
}

/** Counts the rows as they stream, for the progress line. */
export interface RowCounter {
  rows: number;
}

/** A stream of the rows in chunks of many lines: one write per row would dominate the load. */
export function textRowStream(
  rows: Iterable<NativeRow>,
  columns: readonly string[],
  counter: RowCounter,
): Readable {
  function* chunks() {
    let lines: string[] = [];
    for (const row of rows) {
      lines.push(columns.map((c) => field(row[c])).join("\t"));
      counter.rows++;
      if (lines.length === 2000) {
        yield lines.join("\n") + "\n";
        lines = [];
      }
    }
    if (lines.length) yield lines.join("\n") + "\n";
  }
  return Readable.from(chunks(), { objectMode: false });
}
