import { randomBytes } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { newId } from "../../api/src/lib/ids.js";
import { createSecretBox } from "../../api/src/lib/secret-box.js";
import { createTestDb } from "../testkit/db.js";
import { zendeskHeaders } from "../testkit/helpdesk.js";
import { startServerProcess } from "../testkit/process.js";

const SECRET = "crash-test-zendesk-secret";
/** How long the load runs before the server is killed; the figure was taken with a 30 s load. */
const KILL_AFTER_MS = Number(process.env.CRASH_KILL_AFTER_MS ?? 4_000);
const SENDERS = 16;

/**
 * kill -9 of the server while helpdesks post signed events on PostgreSQL: every event answered 2xx is stored after
 * the restart, none twice; the unanswered ones, sent again as a vendor retries, are stored once; and every stored
 * event is processed after the restart (no background job is lost).
 */
describe.runIf(inject("postgresTemplate"))("webhooks survive kill -9 (PostgreSQL)", () => {
  it("loses no acknowledged event and stores none twice", async () => {
    const db = await createTestDb("postgres");
    const key = randomBytes(32);
    const integrationId = newId("integration");
    await db.prisma.integration.create({
      data: {
        id: integrationId,
        vendor: "ZENDESK",
        name: "crash test",
        secretCiphertext: createSecretBox(key).seal(SECRET),
      },
    });
    const env = { DATABASE_URL: db.url!, SECRETS_KEY: key.toString("base64"), SEED_DEMO: "never", LOG_LEVEL: "error" };
    const body = (i: number) =>
      JSON.stringify({
        type: "zen:event-type:ticket.created",
        id: `crash-${i}`,
        time: new Date().toISOString(),
        detail: { id: `T-${i}`, requester_id: `cust-${i % 50}`, via: { channel: "email" } },
        event: {},
      });
    const post = async (url: string, i: number) => {
      const text = body(i);
      const res = await fetch(`${url}/webhooks/zendesk/${integrationId}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...zendeskHeaders(text, SECRET) },
        body: text,
        signal: AbortSignal.timeout(5_000),
      });
      return { status: res.status, body: (await res.json()) as { status: string } };
    };

    const first = await startServerProcess(env);
    const answered = new Set<number>();
    const unanswered = new Set<number>();
    let next = 0;
    let killed = false;
    const sender = async () => {
      while (!killed) {
        const i = next++;
        try {
          const res = await post(first.url, i);
          if (res.status === 200) answered.add(i);
          else unanswered.add(i);
        } catch {
          unanswered.add(i);
        }
      }
    };
    const load = Promise.all(Array.from({ length: SENDERS }, sender));
    await new Promise((r) => setTimeout(r, KILL_AFTER_MS));
    first.child.kill("SIGKILL");
    killed = true;
    await load;
    console.log(`[webhook kill -9] ${answered.size} answered 2xx before the kill, ${unanswered.size} unanswered`);
    expect(answered.size).toBeGreaterThan(50);

    const second = await startServerProcess(env);
    try {
      // The vendor retries what got no answer, and (at least once) some of what did.
      for (const i of unanswered) expect((await post(second.url, i)).status).toBe(200);
      const retried = [...answered].slice(0, 30);
      for (const i of retried) expect((await post(second.url, i)).body.status).toBe("duplicate");

      const rows = await db.sql.query<{ dedupe_key: string; n: string }>(
        "SELECT dedupe_key, count(*) AS n FROM webhook_events GROUP BY dedupe_key",
      );
      const stored = new Map(rows.map((r) => [r.dedupe_key, Number(r.n)]));
      expect([...stored.values()].filter((n) => n !== 1)).toEqual([]);
      for (const i of answered) expect(stored.has(`crash-${i}`), `acknowledged event crash-${i}`).toBe(true);
      for (const i of unanswered) expect(stored.has(`crash-${i}`), `re-sent event crash-${i}`).toBe(true);
      expect(stored.size).toBe(new Set([...answered, ...unanswered]).size);

      // Events stored before the kill but not yet processed are processed after the restart.
      await expect
        .poll(
          async () =>
            (
              await db.sql.query<{ n: string }>("SELECT count(*) AS n FROM webhook_events WHERE status <> 'PROCESSED'")
            )[0]?.n,
          { timeout: 30_000, interval: 250 },
        )
        .toBe("0");
      const interactions = await db.sql.query<{ n: string }>("SELECT count(*) AS n FROM interactions");
      expect(Number(interactions[0]?.n)).toBe(stored.size);
    } finally {
      await second.stop();
      await db.close();
    }
  });
});
