/**
 * The store the EMR source layer speaks to: MongoDB `find` with a filter, sort and projection
 * document. The embedded store evaluates the same documents with mingo; the MongoDB driver store
 * sends them to the server, so the source layer never knows which one it has.
 * Only operators both mingo and FerretDB 1.x support belong in these documents.
 */
import { redact } from "../shared/sql-store";
import type { SourceSystem, StoreQueryListener } from "../subgraph";
import { EmbeddedDocumentStore } from "./embedded-document-store";
import { isMongoUrl, mongoAddress, MongoDbDocumentStore } from "./mongodb-document-store";

/** A MongoDB query filter document. */
export type Filter = Readonly<Record<string, unknown>>;
/** A MongoDB sort document: field to 1 (ascending) or -1 (descending), in priority order. */
export type Sort = Readonly<Record<string, 1 | -1>>;
/** A MongoDB inclusion projection. */
export type Projection = Readonly<Record<string, 1>>;

/** A MongoDB index: its name and its key, a sort document. */
export interface DocumentIndex {
  readonly name: string;
  readonly key: Sort;
}

export interface FindOptions {
  readonly sort?: Sort;
  readonly projection?: Projection;
}

export interface DocumentStore {
  /** One query: the matching documents of a collection, in sort order. */
  find<T>(collection: string, filter: Filter, options?: FindOptions): Promise<T[]>;
  close(): Promise<void>;
}

export interface OpenDocumentStoreOptions {
  /** Field the embedded store indexes, so a filter on it does not scan the collection. */
  readonly indexedField: string;
  readonly onStoreQuery?: StoreQueryListener;
}

/**
 * `mongodb://` or `mongodb+srv://` opens the driver store on that server (its database from the
 * URL path, else `emr`); `file:/path/store.ejson`, or a bare path, the embedded store. Every find
 * is reported.
 */
export async function openDocumentStore(
  system: SourceSystem,
  url: string,
  options: OpenDocumentStoreOptions,
): Promise<DocumentStore> {
  const store = isMongoUrl(url)
    ? await openOrExplain(system, mongoAddress(url), () => MongoDbDocumentStore.open(url))
    : await openEmbedded(system, url, options.indexedField);
  return options.onStoreQuery ? reporting(store, system, options.onStoreQuery) : store;
}

function openEmbedded(
  system: SourceSystem,
  url: string,
  indexedField: string,
): Promise<DocumentStore> {
  const path = url.startsWith("file:") ? url.slice("file:".length) : url;
  if (/^[a-z+]+:\/\//i.test(path)) {
    throw new Error(
      `${system.toUpperCase()} store ${redact(url)}: use mongodb://, mongodb+srv://, file: or a path`,
    );
  }
  return openOrExplain(system, `at ${path}`, () => EmbeddedDocumentStore.open(path, indexedField));
}

/** Start-up errors name the system and where its store is, so an operator knows what to fix. */
async function openOrExplain(
  system: SourceSystem,
  where: string,
  open: () => Promise<DocumentStore>,
): Promise<DocumentStore> {
  try {
    return await open();
  } catch (cause) {
    const message = `${system.toUpperCase()} store ${where} cannot be opened`;
    throw new Error(`${message}: ${(cause as Error).message}`, { cause });
  }
}

/** Reports the query's shape (collection and filtered fields), never its values. */
function reporting(
  store: DocumentStore,
  system: SourceSystem,
  listener: StoreQueryListener,
): DocumentStore {
  return {
    find(collection, filter, options) {
      listener(system, `find ${collection} {${Object.keys(filter).join(", ")}}`);
      return store.find(collection, filter, options);
    },
    close: () => store.close(),
  };
}
