/**
 * Where the benchmark's hospital lives: this machine's real stores, in databases of its own
 * (`medfuse_<dataset>_<system>`) beside the tests' ones, and under a hospital code of its own in
 * the one Orthanc both share (PACS PatientIDs carry the code, so the two never mix).
 */
import { join } from "node:path";
import { PROJECT_ROOT } from "../gateway/project-paths";
import { parseSqlStoreUrl, withDatabase } from "../subgraphs/shared/sql-url";
import type { HospitalSite, SourceSystem } from "../subgraphs/subgraph";

export const BENCH_TIME_ZONE = "Europe/Berlin";

export type StoreUrls = Readonly<Record<SourceSystem, string>>;

type Env = Readonly<Record<string, string | undefined>>;

const POSTGRES = (env: Env) => env.POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const MARIADB = (env: Env) => env.MARIADB_URL ?? "mariadb://root@127.0.0.1:3306/mysql";

export function benchSite(code: string): HospitalSite {
  return { code, timeZone: BENCH_TIME_ZONE };
}

/**
 * Where EMR's documents live: `wire`, the MongoDB-wire server (FerretDB here), or `embedded`,
 * Medfuse's own embedded document store (a file the EMR subgraph indexes on patNo). FerretDB 1.x
 * reads every document of a collection for any filter but `_id` (3.4 s per flowsheet find at
 * 10,000 patients, BENCHMARKS.md), which hides every other cost; `embedded` shows them.
 */
export const EMR_STORES = ["wire", "embedded"] as const;
export type EmrStore = (typeof EMR_STORES)[number];

/**
 * HIS and LIS on PostgreSQL, RIS on MariaDB, EMR on the MongoDB-wire server (or embedded) and
 * PACS on Orthanc: the wire server and Orthanc as the service scripts export them
 * (scripts/services/*.sh env).
 */
export function benchStoreUrls(
  dataset: string,
  emrStore: EmrStore,
  env: Env = process.env,
): StoreUrls {
  const mongo = env.MEDFUSE_TEST_MONGODB_URL;
  const dicomWeb = env.MEDFUSE_TEST_DICOMWEB_URL;
  if (!mongo || !dicomWeb)
    throw new Error(
      "MEDFUSE_TEST_MONGODB_URL and MEDFUSE_TEST_DICOMWEB_URL are not set: `npm run bench` starts " +
        "FerretDB and Orthanc and sets them (scripts/services/*.sh start, then env)",
    );
  const database = (system: SourceSystem) => `medfuse_${dataset}_${system}`;
  const sql = (serverUrl: string, system: SourceSystem) => {
    const server = parseSqlStoreUrl(serverUrl);
    if (server.engine === "sqlite") throw new Error(`${system}: expected a database server URL`);
    return withDatabase(server, database(system)).url;
  };
  const emr = new URL(mongo);
  emr.pathname = `/${database("emr")}`;
  return {
    his: sql(POSTGRES(env), "his"),
    lis: sql(POSTGRES(env), "lis"),
    ris: sql(MARIADB(env), "ris"),
    emr:
      emrStore === "wire"
        ? emr.toString()
        : join(PROJECT_ROOT, ".bench-data", `${database("emr")}.ejson`),
    pacs: dicomWeb,
  };
}
