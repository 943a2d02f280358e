/**
 * What a client must get when one system is lost: SOURCE_UNAVAILABLE naming that system on each
 * field it could not answer, nothing of the cause, and every other system's data as GraphQL's
 * null rules allow (partial-answer.ts). Shared by the embedded and distributed fault suites.
 */
import { buildClientSchema, getIntrospectionQuery, type GraphQLSchema } from "graphql";
import type { CrossSystemQuery } from "./cross-system-queries";
import { partialAnswer } from "./partial-answer";
import { postGraphql } from "./post-graphql";

/** The client-facing schema, as a client learns it: by introspection. */
export async function introspectedSchema(baseUrl: string): Promise<GraphQLSchema> {
  const { body } = await postGraphql(baseUrl, getIntrospectionQuery());
  return buildClientSchema(body.data);
}

/** Words that would betray the cause: drivers, hosts, ports, files, SQL, subgraph URLs. */
const INTERNALS = /ECONN|10\.1\.2\.3|127\.0\.0\.1|localhost|:\d{4}|sqlite|select |\/graphql|stack/i;

export function expectOnlyLost(
  system: string,
  schema: GraphQLSchema,
  q: CrossSystemQuery,
  healthy: { data: Record<string, unknown> | null },
  answer: { data?: Record<string, unknown> | null; errors?: any[] },
): void {
  const errors = answer.errors ?? [];
  for (const error of errors) {
    expect(error.extensions).toEqual({ code: "SOURCE_UNAVAILABLE", system });
    expect(error.message).toBe(`${system.toUpperCase()} is unavailable: its fields are null`);
    expect(error.path).toEqual(expect.any(Array));
  }
  expect(JSON.stringify(errors)).not.toMatch(INTERNALS);
  const failed = errors.map((e) => e.path);
  expect(answer.data ?? null).toEqual(partialAnswer(schema, q.query, healthy.data, failed));
}
