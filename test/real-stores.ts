/**
 * The shared test hospital in the stores a hospital really runs (DESIGN.md): HIS and LIS on
 * PostgreSQL, RIS on MariaDB, EMR on the MongoDB wire protocol (FerretDB), PACS on Orthanc's
 * DICOMweb. The global set-up loads them; the multi-process suite serves the graph from them.
 */
import { parseSqlStoreUrl, withDatabase } from "../subgraphs/shared/sql-url";
import type { SourceSystem } from "../subgraphs/subgraph";
import { MARIADB_URL, POSTGRES_URL } from "./sql-engines";

const sqlDatabase = (serverUrl: string, system: SourceSystem) => {
  const server = parseSqlStoreUrl(serverUrl);
  if (server.engine === "sqlite") throw new Error(`${serverUrl}: expected a database server URL`);
  return withDatabase(server, `medfuse_e2e_${system}`).url;
};

/** Each system's real store, or null with the reason when the test command's services are absent. */
export function realTestStores(): { stores: Record<SourceSystem, string> } | { missing: string } {
  const mongo = process.env.MEDFUSE_TEST_MONGODB_URL;
  const dicomWeb = process.env.MEDFUSE_TEST_DICOMWEB_URL;
  if (!mongo || !dicomWeb) {
    return {
      missing:
        "MEDFUSE_TEST_MONGODB_URL and MEDFUSE_TEST_DICOMWEB_URL are not set: `npm test` starts FerretDB and Orthanc " +
        "and sets them (scripts/services/*.sh start, then env)",
    };
  }
  const emr = new URL(mongo);
  emr.pathname = "/medfuse_e2e_emr";
  return {
    stores: {
      his: sqlDatabase(POSTGRES_URL, "his"),
      lis: sqlDatabase(POSTGRES_URL, "lis"),
      ris: sqlDatabase(MARIADB_URL, "ris"),
      emr: emr.toString(),
      pacs: dicomWeb,
    },
  };
}
