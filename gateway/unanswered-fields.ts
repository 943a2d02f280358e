/**
 * The paths a subgraph fetch would have answered, in the subgraph's own terms (`["patient"]`,
 * `["_entities", 3, "labResults"]`), so that an unreachable subgraph's errors sit on exactly the
 * fields it owns, as a store failure inside a running subgraph's errors do; the gateway turns
 * `_entities` paths into the client's paths.
 */
import { Kind, parse, type DocumentNode, type FieldNode, type SelectionSetNode } from "graphql";

type Representation = { readonly __typename?: string };

export function unansweredFields(
  query: string | DocumentNode,
  variables: Readonly<Record<string, unknown>> = {},
): (string | number)[][] {
  const document = typeof query === "string" ? parse(query) : query;
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) return [];
  const roots = fieldsOf(operation.selectionSet);
  const entities = roots.find((f) => f.name.value === "_entities");
  if (!entities?.selectionSet) return roots.map((f) => [responseKey(f)]);
  const representations = (variables.representations ?? []) as readonly Representation[];
  return representations.flatMap((representation, index) =>
    fieldsOf(entities.selectionSet!, representation.__typename).map((f) => [
      responseKey(entities),
      index,
      responseKey(f),
    ]),
  );
}

/** The fields selected, through inline fragments on `typeName` (or on any type without one). */
function fieldsOf(selectionSet: SelectionSetNode, typeName?: string): FieldNode[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD)
      return selection.name.value === "__typename" ? [] : [selection];
    if (selection.kind !== Kind.INLINE_FRAGMENT) return [];
    const on = selection.typeCondition?.name.value;
    return !on || !typeName || on === typeName ? fieldsOf(selection.selectionSet, typeName) : [];
  });
}

const responseKey = (field: FieldNode) => field.alias?.value ?? field.name.value;
