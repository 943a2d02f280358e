/**
 * The document stores the EMR's integration suites run over, one suite for all: the embedded
 * EJSON file (the reference) and a MongoDB wire-protocol server named by MEDFUSE_TEST_MONGODB_URL
 * (FerretDB 1.x from `scripts/services/ferretdb.sh`, or a real MongoDB). Each suite writes its
 * own database, dropped afterwards.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MongoClient } from "mongodb";
import type { DocumentIndex } from "./document-store";
import { writeEmbeddedDocumentStore } from "./embedded-document-store";
import { writeMongoDocumentStore } from "./mongodb-document-store";

export interface TestDocumentStore {
  /** The store's URL (a file path for the embedded store): what `openEmrSubgraph` is given. */
  readonly url: string;
  readonly documents: number;
  dispose(): Promise<void>;
}

export interface TestDocumentStoreKind {
  readonly name: "embedded" | "mongodb";
  /** A fresh store holding the collections, under a name unique to this suite and process. */
  create(
    suite: string,
    collections: Readonly<Record<string, Iterable<object>>>,
    indexes: Readonly<Record<string, readonly DocumentIndex[]>>,
  ): Promise<TestDocumentStore>;
}

const embedded: TestDocumentStoreKind = {
  name: "embedded",
  async create(suite, collections) {
    const dir = mkdtempSync(join(tmpdir(), `medfuse-${suite}-`));
    const url = join(dir, "emr.ejson");
    const documents = await writeEmbeddedDocumentStore(url, collections);
    return { url, documents, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
  },
};

const mongodb: TestDocumentStoreKind = {
  name: "mongodb",
  async create(suite, collections, indexes) {
    const server = process.env.MEDFUSE_TEST_MONGODB_URL;
    if (!server) {
      throw new Error(
        "MEDFUSE_TEST_MONGODB_URL is not set: start FerretDB with `scripts/services/ferretdb.sh start` " +
          'and `eval "$(scripts/services/ferretdb.sh env)"` (npm test does both), or name a MongoDB',
      );
    }
    const url = withDatabase(server, `medfuse_test_${suite}_${process.pid}`);
    const documents = await writeMongoDocumentStore(url, collections, indexes);
    return { url, documents, dispose: () => dropDatabase(url) };
  },
};

export const TEST_DOCUMENT_STORES: readonly TestDocumentStoreKind[] = [embedded, mongodb];

/** The server URL with its path replaced by the database, its options kept. */
function withDatabase(server: string, database: string): string {
  const [, hosts, options = ""] = /^([^/]*\/\/[^/?]*)[^?]*(\?.*)?$/.exec(server) ?? [];
  if (!hosts) throw new Error("MEDFUSE_TEST_MONGODB_URL is not a mongodb:// URL");
  return `${hosts}/${database}${options}`;
}

async function dropDatabase(url: string): Promise<void> {
  const client = await MongoClient.connect(url);
  try {
    await client.db().dropDatabase();
  } finally {
    await client.close();
  }
}
