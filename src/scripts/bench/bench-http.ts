/** Small HTTP helpers for the benchmark: GraphQL calls and timing. */

export interface GraphQLReply {
  data?: Record<string, unknown>;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function gql(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLReply> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const reply = (await res.json()) as GraphQLReply;
  if (reply.errors?.length) {
    throw new Error(`GraphQL error: ${reply.errors.map((e) => e.message).join('; ')}`);
  }
  return reply;
}

export async function login(baseUrl: string, email: string, password: string) {
  const reply = await gql(
    baseUrl,
    'mutation($input: LoginInput!) { login(input: $input) { token } }',
    { input: { email, password } },
  );
  return (reply.data!.login as { token: string }).token;
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Median wall time of `runs` sequential calls, after `warmup` untimed ones. */
export async function medianMs(work: () => Promise<unknown>, runs = 25, warmup = 3) {
  for (let i = 0; i < warmup; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await work();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return Math.round(median(times) * 100) / 100;
}
