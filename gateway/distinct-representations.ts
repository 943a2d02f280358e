/**
 * Sends each entity representation of a fetch to its subgraph once. Apollo Gateway builds one
 * representation for every place a fetch reaches an entity, so a patient reached at several
 * places of one fetch (the patient of each of his imaging studies, say) went to the subgraph
 * as many times, and to fusion with his whole histories as many times. The subgraph's `_entities`
 * answer is handed back at every place again, and an error at `_entities.i` at every place that
 * `i` stands for.
 */
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { GraphQLError } from "graphql";
import { sameJson } from "./same-json";

type Response = Awaited<ReturnType<GraphQLDataSource["process"]>>;

/** Strings longer than this stay out of the bucket key: a history scalar can be megabytes. */
const KEY_STRING_LIMIT = 100;

export class DistinctRepresentationsDataSource implements GraphQLDataSource {
  constructor(private readonly inner: GraphQLDataSource) {}

  async process(options: GraphQLDataSourceProcessOptions): Promise<Response> {
    const variables = options.request.variables;
    const representations: unknown = variables?.representations;
    if (!Array.isArray(representations) || representations.length < 2) {
      return this.inner.process(options);
    }
    const { distinct, placeOf } = distinctValues(representations);
    if (distinct.length === representations.length) return this.inner.process(options);
    const request = { ...options.request, variables: { ...variables, representations: distinct } };
    return spread(await this.inner.process({ ...options, request }), placeOf);
  }
}

/**
 * The distinct values in order of first sight, and for every value the index of its distinct
 * one. Values are bucketed by their short scalar fields (`__typename` and the key, for an
 * entity) and compared whole only within a bucket, so a page without repeats costs one short
 * key per representation.
 */
function distinctValues(values: readonly unknown[]): { distinct: unknown[]; placeOf: number[] } {
  const distinct: unknown[] = [];
  const buckets = new Map<string, number[]>();
  const placeOf = values.map((value) => {
    const key = bucketKey(value);
    const bucket = buckets.get(key) ?? [];
    const seen = bucket.find((index) => sameJson(distinct[index], value));
    if (seen !== undefined) return seen;
    bucket.push(distinct.push(value) - 1);
    buckets.set(key, bucket);
    return distinct.length - 1;
  });
  return { distinct, placeOf };
}

function bucketKey(value: unknown): string {
  if (typeof value !== "object" || value === null) return String(value);
  let key = "";
  for (const [name, field] of Object.entries(value)) {
    const short =
      typeof field === "number" ||
      typeof field === "boolean" ||
      (typeof field === "string" && field.length <= KEY_STRING_LIMIT);
    if (short) key += `${name}\u0000${String(field)}\u0001`;
  }
  return key;
}

/** The answer for the distinct representations, at every place each one stood. */
function spread(response: Response, placeOf: readonly number[]): Response {
  const entities = response.data?._entities;
  const handedOut = new Set<number>();
  // Apollo merges each answer into the entity at its place: a repeat gets a copy of its own.
  const at = (index: number): unknown => {
    if (handedOut.has(index)) return structuredClone(entities[index]);
    handedOut.add(index);
    return entities[index];
  };
  const data = Array.isArray(entities)
    ? { ...response.data, _entities: placeOf.map(at) }
    : response.data;
  const errors = response.errors?.flatMap((error) => {
    const [root, index, ...rest] = error.path ?? [];
    if (root !== "_entities" || typeof index !== "number") return [error];
    return placeOf.flatMap((distinct, place) =>
      distinct === index ? [withPath(error, ["_entities", place, ...rest])] : [],
    );
  });
  return { ...response, data, ...(errors ? { errors } : {}) };
}

type SubgraphError = NonNullable<Response["errors"]>[number];

/** In-process subgraphs answer GraphQLErrors, whose message a spread would lose. */
function withPath(error: SubgraphError, path: ReadonlyArray<string | number>): SubgraphError {
  if (!(error instanceof GraphQLError)) return { ...error, path };
  const { nodes, source, positions, originalError, extensions } = error;
  return new GraphQLError(error.message, {
    nodes,
    source,
    positions,
    path,
    originalError,
    extensions,
  });
}
