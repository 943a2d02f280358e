/**
 * A selection of every field of a type that needs no argument, nested to a depth: queries that
 * compare whole answers keep covering fields added after they were written.
 */
import {
  getNamedType,
  isNonNullType,
  isObjectType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";

export function selectAllFields(type: GraphQLObjectType, depth = 4): string {
  return Object.values(type.getFields())
    .filter(
      (field) => !field.name.startsWith("_") && !field.args.some((a) => isNonNullType(a.type)),
    )
    .map((field) => {
      const named = getNamedType(field.type);
      if (!isObjectType(named)) return field.name;
      return depth > 0 ? `${field.name} { ${selectAllFields(named, depth - 1)} }` : "";
    })
    .filter(Boolean)
    .join(" ");
}

export function objectType(schema: GraphQLSchema, name: string): GraphQLObjectType {
  const type = schema.getType(name);
  if (!isObjectType(type)) throw new Error(`${name} is not an object type of this schema`);
  return type;
}
