/**
 * Serves a subgraph inside the gateway's process (the embedded default). Each fetch gets a fresh
 * subgraph context, exactly as one HTTP request to a distributed subgraph would, so per-request
 * DataLoaders batch the same way in both modes; its errors pass the same policy a subgraph
 * service applies, so a lost store reads the same to clients in both modes.
 */
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { execute, parse, validate, type DocumentNode, type ExecutionResult } from "graphql";
import type { Subgraph } from "../subgraphs/subgraph";
import type { ErrorMapper } from "./source-failure-policy";

/**
 * Parsed operations kept per subgraph. Each distinct client operation plans to its own fetch
 * texts, and in the distributed gateway clients are not ours to count, so the oldest go first.
 */
const MAX_DOCUMENTS = 1000;

export class InProcessDataSource implements GraphQLDataSource {
  /** The gateway sends the same few operation texts again and again: parse each once. */
  private readonly documents = new Map<string, DocumentNode>();

  constructor(
    private readonly subgraph: Subgraph,
    private readonly mapError: ErrorMapper = (error) => error,
  ) {}

  async process({ request }: GraphQLDataSourceProcessOptions) {
    const text = request.query ?? "";
    let document = this.documents.get(text);
    if (!document) {
      document = parse(text);
      const errors = validate(this.subgraph.schema, document);
      if (errors.length) return { errors };
      if (this.documents.size >= MAX_DOCUMENTS)
        this.documents.delete(this.documents.keys().next().value!);
      this.documents.set(text, document);
    }
    const result = (await execute({
      schema: this.subgraph.schema,
      document,
      variableValues: request.variables,
      operationName: request.operationName,
      contextValue: this.subgraph.createContext(),
    })) as ExecutionResult<Record<string, unknown>>;
    return result.errors ? { ...result, errors: result.errors.map(this.mapError) } : result;
  }
}
