/**
 * Plans known operations while the gateway starts, so that the first client to send one finds
 * its plan ready: a new operation text costs Apollo Server's parse and validation and Apollo
 * Gateway's planner, each cached by the text (W4 cold against W4 warm in BENCHMARKS.md). Each
 * known operation goes through Apollo Server as a client's would and stops right after planning:
 * no subgraph is asked anything. Known operations are GraphiQL's examples and, where the
 * operator names one, an Apollo persisted-query manifest of the apps' operations.
 */
import type { Experimental_DidResolveQueryPlanCallback } from "@apollo/gateway";
import type { ApolloServer, BaseContext } from "@apollo/server";
import { readFile } from "node:fs/promises";
import {
  GraphQLError,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";

/** Marks a warm-up's context: its operation is planned and not executed. */
const WARM_UP = Symbol("plan warm-up");

/** The code a warm-up's planned stop is answered with; only warm-ups ever see it. */
const PLANNED_ONLY_CODE = "PLANNED_ONLY";

/** Thrown between planning and executing a warm-up's operation. */
class PlannedOnly extends GraphQLError {
  constructor() {
    super("planned for the warm-up, not executed", { extensions: { code: PLANNED_ONLY_CODE } });
  }
}

export interface KnownOperation {
  /** The operation's text exactly as clients send it: the caches are keyed by it. */
  readonly body: string;
  readonly name?: string;
}

/** Apollo Gateway's hook between planning and executing: ends a warm-up's request there. */
export function stopWarmUps(
  next?: Experimental_DidResolveQueryPlanCallback,
): Experimental_DidResolveQueryPlanCallback {
  return (options) => {
    if ((options.requestContext.context as Record<symbol, unknown>)[WARM_UP]) {
      throw new PlannedOnly();
    }
    next?.(options);
  };
}

/** Whether an error answered to a request is a warm-up's planned stop (not to be logged). */
export function isPlannedOnly(error: unknown): boolean {
  const original = (error as { originalError?: unknown } | null)?.originalError;
  return error instanceof PlannedOnly || original instanceof PlannedOnly;
}

/**
 * Plans every operation; one that does not parse or validate against the graph is named in
 * `refused` and left for its client to learn about. The gateway checks variables before it
 * plans, so required ones get placeholder values of their types.
 */
export async function warmPlans(
  server: ApolloServer<BaseContext>,
  schema: GraphQLSchema,
  operations: readonly KnownOperation[],
): Promise<{ planned: number; refused: string[] }> {
  let planned = 0;
  const refused: string[] = [];
  for (const { body, name } of operations) {
    const definitions = operationDefinitions(body);
    const definition = definitions.find((d) => d.name?.value === name) ?? definitions[0];
    if (!definition) {
      refused.push(name ?? body.slice(0, 60));
      continue;
    }
    // A client may send the name or not; the plan cache keys the two apart.
    const names = definitions.length === 1 ? [name, undefined] : [name];
    let ok = true;
    for (const operationName of new Set(names)) {
      const response = await server.executeOperation(
        { query: body, operationName, variables: placeholders(schema, definition) },
        { contextValue: { [WARM_UP]: true } },
      );
      const errors = response.body.kind === "single" ? response.body.singleResult.errors : [];
      ok &&= (errors ?? []).every((e) => e.extensions?.code === PLANNED_ONLY_CODE);
    }
    if (ok) planned++;
    else refused.push(name ?? body.slice(0, 60));
  }
  return { planned, refused };
}

function operationDefinitions(body: string): OperationDefinitionNode[] {
  try {
    return parse(body).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  } catch {
    return [];
  }
}

/** A value for every required variable, of its type; the rest are left out. */
function placeholders(
  schema: GraphQLSchema,
  definition: OperationDefinitionNode,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const variable of definition.variableDefinitions ?? []) {
    const type = typeFromAST(schema, variable.type) as GraphQLInputType | undefined;
    if (type && isNonNullType(type) && !variable.defaultValue) {
      values[variable.variable.name.value] = placeholder(type.ofType);
    }
  }
  return values;
}

function placeholder(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return placeholder(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0]?.name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter(
      (f) => isNonNullType(f.type) && f.defaultValue === undefined,
    );
    return Object.fromEntries(fields.map((f) => [f.name, placeholder(f.type)]));
  }
  // Custom scalars take any value in the gateway's schema, built from the supergraph's SDL.
  return ({ Int: 0, Float: 0, Boolean: false } as Record<string, unknown>)[type.name] ?? "0";
}

/**
 * The operations of an Apollo persisted-query manifest (`{ format:
 * "apollo-persisted-query-manifest", version: 1, operations: [{ id, name, type, body }] }`);
 * subscriptions and mutations are left out.
 */
export async function readOperationManifest(path: string): Promise<KnownOperation[]> {
  const manifest = JSON.parse(await readFile(path, "utf8")) as {
    format?: unknown;
    operations?: { name?: unknown; type?: unknown; body?: unknown }[];
  };
  if (
    manifest.format !== "apollo-persisted-query-manifest" ||
    !Array.isArray(manifest.operations)
  ) {
    throw new Error(`${path} is not an Apollo persisted-query manifest`);
  }
  return manifest.operations
    .filter((op) => typeof op.body === "string" && (op.type ?? "query") === "query")
    .map((op) => ({
      body: op.body as string,
      name: typeof op.name === "string" ? op.name : undefined,
    }));
}
