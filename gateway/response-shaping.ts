/**
 * The last step of every gateway answer: Apollo Gateway's executor merges what the subgraphs sent
 * and then shapes it into the client's answer, field by field in the client's selection (its
 * `computeResponse`). In a ward list that walk was a quarter of the gateway's CPU (BENCHMARKS.md):
 * it asks the selection's objects for their directives, names and types again for every value of
 * every patient, and builds null-prototype objects, which V8 keeps as slow dictionaries that
 * the answer's serialisation walks again.
 *
 * This shaper reads the selection once per operation into plain steps and then copies values
 * into ordinary objects. It covers answers that shape cleanly. Anything else (a null where the
 * schema forbids one, a value its type refuses, a malformed subgraph answer) is left to Apollo's
 * own `computeResponse`, which then runs from the start, so such answers keep exactly Apollo's
 * data and errors. `test/response-shaping.e2e.test.ts` holds the two to the same answers.
 */
import {
  isCompositeType,
  isCustomScalarType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isSubtype,
  isValidLeafValue,
  typenameFieldName,
  Variable,
  type CompositeType,
  type Directive,
  type EnumType,
  type FieldSelection,
  type NamedType,
  type ScalarType,
  type Schema,
  type SelectionSet,
  type Type,
} from "@apollo/federation-internals";
// Not re-exported by the package's index; the package has no exports map.
import * as apolloShaping from "@apollo/gateway/dist/resultShaping";

type ComputeResponse = typeof apolloShaping.computeResponse;
type Shaped = ReturnType<ComputeResponse>;
type Json = Record<string, unknown>;

/** Apollo's own shaper, which answers whatever this one leaves. */
export const apolloComputeResponse: ComputeResponse = apolloShaping.computeResponse;

/** Makes every Apollo Gateway in this process shape its answers here. */
export function installResponseShaping(): void {
  Object.assign(apolloShaping, { computeResponse: shapeResponse });
}

/** Thrown inside the walk when an answer does not shape cleanly: Apollo's shaper takes over. */
const LEAVE_TO_APOLLO = Symbol("leave to Apollo's shaper");

export const shapeResponse: ComputeResponse = (args) => {
  const { operation, input } = args;
  if (!input) return apolloComputeResponse(args);
  const schema = operation.schema();
  const walk = new Walk(
    schema,
    { ...operation.collectDefaultedVariableValues(), ...args.variables },
    args.introspectionHandling,
  );
  const data: Json = {};
  try {
    walk.apply(
      input,
      operation.selectionSet,
      data,
      schema.schemaDefinition.rootType(operation.rootKind)!,
    );
  } catch (thrown) {
    if (thrown === LEAVE_TO_APOLLO) return apolloComputeResponse(args);
    throw thrown;
  }
  return { data, errors: [] } satisfies Shaped;
};

type Step =
  | {
      readonly kind: "field";
      readonly name: string;
      readonly shape: Shape;
      readonly selections?: SelectionSet;
    }
  | { readonly kind: "typename"; readonly name: string }
  | { readonly kind: "introspection"; readonly name: string; readonly selection: FieldSelection }
  | {
      readonly kind: "fragment";
      readonly typeCondition?: CompositeType;
      readonly selections: SelectionSet;
    };

/** A field's type, read once: nullability, then a list's element, an object type, or a leaf's check. */
interface Shape {
  readonly nonNull: boolean;
  readonly list?: Shape;
  readonly composite?: CompositeType;
  readonly validLeaf?: (value: unknown) => boolean;
}

/** Types belong to the schema, which outlives operations: their shapes are kept per type. */
const shapes = new WeakMap<Type, Shape>();
const conditionResults = new WeakMap<CompositeType, Map<string, boolean>>();

class Walk {
  private readonly steps = new Map<SelectionSet, Step[]>();

  constructor(
    private readonly schema: Schema,
    private readonly variables: Json,
    private readonly introspection: (selection: FieldSelection) => unknown,
  ) {}

  apply(input: Json, selections: SelectionSet, output: Json, parentType: CompositeType): void {
    for (const step of this.stepsOf(selections)) {
      const { kind } = step;
      if (kind === "field") {
        const { name } = step;
        set(
          output,
          name,
          this.complete(get(output, name), step.shape, get(input, name) ?? null, step.selections),
        );
      } else if (kind === "fragment") {
        const typename = input[typenameFieldName];
        if (typename && typeof typename !== "string") throw LEAVE_TO_APOLLO;
        if (this.applies(step.typeCondition, typename, parentType))
          this.apply(input, step.selections, output, step.typeCondition ?? parentType);
      } else if (get(output, step.name) === undefined) {
        if (kind === "introspection") set(output, step.name, this.introspection(step.selection));
        else set(output, step.name, this.typename(input, step.name, parentType));
      }
    }
  }

