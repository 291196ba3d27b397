// autocannon ships no types of its own; this is the part the benchmark uses.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<{
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}>;

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

export interface LoadTarget {
  /** The whole address posted to: the server's /graphql or the floor's /<page>. */
  url: string;
  query: string;
  variables: Record<string, unknown>;
  token: string;
}

/** Requests per second and latency of one request under concurrent load (autocannon). */
export async function load(
  target: LoadTarget,
  seconds: number,
  connections = 10,
): Promise<LoadResult> {
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${target.token}` },
    body: JSON.stringify({ query: target.query, variables: target.variables }),
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
