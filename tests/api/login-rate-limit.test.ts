import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseFromPostgres } from "../../api/src/db/create-db.js";
import { systemClock } from "../../api/src/lib/clock.js";
import { createAuthService, DEFAULT_LOGIN_LIMITS } from "../../api/src/modules/auth/auth.service.js";
import { InvalidCredentialsError, RateLimitedError } from "../../api/src/schema/errors.js";
import { backends } from "../testkit/db.js";
import { emailOf, startTestServer, TEST_PASSWORD, type TestServer } from "../testkit/server.js";

const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { __typename ... on Error { code message } ... on RateLimitedError { retryAfterSeconds } } }`;

async function login(server: TestServer, email: string, password: string, address = "198.51.100.7") {
  const res = await fetch(`${server.url}/graphql`, {
    method: "POST",
    // The test server trusts no proxy, so the client address is the socket's; the header shows it is ignored.
    headers: { "content-type": "application/json", "x-policy-pilot-csrf": "1", "x-forwarded-for": address },
    body: JSON.stringify({ query: LOGIN, variables: { i: { email, password } } }),
  });
  const body = (await res.json()) as { data: { login: Record<string, unknown> } };
  return { retryAfter: res.headers.get("retry-after"), result: body.data.login };
}

describe.each(backends())("sign-in rate limits (%s)", (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend);
  });
  afterAll(async () => server?.close());

  it("refuses an account after 10 failures, even with the right password, with Retry-After; audits each failure", async () => {
    const email = emailOf("MANAGER");
    const limit = DEFAULT_LOGIN_LIMITS.perAccount.failures;
    for (let i = 0; i < limit; i++) {
      const { result } = await login(server, email, `wrong-${i}`);
      expect(result.__typename).toBe("InvalidCredentialsError");
    }
    const refused = await login(server, email.toUpperCase(), TEST_PASSWORD);
    expect(refused.result.__typename).toBe("RateLimitedError");
    expect(refused.result.code).toBe("RATE_LIMITED");
    expect(refused.result.message).toMatch(
      /Too many failed sign-in attempts for this account\. Try again in \d+ minutes/,
    );
    const seconds = refused.result.retryAfterSeconds as number;
    expect(seconds).toBeGreaterThan(60);
    expect(seconds).toBeLessThanOrEqual(DEFAULT_LOGIN_LIMITS.perAccount.windowSeconds);
    expect(refused.retryAfter).toBe(String(seconds));

    const failures = await server.db.prisma.auditEvent.findMany({ where: { type: "user.sign_in_failed" } });
    expect(failures).toHaveLength(limit);
    expect(failures.every((f) => (f.data as { email: string }).email === email)).toBe(true);
    // Refused attempts are not hashed or audited; another account from the same address still signs in.
    const other = await login(server, emailOf("VIEWER"), TEST_PASSWORD);
    expect(other.result.__typename).toBe("MutationLoginSuccess");
  });

  it("refuses an address after 30 failures across accounts, including unknown emails", async () => {
    const before = await server.db.prisma.auditEvent.count({ where: { type: "user.sign_in_failed" } });
    const remaining = DEFAULT_LOGIN_LIMITS.perAddress.failures - before;
    for (let i = 0; i < remaining; i++) {
      const { result } = await login(server, `nobody-${i}@example.com`, "guess");
      expect(result.__typename).toBe("InvalidCredentialsError");
    }
    const refused = await login(server, emailOf("OPS"), TEST_PASSWORD);
    expect(refused.result.__typename).toBe("RateLimitedError");
    expect(refused.result.message).toMatch(/from your address/);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    const unknown = await server.db.prisma.auditEvent.findFirst({
      where: { type: "user.sign_in_failed", subjectId: "unknown" },
    });
    expect(unknown?.data).toMatchObject({ email: "nobody-0@example.com" });
  });

  if (backend === "postgres") {
    it("shares the counters between instances: two auth services on one database refuse after 10 failures in all", async () => {
      const url = server.db.url!;
      const a = databaseFromPostgres(url);
      const b = databaseFromPostgres(url);
      try {
        const deps = { clock: systemClock, sessionTtlHours: 12 };
        const one = createAuthService({ db: a.prisma, sql: a.sql, ...deps });
        const two = createAuthService({ db: b.prisma, sql: b.sql, ...deps });
        const email = emailOf("AGENT");
        const outcomes = await Promise.allSettled(
          Array.from({ length: 10 }, (_, i) =>
            (i % 2 ? one : two).login({ email, password: "wrong" }, `req-${i}`, `203.0.113.${i}`),
          ),
        );
        expect(outcomes.every((o) => o.status === "rejected" && o.reason instanceof InvalidCredentialsError)).toBe(
          true,
        );
        await expect(one.login({ email, password: TEST_PASSWORD }, "req-x", "203.0.113.99")).rejects.toBeInstanceOf(
          RateLimitedError,
        );
        await expect(two.login({ email, password: TEST_PASSWORD }, "req-y", "203.0.113.98")).rejects.toBeInstanceOf(
          RateLimitedError,
        );
        // A burst of 40 concurrent guesses on a fresh account: exactly 10 are checked, 30 refused before hashing.
        const burst = await Promise.allSettled(
          Array.from({ length: 40 }, (_, i) =>
            (i % 2 ? one : two).login({ email: emailOf("VIEWER"), password: "wrong" }, `b-${i}`, `192.0.2.${i}`),
          ),
        );
        const reasons = burst.map((o) => (o.status === "rejected" ? (o.reason as Error).constructor.name : "ok"));
        expect(reasons.filter((r) => r === "InvalidCredentialsError")).toHaveLength(10);
        expect(reasons.filter((r) => r === "RateLimitedError")).toHaveLength(30);
      } finally {
        await a.close();
        await b.close();
      }
    });
  }
});