  private complete(
    output: unknown,
    shape: Shape,
    input: unknown,
    selections?: SelectionSet,
  ): unknown {
    if (output === null || (output !== undefined && !selections)) return output;
    if (input === null) {
      if (shape.nonNull) throw LEAVE_TO_APOLLO;
      return null;
    }
    if (shape.list) {
      if (!Array.isArray(input)) throw LEAVE_TO_APOLLO;
      const merged = output as unknown[] | undefined;
      if (merged !== undefined && (!Array.isArray(merged) || merged.length !== input.length))
        throw LEAVE_TO_APOLLO;
      const list = new Array<unknown>(input.length);
      for (let i = 0; i < input.length; i++)
        list[i] = this.complete(merged?.[i], shape.list, input[i], selections);
      return list;
    }
    if (shape.composite) {
      if (typeof input !== "object" || !selections) throw LEAVE_TO_APOLLO;
      if (output !== undefined && typeof output !== "object") throw LEAVE_TO_APOLLO;
      const typename = (input as Json)[typenameFieldName];
      if (typename !== undefined && typeof typename !== "string") throw LEAVE_TO_APOLLO;
      const type = typename ? this.type(typename) : undefined;
      if (typename && (!type || !isCompositeType(type))) throw LEAVE_TO_APOLLO;
      const object = (output as Json | undefined) ?? {};
      this.apply(
        input as Json,
        selections,
        object,
        (type as CompositeType | undefined) ?? shape.composite,
      );
      return object;
    }
    if (!shape.validLeaf!(input)) throw LEAVE_TO_APOLLO;
    return input;
  }

  /** `__typename`, or an alias of it: the object's own type name, which must be an object type. */
  private typename(input: Json, name: string, parentType: CompositeType): string {
    let value = get(input, name) ?? null;
    if (value === null && name !== typenameFieldName) value = input[typenameFieldName] ?? null;
    const type = typeof value === "string" ? (this.type(value) ?? parentType) : parentType;
    if (!isObjectType(type)) throw LEAVE_TO_APOLLO;
    return type.name;
  }

  private applies(
    condition: CompositeType | undefined,
    typename: unknown,
    parentType: CompositeType,
  ): boolean {
    if (!condition) return true;
    let results = conditionResults.get(condition);
    if (!results) conditionResults.set(condition, (results = new Map()));
    // Keyed by name: a type of a reloaded supergraph is another object, of another schema.
    const key = typename ? `${typename as string}` : `\0${parentType.name}`;
    let applies = results.get(key);
    if (applies === undefined) {
      const type = typename ? this.type(typename as string) : parentType;
      applies = !!type && isSubtype(condition, type as CompositeType);
      results.set(key, applies);
    }
    return applies;
  }

  private type(name: string): NamedType | undefined {
    return this.schema.type(name);
  }

  /** A selection set as steps, once per operation: skipped selections gone, types read. */
  private stepsOf(selections: SelectionSet): Step[] {
    let steps = this.steps.get(selections);
    if (steps) return steps;
    steps = [];
    for (const selection of selections.selections()) {
      if (this.skipped(selection.element.appliedDirectives)) continue;
      if (selection.kind === "FragmentSelection") {
        steps.push({
          kind: "fragment",
          typeCondition: selection.element.typeCondition,
          selections: selection.selectionSet,
        });
        continue;
      }
      const field = selection.element;
      const name = field.responseName();
      if (field.definition.isSchemaIntrospectionField())
        steps.push({ kind: "introspection", name, selection });
      else if (field.name === typenameFieldName) steps.push({ kind: "typename", name });
      else
        steps.push({
          kind: "field",
          name,
          shape: this.shape(field.definition.type!),
          selections: selection.selectionSet,
        });
    }
    this.steps.set(selections, steps);
    return steps;
  }

  private skipped(directives: readonly Pick<Directive, "name" | "arguments">[]): boolean {
    for (const directive of directives) {
      const skip = directive.name === "skip";
      if (!skip && directive.name !== "include") continue;
      const argument: unknown = directive.arguments().if;
      const value = argument instanceof Variable ? this.variables[argument.name] : argument;
      if (typeof value !== "boolean") throw LEAVE_TO_APOLLO;
      if (value === skip) return true;
    }
    return false;
  }

  private shape(type: Type): Shape {
    let shape = shapes.get(type);
    if (shape) return shape;
    if (isNonNullType(type)) shape = { ...this.shape(type.ofType), nonNull: true };
    else if (isListType(type)) shape = { nonNull: false, list: this.shape(type.ofType) };
    else if (isCompositeType(type)) shape = { nonNull: false, composite: type };
    else
      shape = { nonNull: false, validLeaf: leafCheck(this.schema, type as ScalarType | EnumType) };
    shapes.set(type, shape);
    return shape;
  }
}

/**
 * Apollo's leaf check (`isValidLeafValue`), with the common answers decided without it: any
 * custom scalar, a string for String and ID, a known name for an enum, a boolean for Boolean,
 * a finite number for Float, a safe integer for Int.
 */
function leafCheck(schema: Schema, type: ScalarType | EnumType): (value: unknown) => boolean {
  if (isCustomScalarType(type)) return () => true;
  const apollo = (value: unknown) => isValidLeafValue(schema, value, type);
  if (isEnumType(type)) {
    const names = new Set(type.values.map((value) => value.name));
    return (value) => (typeof value === "string" ? names.has(value) : apollo(value));
  }
  if (type === schema.stringType() || type === schema.idType())
    return (value) => typeof value === "string" || apollo(value);
  if (type === schema.booleanType()) return (value) => typeof value === "boolean" || apollo(value);
  if (type === schema.floatType())
    return (value) => (typeof value === "number" && Number.isFinite(value)) || apollo(value);
  // A safe integer prints as plain digits, which is what Apollo's check for Int asks.
  if (type === schema.intType()) return (value) => Number.isSafeInteger(value) || apollo(value);
  return apollo;
}

/** Own properties only, as Apollo reads them: a response name may be `constructor`. */
function get(object: Json, name: string): unknown {
  return Object.hasOwn(object, name) ? object[name] : undefined;
}

function set(object: Json, name: string, value: unknown): void {
  if (name === "__proto__")
    Object.defineProperty(object, name, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  else object[name] = value;
}
