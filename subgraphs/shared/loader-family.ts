/**
 * Per-request DataLoaders for fields that take arguments. Every distinct argument set gets its
 * own loader, so a list of patients asking `labResults(last: 1)` is still one store query,
 * and the arguments reach the store instead of filtering after the fact.
 */
import DataLoader from "dataloader";

/** Loads many keys at once for one argument set; must return exactly one value per key, in order. */
export type BatchLoad<Args, Key, Value> = (keys: readonly Key[], args: Args) => Promise<Value[]>;

export class LoaderFamily<Args, Key, Value> {
  private readonly loaders = new Map<string, DataLoader<Key, Value>>();

  constructor(private readonly batchLoad: BatchLoad<Args, Key, Value>) {}

  /** The loader for this argument set, created on first use within the request. */
  with(args: Args): DataLoader<Key, Value> {
    const signature = JSON.stringify(args ?? null);
    let loader = this.loaders.get(signature);
    if (!loader) {
      loader = new DataLoader<Key, Value>(
        async (keys) => checked(keys, await this.batchLoad(keys, args)),
        {
          maxBatchSize: 1000,
        },
      );
      this.loaders.set(signature, loader);
    }
    return loader;
  }
}

/** A loader for fields without arguments. */
export function batchLoader<Key, Value>(
  load: (keys: readonly Key[]) => Promise<Value[]>,
): DataLoader<Key, Value> {
  return new DataLoader<Key, Value>(async (keys) => checked(keys, await load(keys)), {
    maxBatchSize: 1000,
  });
}

function checked<Key, Value>(keys: readonly Key[], values: Value[]): Value[] {
  if (values.length !== keys.length) {
    throw new Error(`batch load returned ${values.length} values for ${keys.length} keys`);
  }
  return values;
}

/** Groups rows by key, returning one (possibly empty) list per requested key, in key order. */
export function groupByKey<Key, Row>(
  keys: readonly Key[],
  rows: readonly Row[],
  keyOf: (row: Row) => Key,
): Row[][] {
  const groups = new Map<Key, Row[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}
