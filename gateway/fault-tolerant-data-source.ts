/**
 * Wraps the data source of one subgraph so that a subgraph that cannot be reached (refused,
 * reset, timed out, an error status from a proxy) answers SOURCE_UNAVAILABLE on that system's
 * fields alone. The gateway then nulls those fields and keeps every other system's data; the
 * client never sees the subgraph's URL or the transport's message, which go to the log.
 */
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { sourceUnavailable } from "../subgraphs/shared/source-unavailable";
import type { Logger } from "./logger";
import { unansweredFields } from "./unanswered-fields";

export class FaultTolerantDataSource implements GraphQLDataSource {
  constructor(
    private readonly system: string,
    private readonly inner: GraphQLDataSource,
    private readonly logger: Logger,
  ) {}

  async process(options: GraphQLDataSourceProcessOptions) {
    try {
      return await this.inner.process(options);
    } catch (error) {
      // Message and code only: an error status carries the subgraph's response body.
      const { message, code } = error as { message?: string; code?: string };
      this.logger.error(
        { system: this.system, reason: message, code },
        "subgraph unreachable: answered as SOURCE_UNAVAILABLE",
      );
      const { request } = options;
      const document = ("document" in options ? options.document : undefined) ?? request.query;
      const paths = document ? unansweredFields(document, request.variables) : [];
      const errors = paths.map((path) => sourceUnavailable(this.system, path));
      return { errors: errors.length ? errors : [sourceUnavailable(this.system)] };
    }
  }
}
