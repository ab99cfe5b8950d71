import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GqlClient } from "../testkit/graphql.js";
import { OPS } from "../testkit/operations.js";
import { emailOf, startTestServer, TEST_PASSWORD, type TestServer } from "../testkit/server.js";

type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** A request with full control of the headers (fetch may not set Host). */
function raw(
  url: string,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string },
) {
  const target = new URL(options.path ?? "/graphql", url);
  return new Promise<Raw>((resolve, reject) => {
    const req = request(target, { method: options.method ?? "GET", headers: options.headers ?? {} }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

const LOGIN = JSON.stringify({
  query: `mutation($i: LoginInput!) { login(input: $i) { __typename } }`,
  variables: { i: { email: emailOf("OPS"), password: TEST_PASSWORD } },
});
const json = { "content-type": "application/json", "x-policy-pilot-csrf": "1" };

describe("HTTP hardening (issue 12)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer("pglite");
  });
  afterAll(async () => server?.close());

  it("sends a strict CSP without unsafe-inline, no framing, no Referer and nosniff on the console and the API", async () => {
    for (const path of ["/", "/pilots/pil_x", "/graphql?query=%7B__typename%7D"]) {
      const res = await raw(server.url, { path, headers: { accept: "application/json", "x-policy-pilot-csrf": "1" } });
      const csp = String(res.headers["content-security-policy"]);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("unsafe-inline");
      expect(res.headers["referrer-policy"]).toBe("no-referrer");
      expect(res.headers["x-frame-options"]).toBe("DENY");
      expect(res.headers["x-content-type-options"]).toBe("nosniff");
      // Plain HTTP: no HSTS (browsers ignore it there, and it would pin localhost to HTTPS).
      expect(res.headers["strict-transport-security"]).toBeUndefined();
    }
  });

  it("marks the session cookie Secure everywhere but plain-HTTP localhost", async () => {
    const cookieFor = async (host: string) => {
      const res = await raw(server.url, { method: "POST", headers: { ...json, host }, body: LOGIN });
      expect(res.status).toBe(200);
      return (res.headers["set-cookie"] as string[]).find((c) => c.startsWith("pp_session="))!;
    };
    expect(await cookieFor("pilot.example.com")).toMatch(/;\s*secure/i);
    expect(await cookieFor("localhost:4000")).not.toMatch(/;\s*secure/i);
    expect(await cookieFor("127.0.0.1")).not.toMatch(/;\s*secure/i);
  });

  it("refuses a cookie-authenticated request without the CSRF header, and changes nothing", async () => {
    const ops = await server.as("OPS");
    const before = await server.db.prisma.policy.count();
    const body = JSON.stringify({
      query: OPS.createPolicy,
      variables: { input: { key: "csrf-probe", name: "CSRF probe", versionTitle: "v1" } },
    });
    const res = await raw(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: ops.cookie! },
      body,
    });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body).errors[0]).toMatchObject({
      extensions: { code: "CSRF_HEADER_REQUIRED" },
      message: expect.stringMatching(/must send the x-policy-pilot-csrf header/),
    });
    expect(await server.db.prisma.policy.count()).toBe(before);
    // With the header the same request works; a bearer token needs no header.
    const ok = await raw(server.url, { method: "POST", headers: { ...json, cookie: ops.cookie! }, body });
    expect(JSON.parse(ok.body).data.createPolicy.__typename).toBe("MutationCreatePolicySuccess");
    const integration = await server.integration();
    const bearer = await raw(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${integration.token}` },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(bearer.status).toBe(200);
  });

  it("answers 415 to a POST that is not JSON, 400 to GET variables that are not JSON, 413 over 1 MiB", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", undefined]) {
      const res = await raw(server.url, {
        method: "POST",
        headers: type ? { "content-type": type } : {},
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(res.status).toBe(415);
      expect(JSON.parse(res.body).errors[0].message).toMatch(/Content-Type: application\/json/);
    }
    const get = await raw(server.url, {
      path: `/graphql?query=${encodeURIComponent("{ __typename }")}&variables=not-json`,
      headers: { accept: "application/json", "x-policy-pilot-csrf": "1" },
    });
    expect(get.status).toBe(400);
    expect(JSON.parse(get.body).errors[0].message).toMatch(/variables parameter must be a JSON object/);

    const integration = await server.integration();
    const huge = await integration.execute(`mutation($i: PolicyForInput!) { policyFor(input: $i) { __typename } }`, {
      i: { policy: "none", customerId: "c1", attributes: { blob: "x".repeat(10 * 1024 * 1024) } },
    });
    expect(huge.status).toBe(413);
    expect(await server.db.prisma.participant.count()).toBe(0);
  });

  it("refuses NUL bytes, lone surrogates and 5 000-deep JSON with a 400 that names the place", async () => {
    const integration = await server.integration();
    const policyFor = `mutation($i: PolicyForInput!) { policyFor(input: $i) { __typename } }`;
    const cases: [unknown, RegExp][] = [
      [{ policy: "p", customerId: "c\u0000d" }, /Variable \$\.i\.customerId contains a NUL character/],
      [{ policy: "p", customerId: "c\ud800" }, /Variable \$\.i\.customerId contains a lone surrogate/],
      [{ policy: "p", customerId: "x".repeat(70_000) }, /text values may be at most 65536 characters/],
    ];
    for (const [input, message] of cases) {
      const res = await integration.execute(policyFor, { i: input });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].message).toMatch(message);
      expect(res.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    }
    // 5 000 levels: written by hand, since JSON.stringify itself overflows the stack on it.
    const deep = `${'{"d":'.repeat(5000)}"leaf"${"}".repeat(5000)}`;
    const res = await raw(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${integration.token}` },
      body: `{"query":${JSON.stringify(policyFor)},"variables":{"i":{"policy":"p","customerId":"c","attributes":${deep}}}}`,
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).errors[0].message).toMatch(
      /Variable \$\.i\.attributes(\.d)+ is nested more than 32 levels deep/,
    );
    const inline = await integration.execute(`{ policy(id: "a\u0000b") { id } }`);
    expect(inline.status).toBe(400);
    expect(inline.body.errors[0].message).toMatch(/document contains a NUL character/);
    expect(await server.db.prisma.participant.count()).toBe(0);
  });

  it("still lets the console's own client through (the CSRF header on every request)", async () => {
    const client = new GqlClient(server.url);
    await client.login(emailOf("VIEWER"), TEST_PASSWORD);
    expect((await client.ok(`{ viewer { role } }`)).viewer.role).toBe("VIEWER");
  });
});

