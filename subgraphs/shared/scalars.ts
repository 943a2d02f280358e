/** The scalars every subgraph shares: one definition, so composition sees one type each. */
import { GraphQLDateTime } from "graphql-scalars";

/** JavaScript `Date` fields and arguments are ISO-8601 `DateTime` with an offset. */
export const scalarsMap = [{ type: Date, scalar: GraphQLDateTime }];
export { GraphQLDateTime };
