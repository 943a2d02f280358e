/**
 * The client-facing error catalogue. Clients switch on `extensions.code`; anything else is an
 * internal error, logged with its cause and shown only as INTERNAL_SERVER_ERROR.
 */
import { GraphQLError } from "graphql";

export const CLIENT_ERROR_CODES = {
  badUserInput: "BAD_USER_INPUT",
  sourceUnavailable: "SOURCE_UNAVAILABLE",
} as const;

/** The request itself is wrong: a malformed id, an impossible range, a page too large. */
export function badUserInput(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: CLIENT_ERROR_CODES.badUserInput,
      ...(argumentName ? { argumentName } : {}),
    },
  });
}
