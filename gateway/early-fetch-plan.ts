/**
 * Which entity fetches of a query plan can be written before the plan reaches them. A patient
 * view plans as: fetch the patient from HIS, then ask LIS, EMR, PACS and RIS for that patient by
 * its key. The key is already in the client's `patient(id:)`, so those requests are known at the
 * start: the representation is `{ __typename: "Patient", id }` with the client's id.
 *
 * Only a prediction: the gateway uses an early answer only when the plan sends exactly the
 * predicted request (early-fetches.ts). A patient whose id HIS answers in another form, or who
 * does not exist, costs the early requests and nothing else.
 */
import type {
  FetchNode,
  PlanNode,
  QueryPlan,
  QueryPlanFieldNode,
  QueryPlanSelectionNode,
} from "@apollo/query-planner";
import { Kind, parse, type FieldNode, type ValueNode } from "graphql";

type Variables = Record<string, unknown>;

/** One subgraph request, as the gateway's executor writes it. */
export interface EntityRequest {
  readonly query: string;
  readonly operationName?: string;
  readonly variables: Variables;
}

/** An entity fetch the plan makes right after its root fetch, predictable from the variables. */
export interface EarlyFetch {
  readonly serviceName: string;
  readonly fetch: FetchNode;
  /** The request the plan will send, or undefined when the variables do not give the key. */
  request(variables: Variables): EntityRequest | undefined;
}

/** The early fetches of a plan: the first stage after a root fetch whose field names the key. */
export function earlyFetches(plan: QueryPlan): EarlyFetch[] {
  const root = plan.node;
  if (root?.kind !== "Sequence") return [];
  const [first, next] = root.nodes;
  if (first?.kind !== "Fetch" || first.requires || first.operationKind !== "query" || !next)
    return [];
  const rootFields = topLevelFields(first);
  const stage = next.kind === "Parallel" ? next.nodes : [next];
  return stage.flatMap((node) => {
    const early = node.kind === "Flatten" && node.path.length === 1 && fetchByKey(node.node);
    if (!early) return [];
    const key = rootFields
      .get(String(node.path[0]))
      ?.arguments?.find((argument) => argument.name.value === early.keyField);
    if (!key) return [];
    const { fetch, typename, keyField } = early;
    return [
      {
        serviceName: fetch.serviceName,
        fetch,
        request: (variables) => {
          const value = stringValue(key.value, variables);
          if (value === undefined) return undefined;
          return entityRequest(fetch, variables, [{ __typename: typename, [keyField]: value }]);
        },
      },
    ];
  });
}

/**
 * The request Apollo Gateway's executor sends for an entity fetch: the fetch's own variables
 * as the client gave them, then the representations.
 */
function entityRequest(
  fetch: FetchNode,
  variables: Variables,
  representations: readonly Record<string, unknown>[],
): EntityRequest {
  const used: Variables = {};
  for (const name of fetch.variableUsages ?? []) {
    if (Object.hasOwn(variables, name) && variables[name] !== undefined)
      used[name] = variables[name];
  }
  return {
    query: fetch.operation,
    operationName: fetch.operationName,
    variables: { ...used, representations },
  };
}

/** A fetch that needs nothing of its entity but `__typename` and one key field. */
function fetchByKey(
  node: PlanNode,
): { fetch: FetchNode; typename: string; keyField: string } | false {
  if (node.kind !== "Fetch" || node.inputRewrites?.length || node.contextRewrites?.length)
    return false;
  const [fragment, ...others] = node.requires ?? [];
  if (fragment?.kind !== "InlineFragment" || !fragment.typeCondition || others.length) return false;
  const [typename, key, ...more] = fragment.selections;
  if (
    !isPlainField(typename) ||
    typename.name !== "__typename" ||
    !isPlainField(key) ||
    more.length
  )
    return false;
  return { fetch: node, typename: fragment.typeCondition, keyField: key.name };
}

function isPlainField(
  selection: QueryPlanSelectionNode | undefined,
): selection is QueryPlanFieldNode {
  return selection?.kind === "Field" && !selection.alias && !selection.selections;
}

/** The root fetch's fields by response name. */
function topLevelFields(fetch: FetchNode): Map<string, FieldNode> {
  const document = fetch.operationDocumentNode ?? parse(fetch.operation);
  const fields = new Map<string, FieldNode>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const selection of definition.selectionSet.selections) {
      if (selection.kind === Kind.FIELD)
        fields.set(selection.alias?.value ?? selection.name.value, selection);
    }
  }
  return fields;
}

/** A key given as a string, inline or as a variable; ids are strings in every response. */
function stringValue(value: ValueNode, variables: Variables): string | undefined {
  if (value.kind === Kind.STRING) return value.value;
  if (value.kind !== Kind.VARIABLE) return undefined;
  const given = variables[value.name.value];
  return typeof given === "string" ? given : undefined;
}
