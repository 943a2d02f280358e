/**
 * The EMR's own MongoDB (or FerretDB) through the official driver: each `find` sends the filter,
 * sort and projection documents exactly as the source layer built them, so the server evaluates
 * what the embedded store evaluates with mingo. The writer beside it loads synthetic collections.
 */
import { MongoClient, type Collection, type Db, type Document } from "mongodb";
import type { DocumentIndex, DocumentStore, Filter, FindOptions } from "./document-store";

/** Long enough for a healthy server to answer, short enough that a dead one fails start-up fast. */
const SERVER_SELECTION_TIMEOUT_MS = 3000;
/** The vendor's database when the URL names none (`mongodb://host:27017/`). */
export const DEFAULT_EMR_DATABASE = "emr";

export class MongoDbDocumentStore implements DocumentStore {
  private constructor(
    private readonly client: MongoClient,
    private readonly db: Db,
  ) {}

  /** Connects and pings, so a server that is down or refuses us fails here, not on a patient's query. */
  static async open(url: string): Promise<MongoDbDocumentStore> {
    const client = new MongoClient(url, {
      appName: "medfuse-emr",
      ...(/[?&]serverSelectionTimeoutMS=/i.test(url)
        ? {}
        : { serverSelectionTimeoutMS: SERVER_SELECTION_TIMEOUT_MS }),
    });
    try {
      await client.connect();
      const db = client.db(mongoDatabaseName(url));
      await db.command({ ping: 1 });
      return new MongoDbDocumentStore(client, db);
    } catch (error) {
      await client.close();
      throw error;
    }
  }

  async find<T>(collection: string, filter: Filter, options: FindOptions = {}): Promise<T[]> {
    const documents = await this.db
      .collection(collection)
      .find({ ...filter } as Document, { sort: options.sort, projection: options.projection })
      .toArray();
    return documents as T[];
  }

  close(): Promise<void> {
    return this.client.close();
  }
}

/** The database a `mongodb://` URL names in its path, or the EMR's default. */
export function mongoDatabaseName(url: string): string {
  const path = /^mongodb(?:\+srv)?:\/\/[^/]*\/([^?]*)/i.exec(url)?.[1];
  return path ? decodeURIComponent(path) : DEFAULT_EMR_DATABASE;
}

/** Hosts and database only: credentials and options (which may hold secrets) never reach a log. */
export function mongoAddress(url: string): string {
  return url.replace(/\/\/[^@/]*@/, "//").replace(/\?.*$/, "");
}

export function isMongoUrl(url: string): boolean {
  return /^mongodb(?:\+srv)?:\/\//i.test(url);
}

/** Documents per insertMany: far under the 48 MB message limit even with the longest notes. */
const INSERT_BATCH = 1000;
const PROGRESS_EVERY = 50_000;

/**
 * Writes collections into the database the URL names (else `emr`), replacing them, then creates
 * their indexes: the MongoDB counterpart of `writeEmbeddedDocumentStore`, for the generator.
 * Returns the number of documents written; `progress` hears counts, never values.
 */
export async function writeMongoDocumentStore(
  url: string,
  collections: Readonly<Record<string, Iterable<object>>>,
  indexes: Readonly<Record<string, readonly DocumentIndex[]>>,
  progress: (collection: string, written: number) => void = () => {},
): Promise<number> {
  const client = await MongoClient.connect(url, {
    serverSelectionTimeoutMS: SERVER_SELECTION_TIMEOUT_MS,
  });
  try {
    const db = client.db(mongoDatabaseName(url));
    let total = 0;
    for (const [name, documents] of Object.entries(collections)) {
      const collection = db.collection(name);
      // The driver treats a collection that is not there as dropped.
      await collection.drop();
      total += await insertInBatches(collection, documents, (written) => progress(name, written));
      // After the data: one index build is cheaper than maintaining it through every insert.
      const wanted = indexes[name] ?? [];
      if (wanted.length > 0) await collection.createIndexes(wanted.map((index) => ({ ...index })));
    }
    return total;
  } finally {
    await client.close();
  }
}

/** Reports every PROGRESS_EVERY documents and once at the end. */
async function insertInBatches(
  collection: Collection,
  documents: Iterable<object>,
  progress: (written: number) => void,
): Promise<number> {
  let written = 0;
  let reported = 0;
  let batch: Document[] = [];
  const flush = async () => {
    await collection.insertMany(batch);
    written += batch.length;
    batch = [];
    if (written - reported >= PROGRESS_EVERY) progress((reported = written));
  };
  for (const document of documents) {
    batch.push(document);
    if (batch.length === INSERT_BATCH) await flush();
  }
  if (batch.length > 0) await flush();
  if (written !== reported || written === 0) progress(written);
  return written;
}
