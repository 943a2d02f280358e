/**
 * Serves a subgraph inside the gateway's process (the embedded default). Each fetch gets a fresh
 * subgraph context, exactly as one HTTP request to a distributed subgraph would, so per-request
 * DataLoaders batch the same way in both modes; its errors pass the same policy a subgraph
 * service applies, so a lost store reads the same to clients in both modes.
 */
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { execute, parse, validate, type DocumentNode, type ExecutionResult } from "graphql";
import { compileQuery, isCompiledQuery } from "graphql-jit";
import { isSourceSystem, type Subgraph } from "../subgraphs/subgraph";
import type { ErrorMapper } from "./source-failure-policy";

/**
 * Prepared operations kept per subgraph. Each distinct client operation plans to its own fetch
 * texts, and in the distributed gateway clients are not ours to count, so the oldest go first.
 */
const MAX_OPERATIONS = 1000;

type Result = ExecutionResult<Record<string, unknown>>;
type Operation = (variables: Record<string, unknown>) => Promise<Result> | Result;

export class InProcessDataSource implements GraphQLDataSource {
  /** The gateway sends the same few operation texts again and again: prepare each once. */
  private readonly operations = new Map<string, Operation>();

  constructor(
    private readonly subgraph: Subgraph,
    private readonly mapError: ErrorMapper = (error) => error,
  ) {}

  async process({ request }: GraphQLDataSourceProcessOptions) {
    const key = `${request.operationName ?? ""}\n${request.query ?? ""}`;
    let operation = this.operations.get(key);
    if (!operation) {
      const document = parse(request.query ?? "");
      const errors = validate(this.subgraph.schema, document);
      if (errors.length) return { errors };
      const prepared = this.prepare(document, request.operationName);
      if (typeof prepared !== "function") return prepared;
      if (this.operations.size >= MAX_OPERATIONS)
        this.operations.delete(this.operations.keys().next().value!);
      this.operations.set(key, (operation = prepared));
    }
    const result = await operation(request.variables ?? {});
    return result.errors ? { ...result, errors: result.errors.map(this.mapError) } : result;
  }

  /**
   * Fusion, which reads no store, runs compiled by graphql-jit: one function for the whole
   * selection, where graphql-js walks the schema for every field of every object, and a ward
   * list's fused answer has tens of thousands (BENCHMARKS.md, "What was tried"). The source
   * systems keep graphql-js, as their services do: when a non-null field fails, graphql-js stops
   * at it and graphql-jit also reports its failing siblings, and a lost store must read the same
   * embedded and distributed (test/source-faults.e2e.test.ts).
   */
  private prepare(document: DocumentNode, operationName?: string): Operation | Result {
    const { schema } = this.subgraph;
    const context = () => this.subgraph.createContext();
    if (isSourceSystem(this.subgraph.name)) {
      return (variableValues) =>
        execute({ schema, document, variableValues, operationName, contextValue: context() }) as
          Promise<Result> | Result;
    }
    const compiled = compileQuery(schema, document, operationName);
    if (!isCompiledQuery(compiled)) return compiled as Result;
    return (variables) =>
      compiled.query(undefined, context(), variables) as Promise<Result> | Result;
  }
}
