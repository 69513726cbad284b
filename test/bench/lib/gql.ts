// A minimal GraphQL-over-HTTP client for the benchmark drivers (not the load generator).

export interface GqlResult<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export async function gql<T>(baseUrl: string, token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(60_000),
  });
  const body = (await response.json()) as GqlResult<T>;
  if (!response.ok || body.errors?.length || !body.data) {
    throw new Error(`GraphQL ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  }
  return body.data;
}

export const CREATE_STATUS = /* GraphQL */ `
  mutation BenchPost($text: String!) {
    createStatus(text: $text) {
      __typename
      ... on MutationCreateStatusSuccess { data { id snowflake createdAt } }
      ... on Error { message }
    }
  }`;

export interface CreatedStatus {
  id: string;
  snowflake: string;
  createdAt: string;
}

/** Posts a status as `token`; throws on any error result. */
export async function postStatus(baseUrl: string, token: string, text: string): Promise<CreatedStatus> {
  const data = await gql<{ createStatus: { __typename: string; data?: CreatedStatus; message?: string } }>(
    baseUrl,
    token,
    CREATE_STATUS,
    { text },
  );
  if (!data.createStatus.data) throw new Error(`createStatus: ${data.createStatus.__typename} ${data.createStatus.message ?? ""}`);
  return data.createStatus.data;
}
