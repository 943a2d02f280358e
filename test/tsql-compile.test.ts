/**
 * SQL Server cannot run on this machine, so every query the HIS, LIS and RIS source layers issue
 * is compiled with the SQL Server dialect Medfuse uses (no connection: a dummy driver) and parsed
 * as T-SQL by node-sql-parser; any parse error fails. The same queries run on real PostgreSQL,
 * MariaDB and SQLite in sql-engines.int.test.ts.
 */
import {
  DummyDriver,
  Kysely,
  MssqlAdapter,
  MssqlIntrospector,
  type DatabaseConnection,
  type Dialect,
} from "kysely";
import { Parser } from "node-sql-parser";
import { HisSource } from "../subgraphs/his/source";
import { LisSource } from "../subgraphs/lis/source";
import { RisSource } from "../subgraphs/ris/source";
import { PortableMssqlQueryCompiler } from "../subgraphs/shared/sql-dialects/mssql-query-compiler";

/** Answers every query with one row, so a method that needs a row (a count) goes on to the next. */
class CompileOnlyDriver extends DummyDriver {
  override async acquireConnection(): Promise<DatabaseConnection> {
    return {
      executeQuery: async <R>() => ({ rows: [{ N: 0 } as R] }),
      streamQuery: () => {
        throw new Error("source layers do not stream");
      },
    };
  }
}

const compileOnlyMssql: Dialect = {
  createAdapter: () => new MssqlAdapter(),
  createDriver: () => new CompileOnlyDriver(),
  createIntrospector: (db) => new MssqlIntrospector(db),
  createQueryCompiler: () => new PortableMssqlQueryCompiler(),
};

const compiled: { call: string; sql: string }[] = [];
let current = "";
const db = new Kysely<any>({
  dialect: compileOnlyMssql,
  log: (event) => {
    if (event.level === "query") compiled.push({ call: current, sql: event.query.sql });
  },
});
const site = { code: "H01", timeZone: "Europe/Berlin" };
const sources = { his: new HisSource(db), lis: new LisSource(db), ris: new RisSource(db, site) };
const ids = ["00000001", "00000002", "00000003"];
const everyFilter = {
  nameContains: "o'b%_[!]",
  sexCode: "2",
  birthDateFrom: "19500101",
  birthDateTo: "19991231",
  diagnosisCodePrefix: "E11.9",
  afterPatientId: "00000040",
  limit: 21,
};

/** Every public source method, with arguments reaching each branch of its query. */
const CALLS: Record<string, () => Promise<unknown>> = {
  "HisSource.patients": () => sources.his.patients(ids),
  "HisSource.searchPatients": async () => {
    await sources.his.searchPatients({ limit: 21 });
    await sources.his.searchPatients(everyFilter);
  },
  "HisSource.countPatients": async () => {
    await sources.his.countPatients({ limit: 21 });
    await sources.his.countPatients(everyFilter);
  },
  "HisSource.visits": () => sources.his.visits(ids),
  "HisSource.diagnoses": () => sources.his.diagnoses(ids),
  "HisSource.orders": async () => {
    await sources.his.orders(ids);
    await sources.his.orders(ids, ["A", "S"]);
  },
  "HisSource.allergies": () => sources.his.allergies(ids),
  "LisSource.labResults": async () => {
    await sources.lis.labResults(["1", "2"], { loincCodes: null, collectedFrom: null, last: null });
    await sources.lis.labResults(["1", "2"], {
      loincCodes: ["2160-0", "14682-9"],
      collectedFrom: "2026-05-01 00:00:00",
      last: 3,
    });
  },
  "RisSource.examsByPatient": () => sources.ris.examsByPatient(["H01-00000001", "H01-00000002"]),
  "RisSource.examsByAccession": () => sources.ris.examsByAccession(["ACC1", "ACC2"]),
};

/** Prototype methods that only build queries for the methods above, or release the store. */
const NOT_QUERIES = new Set(["constructor", "close", "filtered", "labResultQuery", "exams"]);

beforeAll(async () => {
  for (const [call, run] of Object.entries(CALLS)) {
    current = call;
    await run();
  }
});

test("every public method of the SQL source layers is compiled here", () => {
  const methods = [HisSource, LisSource, RisSource].flatMap((source) =>
    Object.getOwnPropertyNames(source.prototype)
      .filter((name) => !NOT_QUERIES.has(name))
      .map((name) => `${source.name}.${name}`),
  );
  expect(methods.sort()).toEqual(Object.keys(CALLS).sort());
  expect(new Set(compiled.map((c) => c.call))).toEqual(new Set(Object.keys(CALLS)));
});

/**
 * node-sql-parser's T-SQL grammar lacks three things T-SQL has (and SQL Server's docs show):
 * variables whose name starts with a digit (Kysely's `@1`), a variable as FETCH's row count, and
 * LIKE … ESCAPE. The test checks each where it occurs, then spells it as the grammar knows it.
 */
function forParser(tsql: string): string {
  expect(tsql).not.toMatch(/\blimit\b/i);
  return tsql
    .replace(/@(\d+)/g, "@p$1")
    .replace(/ fetch next @p\d+ rows only/g, " fetch next 1 rows only")
    .replace(/ like (@p\d+) escape '!'/g, " like $1");
}

test("every compiled query parses as T-SQL", () => {
  const parser = new Parser();
  const failures = compiled.flatMap(({ call, sql }) => {
    try {
      parser.astify(forParser(sql), { database: "TransactSQL" });
      return [];
    } catch (error) {
      return [`${call}: ${(error as Error).message}\n${sql}`];
    }
  });
  expect(failures).toEqual([]);
});

test("LIMIT becomes OFFSET … FETCH, LIKE escapes, ranking sits in a derived table, keys go in IN lists", () => {
  const sqlOf = (call: string) =>
    compiled
      .filter((c) => c.call === call)
      .map((c) => c.sql)
      .join("\n");
  expect(sqlOf("HisSource.searchPatients")).toMatch(
    /order by "PATIENT_ID" offset 0 rows fetch next @\d+ rows only/,
  );
  expect(sqlOf("HisSource.countPatients")).toMatch(/upper\("PAT_NAME"\) like @\d+ escape '!'/);
  expect(sqlOf("HisSource.countPatients")).toMatch(/"ICD_CODE" like @\d+ escape '!'/);
  expect(sqlOf("LisSource.labResults")).toMatch(
    /from \(select .* row_number\(\) over \(partition by .*\) as "RN" from .*\) as "ranked" where "ranked"."RN" <= @\d+/,
  );
  expect(sqlOf("HisSource.patients")).toMatch(/"PATIENT_ID" in \(@1, @2, @3\)/);
});

test("a limit without an ordering still compiles to valid T-SQL", () => {
  const { sql, parameters } = db.selectFrom("PAT_MASTER").selectAll().limit(5).offset(10).compile();
  expect(sql).toBe(
    'select * from "PAT_MASTER" order by (select null) offset @1 rows fetch next @2 rows only',
  );
  expect(parameters).toEqual([10, 5]);
});
