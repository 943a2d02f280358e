/**
 * Turns a type-graphql schema into an Apollo Federation 2 subgraph schema: type-graphql writes
 * the directives into SDL, `@apollo/subgraph` adds `_entities` and `_service`.
 */
import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { GraphQLSchema, parse } from "graphql";
import {
  buildSchema,
  createResolversMap,
  getMetadataStorage,
  type NonEmptyArray,
} from "type-graphql";
import { scalarsMap } from "./scalars";

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7",
  import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])`;

/** Reference resolvers per entity type: how this subgraph turns a representation into an object. */
export type ReferenceResolvers = Record<
  string,
  { __resolveReference: (ref: never, ctx: never) => unknown }
>;

export async function buildFederatedSchema(
  resolvers: NonEmptyArray<Function>,
  referenceResolvers: ReferenceResolvers,
  orphanedTypes: Function[] = [],
): Promise<GraphQLSchema> {
  // No field uses type-graphql middleware or auth, so a plain field is read as a property, as
  // graphql-js and graphql-jit read it by default. type-graphql's own per-field wrapper kept
  // graphql-jit (in-process fusion) off its inlined reads and cost graphql-js an allocation per
  // value (BENCHMARKS.md, "What was tried"). Fields with resolver methods keep them.
  for (const type of getMetadataStorage().objectTypes) type.simpleResolvers ??= true;
  const schema = await buildSchema({
    resolvers,
    orphanedTypes,
    scalarsMap,
    validate: false,
    // Entity-only subgraphs have no Query of their own until @apollo/subgraph adds one.
    skipCheck: true,
  });
  const resolverMap = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolverMap[typeName] = { ...(resolverMap[typeName] as object), ...reference } as never;
  }
  return buildSubgraphSchema({
    typeDefs: parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`),
    resolvers: resolverMap,
  });
}
