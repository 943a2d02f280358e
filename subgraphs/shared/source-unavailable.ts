/** The client-facing error for a system whose store or service cannot answer right now. */
import { GraphQLError } from "graphql";
import { CLIENT_ERROR_CODES } from "./errors";

/**
 * SOURCE_UNAVAILABLE for one system's fields: the message names the system, never the store's
 * address or the driver's words; `path` places it on the field that could not be answered.
 */
export function sourceUnavailable(
  system: string,
  path?: readonly (string | number)[],
): GraphQLError {
  return new GraphQLError(`${system.toUpperCase()} is unavailable: its fields are null`, {
    path,
    extensions: { code: CLIENT_ERROR_CODES.sourceUnavailable, system },
  });
}
