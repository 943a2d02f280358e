/**
 * The embedded stand-in for MongoDB: one EJSON file (dates survive the round trip), loaded once
 * at open. mingo evaluates the very filter, sort and projection documents MongoDB would get; an
 * index on one field narrows the candidates first, as MongoDB's index on it would.
 */
import { readFile } from "node:fs/promises";
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { EJSON } from "bson";
import { Query } from "mingo";
import type { DocumentStore, Filter, FindOptions } from "./document-store";

type StoredDocument = Record<string, unknown>;
type IndexKey = string | number;

export class EmbeddedDocumentStore implements DocumentStore {
  private constructor(private readonly collections: ReadonlyMap<string, IndexedCollection>) {}

  /** Reads the whole file; the store is read-only afterwards. */
  static async open(path: string, indexedField: string): Promise<EmbeddedDocumentStore> {
    const parsed = EJSON.parse(await readFile(path, "utf8"), { relaxed: true }) as Record<
      string,
      StoredDocument[]
    >;
    const collections = new Map<string, IndexedCollection>();
    for (const [name, documents] of Object.entries(parsed)) {
      collections.set(name, new IndexedCollection(documents, indexedField));
    }
    return new EmbeddedDocumentStore(collections);
  }

  async find<T>(collection: string, filter: Filter, options: FindOptions = {}): Promise<T[]> {
    const stored = this.collections.get(collection);
    // Like MongoDB, a collection that was never written is simply empty.
    if (!stored) return [];
    const cursor = new Query({ ...filter }).find<T>(
      stored.candidates(filter),
      options.projection && { ...options.projection },
    );
    return (options.sort ? cursor.sort({ ...options.sort }) : cursor).all();
  }

  async close(): Promise<void> {}
}

class IndexedCollection {
  private readonly byKey = new Map<IndexKey, StoredDocument[]>();
  /** Documents whose indexed field is missing or not a scalar: every query must still see them. */
  private readonly unindexed: StoredDocument[] = [];

  constructor(
    private readonly documents: readonly StoredDocument[],
    private readonly field: string,
  ) {
    for (const document of documents) {
      const key = document[field];
      if (!isIndexKey(key)) {
        this.unindexed.push(document);
        continue;
      }
      const bucket = this.byKey.get(key);
      if (bucket) bucket.push(document);
      else this.byKey.set(key, [document]);
    }
  }

  /** A superset of the matches: the index buckets when the filter pins the field, else everything. */
  candidates(filter: Filter): readonly StoredDocument[] {
    const keys = pinnedKeys(filter[this.field]);
    if (!keys) return this.documents;
    return [...new Set(keys)].flatMap((key) => this.byKey.get(key) ?? []).concat(this.unindexed);
  }
}

/** The exact values a condition on the indexed field allows, or null when it is not that simple. */
function pinnedKeys(condition: unknown): IndexKey[] | null {
  if (isIndexKey(condition)) return [condition];
  if (typeof condition !== "object" || condition === null || Object.keys(condition).length !== 1)
    return null;
  const { $in, $eq } = condition as { $in?: unknown; $eq?: unknown };
  if (isIndexKey($eq)) return [$eq];
  if (Array.isArray($in) && $in.every(isIndexKey)) return $in;
  return null;
}

function isIndexKey(value: unknown): value is IndexKey {
  return typeof value === "string" || typeof value === "number";
}

/**
 * Writes collections as one EJSON file the store opens, streaming so a large hospital never sits
 * in memory as one string. Returns the number of documents written.
 */
export async function writeEmbeddedDocumentStore(
  path: string,
  collections: Readonly<Record<string, Iterable<object>>>,
): Promise<number> {
  let count = 0;
  function* pieces(): Generator<string> {
    let separator = "{";
    for (const [name, documents] of Object.entries(collections)) {
      yield `${separator}\n${JSON.stringify(name)}: [`;
      let documentSeparator = "";
      for (const document of documents) {
        yield `${documentSeparator}\n${EJSON.stringify(document, { relaxed: true })}`;
        documentSeparator = ",";
        count += 1;
      }
      yield "\n]";
      separator = ",";
    }
    yield separator === "{" ? "{}\n" : "\n}\n";
  }
  await pipeline(Readable.from(batched(pieces())), createWriteStream(path, { encoding: "utf8" }));
  return count;
}

/** Joins small pieces into writes of about 64 KiB: one write per document would crawl. */
function* batched(pieces: Iterable<string>): Generator<string> {
  let buffer = "";
  for (const piece of pieces) {
    buffer += piece;
    if (buffer.length >= 65_536) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer) yield buffer;
}
