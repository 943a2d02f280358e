/**
 * Turns a subgraph's store failures into SOURCE_UNAVAILABLE on the fields they hit, in both modes:
 * the in-process data source applies it to execution results, a subgraph service to its response.
 * The cause is logged once (a failed batch rejects every key with the same error) and never sent.
 */
import type { GraphQLError } from "graphql";
import { isStoreFailure } from "../subgraphs/shared/store-failure";
import { sourceUnavailable } from "../subgraphs/shared/source-unavailable";
import type { Logger } from "./logger";

export type ErrorMapper = (error: GraphQLError) => GraphQLError;

export function sourceFailurePolicy(system: string, logger: Logger): ErrorMapper {
  const logged = new WeakSet<object>();
  return (error) => {
    const cause = error.originalError;
    if (!cause || !isStoreFailure(cause)) return error;
    if (!logged.has(cause)) {
      logged.add(cause);
      logger.error({ err: cause, system }, "store unavailable: answered as SOURCE_UNAVAILABLE");
    }
    return sourceUnavailable(system, error.path);
  };
}
