/**
 * One suite over every SQL engine: the same synthetic hospital loaded by the generator's loaders
 * into SQLite, PostgreSQL, MariaDB (and SQL Server when MSSQL_URL is set); the HIS, LIS and RIS
 * subgraphs opened on each, unchanged; every operation must answer exactly as on SQLite.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { generateHospital } from "../generator/generate-hospital";
import { loadSqlStore } from "../generator/sql-loaders/load-sql-store";
import { hisNativeTables } from "../subgraphs/his/native-records";
import { openHisSubgraph } from "../subgraphs/his/subgraph";
import { lisNativeTables } from "../subgraphs/lis/native-records";
import { openLisSubgraph } from "../subgraphs/lis/subgraph";
import { risNativeTables } from "../subgraphs/ris/native-records";
import { openRisSubgraph } from "../subgraphs/ris/subgraph";
import { openSqlStore } from "../subgraphs/shared/sql-store";
import type { NativeTableData } from "../subgraphs/shared/native-table";
import type { OpenSubgraph, Subgraph } from "../subgraphs/subgraph";
import { ENGINE_OPERATIONS, type SqlSystem } from "./sql-engine-operations";
import { MSSQL_URL, serverEngines, sqliteEngine, type SqlTestEngine } from "./sql-engines";

const hospital = generateHospital({
  patients: 120,
  seed: 7,
  anchor: new Date("2026-06-01T08:00:00Z"),
});

const SYSTEMS: Record<
  SqlSystem,
  { tables: (h: typeof hospital) => NativeTableData[]; open: OpenSubgraph }
> = {
  his: { tables: hisNativeTables, open: openHisSubgraph },
  lis: { tables: lisNativeTables, open: openLisSubgraph },
  ris: { tables: risNativeTables, open: openRisSubgraph },
};

type OpenSystems = Record<SqlSystem, Subgraph>;

/** Values a bulk-load format could mangle: its own delimiters and escapes, NULL, padding, clocks. */
const AWKWARD: NativeTableData = {
  table: {
    name: "MEDFUSE_AWKWARD",
    columns: { ID: "bigint", CODE: "char(3)", TEXT: "varchar(60)", AT: "datetime", NOTE: "text" },
    primaryKey: ["ID"],
    indexes: [["CODE"]],
  },
  rows: [
    { ID: 1, CODE: "ab", TEXT: "tab\there\nline \\N \\", AT: "2026-03-29 02:30:00", NOTE: null },
    { ID: 2, CODE: "xyz", TEXT: "", AT: null, NOTE: "line one\nline two\r\n\ttabbed µmol/L ≥ 5" },
    { ID: 9007199254740991, CODE: "", TEXT: "\\N", AT: "1900-01-01 00:00:00", NOTE: "O'Brien; --" },
  ],
};

/** Drops, loads and opens the three systems on one engine, as an operator would. */
async function loadAndOpen(engine: SqlTestEngine): Promise<OpenSystems> {
  const open = {} as OpenSystems;
  for (const system of Object.keys(SYSTEMS) as SqlSystem[]) {
    await engine.dropDatabase(system);
    await loadSqlStore(system, engine.storeUrl(system), SYSTEMS[system].tables(hospital), () => {});
    open[system] = await SYSTEMS[system].open({
      site: hospital.site,
      store: engine.storeUrl(system),
    });
  }
  return open;
}

const closeAll = (open: OpenSystems | undefined) =>
  Promise.all(Object.values(open ?? {}).map((subgraph) => subgraph.close()));

const dir = mkdtempSync(join(tmpdir(), "medfuse-engines-"));
let reference: OpenSystems | undefined;
const referenceAnswers = new Map<string, unknown>();

beforeAll(async () => {
  if (!MSSQL_URL) {
    console.log("SQL Server skipped: MSSQL_URL is not set (SQL Server cannot run on this machine)");
  }
  reference = await loadAndOpen(sqliteEngine(dir));
  for (const op of ENGINE_OPERATIONS) {
    referenceAnswers.set(op.name, await op.run(reference[op.system], hospital));
  }
});

afterAll(async () => {
  await closeAll(reference);
  rmSync(dir, { recursive: true, force: true });
});

test("the SQLite reference answers every operation without errors", () => {
  for (const op of ENGINE_OPERATIONS) {
    const answers = [referenceAnswers.get(op.name)].flat() as { errors?: unknown }[];
    expect({ op: op.name, errors: answers.flatMap((a) => a.errors ?? []) }).toEqual({
      op: op.name,
      errors: [],
    });
  }
});

for (const engine of serverEngines()) {
  describe(engine.name, () => {
    let open: OpenSystems | undefined;
    beforeAll(async () => {
      open = await loadAndOpen(engine);
    });
    afterAll(() => closeAll(open));

    for (const op of ENGINE_OPERATIONS) {
      test(`${op.name}: as on SQLite`, async () => {
        expect(await op.run(open![op.system], hospital)).toEqual(referenceAnswers.get(op.name));
      });
    }

    test("bulk-loaded values come back exactly as written", async () => {
      await loadSqlStore("his", engine.storeUrl("his"), [AWKWARD], () => {});
      const db = await openSqlStore<any>("his", engine.storeUrl("his"));
      try {
        expect(await db.selectFrom(AWKWARD.table.name).selectAll().orderBy("ID").execute()).toEqual(
          AWKWARD.rows,
        );
      } finally {
        await db.destroy();
      }
    });

    if (!engine.readOnlySessions)
      console.log(
        `${engine.name}: "sessions are read-only" skipped: SQL Server has no read-only session ` +
          "mode (ApplicationIntent=ReadOnly only routes to a replica); read-only access rests on " +
          "the login's permissions, as docker-compose's medfuse_reader is set up",
      );
    (engine.readOnlySessions ? test : test.skip)("sessions are read-only", async () => {
      const db = await openSqlStore("his", engine.storeUrl("his"));
      try {
        await expect(sql`CREATE TABLE MEDFUSE_WRITE_PROBE (A int)`.execute(db)).rejects.toThrow(
          /read.only|READ ONLY/i,
        );
      } finally {
        await db.destroy();
      }
    });

    test("a store that refuses the credentials fails the open, naming system and address", async () => {
      const url = new URL(engine.storeUrl("his"));
      url.username = "medfuse_nobody";
      url.password = "not-the-password";
      const started = Date.now();
      const failure = openHisSubgraph({ site: hospital.site, store: url.toString() });
      await expect(failure).rejects.toThrow(/^HIS store .*medfuse_nobody@/);
      await expect(failure).rejects.not.toThrow(/not-the-password/);
      expect(Date.now() - started).toBeLessThan(10_000);
    });

    test("a store that is down fails the open within seconds", async () => {
      const url = new URL(engine.storeUrl("lis"));
      url.port = "1";
      const started = Date.now();
      await expect(openLisSubgraph({ site: hospital.site, store: url.toString() })).rejects.toThrow(
        `LIS store ${url.protocol}//${url.username}@127.0.0.1:1/`,
      );
      expect(Date.now() - started).toBeLessThan(10_000);
    });
  });
}
