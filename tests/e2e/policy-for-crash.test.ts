import { randomBytes } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD } from "../../api/src/seed/demo-seed.js";
import { createTestDb } from "../testkit/db.js";
import { GqlClient } from "../testkit/graphql.js";
import { runOk } from "../testkit/operations.js";
import { startServerProcess } from "../testkit/process.js";

/** How long the load runs before the server is killed; the figure was taken with a 30 s load. */
const KILL_AFTER_MS = Number(process.env.CRASH_KILL_AFTER_MS ?? 4_000);
const SENDERS = 16;
const POLICY = "returns-and-refunds";
const ASK = `mutation($i: PolicyForInput!) { policyFor(input: $i) { __typename
  ... on MutationPolicyForSuccess { data { reason variantKey assignmentId } } } }`;

type Given = { variantKey: string; assignmentId: string };

/**
 * kill -9 of the server while helpdesks ask policyFor on PostgreSQL (new customers, and customers asked before):
 * every assignment acknowledged before the kill is stored after the restart, with the variant it was given, and
 * asking again after the restart gives the same variant and assignment (none moved). Group commit answers only
 * after the commit of the batch holding the ask (docs/adr/0025).
 */
describe.runIf(inject("postgresTemplate"))("policyFor survives kill -9 (PostgreSQL)", () => {
  it("loses no acknowledged assignment and moves none", async () => {
    const db = await createTestDb("postgres");
    const env = {
      DATABASE_URL: db.url!,
      SECRETS_KEY: randomBytes(32).toString("base64"),
      SEED_DEMO: "auto",
      LOG_LEVEL: "error",
    };
    const first = await startServerProcess(env);
    const admin = new GqlClient(first.url);
    await admin.login("admin@demo.policy-pilot.test", DEMO_PASSWORD);
    const token = (await runOk(admin, "createApiToken", { name: "crash test" })).secret as string;
    const ask = async (url: string, customerId: string): Promise<Given | null> => {
      const res = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: ASK, variables: { i: { policy: POLICY, customerId, agentId: "agent-01" } } }),
        signal: AbortSignal.timeout(5_000),
      });
      if (res.status !== 200) return null;
      const body = (await res.json()) as { data?: { policyFor?: { data?: Given & { reason: string } } } };
      const applied = body.data?.policyFor?.data;
      return applied?.reason === "IN_PILOT"
        ? { variantKey: applied.variantKey, assignmentId: applied.assignmentId }
        : null;
    };

    const given = new Map<string, Given>();
    const moved: string[] = [];
    let next = 0;
    let killed = false;
    const sender = async () => {
      while (!killed) {
        const i = next++;
        // Two asks in three are first asks; the third asks again for a customer answered earlier (known path).
        const answered = [...given.keys()];
        const customerId = i % 3 === 2 && answered.length > 0 ? answered[i % answered.length]! : `crash-${i}`;
        try {
          const applied = await ask(first.url, customerId);
          if (!applied) continue;
          const earlier = given.get(customerId);
          if (earlier && (earlier.assignmentId !== applied.assignmentId || earlier.variantKey !== applied.variantKey))
            moved.push(customerId);
          given.set(customerId, applied);
        } catch {
          // no answer: not acknowledged
        }
      }
    };
    const load = Promise.all(Array.from({ length: SENDERS }, sender));
    await new Promise((r) => setTimeout(r, KILL_AFTER_MS));
    first.child.kill("SIGKILL");
    killed = true;
    await load;
    console.log(`[policyFor kill -9] ${given.size} customers acknowledged before the kill (${next} asks sent)`);
    expect(given.size).toBeGreaterThan(20);
    expect(moved).toEqual([]);

    const second = await startServerProcess(env);
    try {
      const rows = await db.sql.query<{ external_id: string; id: string; key: string }>(
        `SELECT p.external_id, a.id, v.key FROM assignments a
         JOIN participants p ON p.id = a.participant_id
         JOIN pilot_variants v ON v.id = a.variant_id
         JOIN pilots pl ON pl.id = a.pilot_id
         WHERE pl.status = 'RUNNING' AND p.external_id = ANY($1::text[])`,
        [[...given.keys()]],
      );
      const stored = new Map(rows.map((r) => [r.external_id, { variantKey: r.key, assignmentId: r.id }]));
      for (const [customerId, applied] of given) expect(stored.get(customerId), customerId).toEqual(applied);
      // Asked again after the restart: the same variant and assignment.
      for (const [customerId, applied] of [...given].slice(0, 40))
        expect(await ask(second.url, customerId), customerId).toEqual(applied);
    } finally {
      await second.stop();
      await db.close();
    }
  });
});
