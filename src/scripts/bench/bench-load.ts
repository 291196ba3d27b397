// autocannon ships no types of its own; this is the part the benchmark uses.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<{
  requests: { average: number };
  non2xx: number;
  errors: number;
}>;

export interface LoadResult {
  requestsPerSecond: number;
  non2xx: number;
  errors: number;
}

/** Requests per second of one GraphQL request under concurrent load (autocannon). */
export async function load(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown>,
  token: string,
  seconds: number,
  connections = 10,
): Promise<LoadResult> {
  const result = await autocannon({
    url: `${baseUrl}/graphql`,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
