/**
 * The generator's extension point for real stores: a system listed here can be loaded into the
 * store a URL names (`npm run generate -- --his postgres://…`) instead of its embedded file under
 * --out. The CLI offers one option per entry. The EMR (MongoDB) and PACS (DICOMweb) loaders
 * register here beside the SQL systems.
 */
import { loadEmrMongo } from "../subgraphs/emr/native-records";
import { isMongoUrl, mongoAddress } from "../subgraphs/emr/mongodb-document-store";
import { hisNativeTables } from "../subgraphs/his/native-records";
import { lisNativeTables } from "../subgraphs/lis/native-records";
import {
  checkDicomWebUrl,
  DICOMWEB_URL_HELP,
  uploadHospital,
} from "../subgraphs/pacs/dicomweb-upload";
import { risNativeTables } from "../subgraphs/ris/native-records";
import { parseSqlStoreUrl } from "../subgraphs/shared/sql-url";
import type { SourceSystem } from "../subgraphs/subgraph";
import { loadSqlStore } from "./sql-loaders/load-sql-store";
import type { SyntheticHospital } from "./synthetic-hospital";

export interface RealStoreWriter {
  /** What the CLI's help says the URL may be. */
  readonly urlHelp: string;
  /** Throws, with a message a user can act on, when the URL cannot name such a store. */
  check(url: string): void;
  /** Replaces the system's data in the store; resolves to the records written. */
  write(
    url: string,
    hospital: SyntheticHospital,
    progress: (line: string) => void,
  ): Promise<number>;
}

/** Where each system goes: a URL for a real store; systems left out go to --out. */
export type StoreTargets = Partial<Record<SourceSystem, string>>;

const SQL_URL_HELP =
  "postgres://, mysql://, mariadb:// or mssql:// URL (database created if missing, tables replaced)";

function sqlStoreWriter(
  system: SourceSystem,
  tables: (hospital: SyntheticHospital) => Parameters<typeof loadSqlStore>[2],
): RealStoreWriter {
  return {
    urlHelp: SQL_URL_HELP,
    check: (url) => void parseSqlStoreUrl(url),
    write: (url, hospital, progress) => loadSqlStore(system, url, tables(hospital), progress),
  };
}

export const REAL_STORE_WRITERS: Partial<Record<SourceSystem, RealStoreWriter>> = {
  his: sqlStoreWriter("his", hisNativeTables),
  lis: sqlStoreWriter("lis", lisNativeTables),
  ris: sqlStoreWriter("ris", risNativeTables),
  emr: {
    urlHelp: "mongodb:// URL (database from the path, else emr; collections replaced)",
    check: (url) => {
      if (!isMongoUrl(url))
        throw new Error(`${mongoAddress(url)}: expected mongodb:// or mongodb+srv://`);
    },
    write: async (url, hospital, progress) =>
      (await loadEmrMongo(hospital, url, progress)).documents,
  },
  pacs: {
    urlHelp: DICOMWEB_URL_HELP,
    check: checkDicomWebUrl,
    write: (url, hospital, progress) => uploadHospital(hospital, url, progress),
  },
};

export function realStoreWriter(system: SourceSystem): RealStoreWriter {
  const writer = REAL_STORE_WRITERS[system];
  if (!writer) throw new Error(`${system.toUpperCase()} cannot be loaded into a real store yet`);
  return writer;
}