describe("production GraphQL and its logs (issue 12)", () => {
  let server: TestServer;
  const lines: { level: string; message: string; fields?: Record<string, unknown> }[] = [];
  const record = (level: string) => (message: string, fields?: Record<string, unknown>) =>
    lines.push({ level, message, ...(fields ? { fields } : {}) });
  beforeAll(async () => {
    const logger = { debug: record("debug"), info: record("info"), warn: record("warn"), error: record("error") };
    server = await startTestServer("pglite", { nodeEnv: "production", logger });
  });
  afterAll(async () => server?.close());

  it("turns off introspection and GraphiQL in production; __typename still works", async () => {
    const viewer = await server.as("VIEWER");
    const introspection = await viewer.execute(`{ __schema { types { name } } }`);
    expect(introspection.body.errors[0].message).toMatch(/introspection/i);
    const type = await viewer.execute(`{ __type(name: "Pilot") { name } }`);
    expect(type.body.errors[0].message).toMatch(/introspection/i);
    expect((await viewer.ok(`{ __typename }`)).__typename).toBe("Query");
    const page = await raw(server.url, { headers: { accept: "text/html" } });
    expect(page.body).not.toMatch(/graphiql/i);
  });

  it("logs a client's mistake at warn without a stack, and an unexpected error at error with the request id", async () => {
    const viewer = await server.as("VIEWER");
    lines.length = 0;
    const mistake = await viewer.execute(`{ pilots(first: 1) { edges { node { nope } } } }`);
    expect(mistake.body.errors[0].message).toMatch(/Cannot query field "nope"/);
    const warned = lines.find((l) => l.level === "warn");
    expect(warned?.message).toBe("GraphQL document refused");
    expect(warned?.fields?.requestId).toBe(mistake.requestId);
    expect(JSON.stringify(lines)).not.toMatch(/"stack"/);

    lines.length = 0;
    await server.db.sql.exec(`ALTER TABLE policies RENAME TO policies_away`);
    try {
      const broken = await viewer.execute(`{ policies(first: 1) { totalCount } }`);
      expect(broken.body.errors[0].message).toBe("Unexpected error.");
      const logged = lines.filter((l) => l.level === "error");
      expect(logged).toHaveLength(1);
      expect(logged[0]!.fields).toMatchObject({ requestId: broken.requestId, path: "policies.totalCount" });
      expect(String(logged[0]!.fields?.stack)).toMatch(/at /);
    } finally {
      await server.db.sql.exec(`ALTER TABLE policies_away RENAME TO policies`);
    }
  });
});
