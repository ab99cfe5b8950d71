import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "../testkit/db.js";
import { GqlClient } from "../testkit/graphql.js";
import { policyWithDrafts, runningPilot, runOk } from "../testkit/operations.js";
import { startTestServer, type TestServer } from "../testkit/server.js";

/** Polls `check` until it is true; returns the milliseconds it took, or fails after `limitMs`. */
async function within(limitMs: number, check: () => Promise<boolean>): Promise<number> {
  const started = performance.now();
  for (;;) {
    if (await check()) return performance.now() - started;
    if (performance.now() - started > limitMs) throw new Error(`not within ${limitMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Two API instances on one PostgreSQL database (issue 12): a revoked token and a configuration change reach the
 * other instance within a second (LISTEN/NOTIFY), not after its caches expire (10 s for tokens, 2 s for policyFor).
 */
describe.each(backends().filter((b) => b === "postgres"))("two instances on one database (%s)", () => {
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    a = await startTestServer("postgres");
    b = await startTestServer("postgres", { sameDatabaseAs: a });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it("refuses a token revoked on the other instance within a second", async () => {
    const admin = await a.as("ADMIN");
    const created = await runOk(admin, "createApiToken", { name: "revoked-elsewhere" });
    const onB = new GqlClient(b.url, { token: created.secret });
    const read = () => onB.execute(`{ policies(first: 1) { totalCount } }`);
    expect((await read()).body.data.policies.totalCount).toBe(0); // now cached on B for 10 s
    await runOk(admin, "revokeApiToken", { tokenId: created.id });
    const ms = await within(1_000, async () => Boolean((await read()).body.errors));
    expect((await read()).body.errors[0].message).toMatch(/Sign in first|not allowed/);
    console.log(`token revocation seen by the other instance after ${ms.toFixed(0)} ms`);
  });

  it("answers policyFor with a pilot paused on the other instance within a second", async () => {
    const ops = await a.as("OPS");
    const setup = await policyWithDrafts(ops, await a.as("MANAGER"), "signals", 1);
    const { pilotId } = await runningPilot(ops, setup, [0.5, 0.5]);
    const helpdesk = await b.integration();
    const ask = async () => (await runOk(helpdesk, "policyFor", { policy: "signals", customerId: "c-1" })).reason;
    expect(await ask()).toBe("IN_PILOT"); // B has cached the configuration for 2 s
    await runOk(ops, "pausePilot", { pilotId });
    const ms = await within(1_000, async () => (await ask()) === "PILOT_PAUSED");
    console.log(`pause seen by the other instance after ${ms.toFixed(0)} ms`);
  });
});
