/** Posts a GraphQL operation to a Medfuse endpoint, as a client would, and reads the answer. */
export async function postGraphql(
  baseUrl: string,
  query: string,
  variables?: Readonly<Record<string, unknown>>,
): Promise<{ status: number; body: any }> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: await response.json() };
}
