/** What each real engine's loader does to one native table, in the order load-sql-store.ts calls it. */
import type { NativeRow, NativeTable } from "../../subgraphs/shared/native-table";

export interface NativeTableLoader {
  /** Drops the table if it is there and creates it bare: no key, no index. */
  create(table: NativeTable): Promise<void>;
  /** Bulk-loads the rows with the engine's own path; resolves to how many. */
  load(table: NativeTable, rows: Iterable<NativeRow>): Promise<number>;
  /** Adds the primary key and the vendor's indexes, and refreshes the planner's statistics. */
  index(table: NativeTable): Promise<void>;
  close(): Promise<void>;
}

/** Databases the loaders create must have plain names: they reach DDL as quoted identifiers. */
export function checkedDatabaseName(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(name)) {
    throw new Error(`database name ${JSON.stringify(name)}: use letters, digits and _`);
  }
  return name;
}
