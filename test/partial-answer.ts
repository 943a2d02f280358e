/**
 * What GraphQL must answer when some fields fail: the healthy answer with those fields null, and
 * each null rising through non-null fields and list items to the nearest nullable position (the
 * whole `data` when there is none). Fault tests compare the gateway's answer with it.
 */
import {
  getNullableType,
  isListType,
  isNonNullType,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type GraphQLOutputType,
  type GraphQLSchema,
} from "graphql";

type Path = readonly (string | number)[];
type Data = Record<string, unknown> | null;

export function partialAnswer(
  schema: GraphQLSchema,
  query: string,
  healthy: Data,
  failedPaths: readonly Path[],
): Data {
  const types = fieldTypes(schema, query);
  let data = structuredClone(healthy);
  for (let path of failedPaths) {
    if (!data || isUnder(data, path)) continue;
    for (;;) {
      if (path.length === 0) {
        data = null;
        break;
      }
      setAt(data, path, null);
      if (!isNonNullType(typeAt(types, path))) break;
      path = path.slice(0, -1);
    }
  }
  return data;
}

/** Each field's type, by its response path without list indices (`patients.nodes.labResults`). */
function fieldTypes(schema: GraphQLSchema, query: string): Map<string, GraphQLOutputType> {
  const types = new Map<string, GraphQLOutputType>();
  const keys: string[] = [];
  const info = new TypeInfo(schema);
  visit(
    parse(query),
    visitWithTypeInfo(info, {
      Field: {
        enter(node) {
          keys.push(node.alias?.value ?? node.name.value);
          types.set(keys.join("."), info.getType()!);
        },
        leave() {
          keys.pop();
        },
      },
    }),
  );
  return types;
}

/** The type at a response position: a field's type, unwrapped once per list index after it. */
function typeAt(types: Map<string, GraphQLOutputType>, path: Path): GraphQLOutputType {
  const fields = path.filter((p): p is string => typeof p === "string");
  let type = types.get(fields.join("."));
  if (!type) throw new Error(`the query selects nothing at ${path.join(".")}`);
  for (let i = path.length - 1; typeof path[i] === "number"; i--) {
    const list = getNullableType(type);
    if (!isListType(list)) throw new Error(`${path.join(".")} indexes a non-list`);
    type = list.ofType as GraphQLOutputType;
  }
  return type;
}

/** Whether the position, or one above it, is already null (a failure higher up nulled it). */
function isUnder(data: unknown, path: Path): boolean {
  let node = data as Record<string | number, unknown> | null;
  for (const key of path) {
    if (node === null || node === undefined) return true;
    node = node[key] as Record<string | number, unknown> | null;
  }
  return false;
}

function setAt(data: unknown, path: Path, value: null): void {
  let node = data as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
}
