/**
 * What a client may see of an error. Codes from the closed catalogue pass through; anything
 * else is logged with its cause and answered as INTERNAL_SERVER_ERROR, so no SQL, host, stack
 * or subgraph URL ever reaches a response.
 */
import type { GraphQLFormattedError } from "graphql";
import { CLIENT_ERROR_CODES } from "../subgraphs/shared/errors";
import type { Logger } from "./logger";

const CLIENT_CODES = new Set<string>([
  ...Object.values(CLIENT_ERROR_CODES),
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

export function clientFacingError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? "");
    if (CLIENT_CODES.has(code)) {
      // The gateway names the subgraph (serviceName); a subgraph service names itself (system).
      const { code: _, argumentName, serviceName, system } = formatted.extensions ?? {};
      const sourceSystem = serviceName ?? system;
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: {
          code,
          ...(argumentName ? { argumentName } : {}),
          ...(sourceSystem ? { system: sourceSystem } : {}),
        },
      };
    }
    logger.error(
      { err: error, path: formatted.path, code },
      "internal error answered as INTERNAL_SERVER_ERROR",
    );
    return {
      message: "Internal server error",
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}
