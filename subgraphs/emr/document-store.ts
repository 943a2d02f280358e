/**
 * The store the EMR source layer speaks to: MongoDB `find` with a filter, sort and projection
 * document. The embedded store evaluates the same documents with mingo; a MongoDB driver store
 * slots in behind the same interface, so the source layer never knows which one it has.
 * Only operators both mingo and FerretDB 1.x support belong in these documents.
 */
import { redact } from "../shared/sql-store";
import type { SourceSystem, StoreQueryListener } from "../subgraph";
import { EmbeddedDocumentStore } from "./embedded-document-store";

/** A MongoDB query filter document. */
export type Filter = Readonly<Record<string, unknown>>;
/** A MongoDB sort document: field to 1 (ascending) or -1 (descending), in priority order. */
export type Sort = Readonly<Record<string, 1 | -1>>;
/** A MongoDB inclusion projection. */
export type Projection = Readonly<Record<string, 1>>;

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

/** `file:/path/store.ejson`, or a bare path, opens the embedded store; every find is reported. */
export async function openDocumentStore(
  system: SourceSystem,
  url: string,
  options: OpenDocumentStoreOptions,
): Promise<DocumentStore> {
  const path = url.startsWith("file:") ? url.slice("file:".length) : url;
  if (/^[a-z+]+:\/\//i.test(path)) {
    throw new Error(
      `${system.toUpperCase()} store ${redact(url)}: only embedded file stores are supported yet`,
    );
  }
  let store: DocumentStore;
  try {
    store = await EmbeddedDocumentStore.open(path, options.indexedField);
  } catch (cause) {
    throw new Error(
      `${system.toUpperCase()} store at ${path} cannot be opened: ${(cause as Error).message}`,
      { cause },
    );
  }
  return options.onStoreQuery ? reporting(store, system, options.onStoreQuery) : store;
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
