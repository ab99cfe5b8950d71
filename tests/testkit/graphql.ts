/** A GraphQL client over real HTTP, keeping the session cookie like a browser would. */
// biome-ignore lint/suspicious/noExplicitAny: test responses are checked by assertions, not by types.
export type Json = any;

export type GqlResponse = { status: number; body: Json; requestId: string | null };

export class GraphqlFailure extends Error {}

export class GqlClient {
  cookie: string | null = null;
  readonly token: string | null;

  constructor(
    readonly url: string,
    options: { token?: string } = {},
  ) {
    this.token = options.token ?? null;
  }

  async execute(query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse> {
    const headers: Record<string, string> = { "content-type": "application/json", "x-policy-pilot-csrf": "1" };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    const res = await fetch(`${this.url}/graphql`, {
      method: "POST",
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.getSetCookie();
    for (const cookie of setCookie) {
      const [pair] = cookie.split(";");
      if (pair?.startsWith("pp_session=")) this.cookie = pair.endsWith("=") ? null : pair;
    }
    const text = await res.text();
    let body: Json;
    try {
      body = JSON.parse(text);
    } catch {
      body = { raw: text };
    }
    return { status: res.status, body, requestId: res.headers.get("x-request-id") };
  }

  /** Executes and returns `data`, failing with the query, variables, response and request id on any error. */
  async ok(query: string, variables: Record<string, unknown> = {}): Promise<Json> {
    const res = await this.execute(query, variables);
    if (res.status !== 200 || res.body.errors || !res.body.data) {
      throw new GraphqlFailure(
        `GraphQL request failed (HTTP ${res.status}, request ${res.requestId})\nquery: ${query}\nvariables: ${JSON.stringify(
          variables,
        )}\nresponse: ${JSON.stringify(res.body, null, 2)}`,
      );
    }
    return res.body.data;
  }

  /** Runs a mutation returning a result union and returns `data` of its Success member, or throws with the error. */
  async mutate(field: string, query: string, variables: Record<string, unknown> = {}): Promise<Json> {
    const data = await this.ok(query, variables);
    const result = data[field];
    if (!result?.__typename?.endsWith("Success")) {
      throw new GraphqlFailure(
        `${field} returned ${result?.__typename}: ${result?.message}\n${JSON.stringify(result)}`,
      );
    }
    return result.data;
  }

  async login(email: string, password: string): Promise<void> {
    const data = await this.ok(
      `mutation($input: LoginInput!) { login(input: $input) { __typename ... on Error { message } } }`,
      { input: { email, password } },
    );
    if (data.login.__typename !== "MutationLoginSuccess")
      throw new GraphqlFailure(`login failed: ${data.login.message}`);
  }
}
