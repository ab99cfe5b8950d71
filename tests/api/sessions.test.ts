import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GqlClient } from "../testkit/graphql.js";
import { OPS } from "../testkit/operations.js";
import { emailOf, startTestServer, TEST_PASSWORD, type TestServer } from "../testkit/server.js";

describe("sessions and tokens (PGlite)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer("pglite");
  });
  afterAll(async () => server?.close());

  it("sets an httpOnly SameSite cookie, stores only its hash, and forgets it on logout", async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-policy-pilot-csrf": "1" },
      body: JSON.stringify({
        query: `mutation($i: LoginInput!) { login(input: $i) { __typename } }`,
        variables: { i: { email: emailOf("VIEWER"), password: TEST_PASSWORD } },
      }),
    });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("pp_session="))!;
    expect(cookie).toMatch(/httponly/i);
    expect(cookie).toMatch(/samesite=lax/i);
    const token = cookie.split(";")[0]!.slice("pp_session=".length);
    const stored = await server.db.prisma.session.findMany();
    expect(stored.some((s) => s.tokenHash === token)).toBe(false);

    const client = new GqlClient(server.url);
    client.cookie = `pp_session=${token}`;
    expect((await client.ok(`{ viewer { email role } }`)).viewer).toEqual({ email: emailOf("VIEWER"), role: "VIEWER" });
    expect((await client.ok(`mutation { logout }`)).logout).toBe(true);
    const reused = new GqlClient(server.url);
    reused.cookie = `pp_session=${token}`;
    expect((await reused.ok(`{ viewer { email } }`)).viewer).toBeNull();
  });

  it("refuses an expired session", async () => {
    const client = await server.as("AGENT");
    expect((await client.ok(`{ viewer { role } }`)).viewer.role).toBe("AGENT");
    server.clock.advance(13 * 3_600_000);
    expect((await client.ok(`{ viewer { role } }`)).viewer).toBeNull();
    const agent = await server.db.prisma.user.findUniqueOrThrow({ where: { email: emailOf("AGENT") } });
    const before = await server.db.prisma.session.count({ where: { userId: agent.id } });
    await new GqlClient(server.url).login(emailOf("AGENT"), TEST_PASSWORD);
    // Signing in again forgets the expired sessions and keeps the new one.
    expect(await server.db.prisma.session.count({ where: { userId: agent.id } })).toBe(1);
    expect(before).toBeGreaterThanOrEqual(1);
    server.clock.advance(-13 * 3_600_000);
  });

  it("shows an API token's secret once and refuses a revoked token", async () => {
    const helpdesk = await server.integration();
    const ok = await helpdesk.execute(`{ policies(first: 1) { totalCount } }`);
    expect(ok.body.errors).toBeUndefined();
    const admin = await server.as("ADMIN");
    const listed = await admin.ok(`{ apiTokens { id prefix revokedAt } }`);
    const token = listed.apiTokens.find((t: { prefix: string }) => helpdesk.token!.startsWith(t.prefix));
    expect(token.revokedAt).toBeNull();
    const stored = await server.db.prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(stored.tokenHash).not.toContain(helpdesk.token);
    const revoked = await admin.mutate("revokeApiToken", OPS.revokeApiToken, { input: { tokenId: token.id } });
    expect(revoked.revokedAt).not.toBeNull();
    const refused = await helpdesk.execute(`{ policies(first: 1) { totalCount } }`);
    expect(refused.body.errors[0].message).toMatch(/Sign in first/);
    const again = await admin.ok(OPS.revokeApiToken, { input: { tokenId: token.id } });
    expect(again.revokeApiToken.__typename).toBe("InvalidStateError");
  });
});
