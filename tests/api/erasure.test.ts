import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "../testkit/db.js";
import type { GqlClient, Json } from "../testkit/graphql.js";
import { CONNECT_HELPDESK, genericHeaders, postWebhook } from "../testkit/helpdesk.js";
import { policyWithDrafts, runningPilot, runOk } from "../testkit/operations.js";
import { startTestServer, type TestServer } from "../testkit/server.js";

const SECRET = "erasure-helpdesk-secret";
const RESULTS = `query($id: ID!) { node(id: $id) { ... on Pilot { results { variants { key participants exposures csatN csatMean
  satisfiedShare npsN nps cesN cesMean comparisons { metric estimate intervalLow intervalHigh pValue verdict } } } } } }`;
const ERASE = `mutation($input: EraseCustomerInput!) { eraseCustomer(input: $input) { __typename ... on Error { message }
  ... on MutationEraseCustomerSuccess { data { participants comments exposures interactions events invitations tokens auditRows } } } }`;

for (const backend of backends()) {
  describe(`erasure (${backend})`, () => {
    let server: TestServer;
    let helpdesk: GqlClient;
    let admin: GqlClient;
    let pilotId: string;
    let webhookPath: string;
    let seq = 0;

    const event = (e: Record<string, unknown>) => {
      const body = JSON.stringify({ occurredAt: server.clock.now().toISOString(), id: `er-${++seq}`, ...e });
      return postWebhook(server.url, webhookPath, body, genericHeaders(body, SECRET, server.clock.now()));
    };
    /** A customer with a ticket, an email address in the events, and an answered survey with a comment. */
    const customerWithHistory = async (customerId: string, csat: number, comment: string) => {
      const ticketId = `T-${1000 + seq}`;
      await runOk(helpdesk, "policyFor", {
        policy: "erasure",
        customerId,
        ticketId,
        attributes: { email: `${customerId}@example.com` },
      });
      await event({ type: "ticket.created", ticketId, customerId, customerEmail: `${customerId}@example.com` });
      const solved = await event({
        type: "ticket.solved",
        ticketId,
        customerId,
        customerEmail: `${customerId}@example.com`,
      });
      const url = (solved.body.surveyUrl as string).replace("http://surveys.test", server.url);
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ csat: String(csat), nps: "8", ces: "3", comment }).toString(),
      });
      expect(res.status).toBe(200);
    };
    const tracesOf = async (needle: string) => {
      const tables = await server.db.sql.query<{ name: string }>(
        "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
      );
      const found: string[] = [];
      for (const { name } of tables) {
        const [row] = await server.db.sql.query<{ n: string | number }>(
          `SELECT count(*) AS n FROM "${name}" t WHERE t::text ILIKE $1`,
          [`%${needle}%`],
        );
        if (Number(row?.n) > 0) found.push(`${name}: ${row?.n}`);
      }
      return found;
    };

    beforeAll(async () => {
      server = await startTestServer(backend);
      helpdesk = await server.integration();
      admin = await server.as("ADMIN");
      webhookPath = new URL(
        (
          await admin.mutate("connectHelpdesk", CONNECT_HELPDESK, {
            input: { vendor: "GENERIC", name: "Helpdesk", secret: SECRET },
          })
        ).webhookUrl,
      ).pathname;
      const ops = await server.as("OPS");
      ({ pilotId } = await runningPilot(
        ops,
        await policyWithDrafts(ops, await server.as("MANAGER"), "erasure", 1),
        [0.5, 0.5],
      ));
      for (let i = 0; i < 12; i++) await customerWithHistory(`keep-${i}`, 3 + (i % 3), `fine, thanks ${i}`);
      await customerWithHistory("erase-me-4711", 2, "my private remark about Ada Lovelace");
    });
    afterAll(async () => server?.close());

    it("removes every trace of the customer and keeps the results identical", async () => {
      const before = await admin.ok(RESULTS, { id: pilotId });
      expect((await tracesOf("erase-me-4711")).length).toBeGreaterThan(3);
      expect(await tracesOf("Ada Lovelace")).toEqual(["feedback: 1"]);

      const erased = await admin.mutate("eraseCustomer", ERASE, { input: { customerId: "erase-me-4711" } });
      expect(erased).toMatchObject({ participants: 1, comments: 1, interactions: 1, invitations: 1 });
      expect(erased.events).toBeGreaterThanOrEqual(2);
      expect(erased.tokens).toBeGreaterThanOrEqual(1);

      expect(await tracesOf("erase-me-4711")).toEqual([]);
      expect(await tracesOf("Ada Lovelace")).toEqual([]);
      const after = await admin.ok(RESULTS, { id: pilotId });
      expect(after).toEqual(before);
      const audit = await server.db.prisma.auditEvent.findFirstOrThrow({ where: { type: "customer.erased" } });
      expect(audit.actorLabel).toBe("admin@test.policy-pilot.test");
      expect(JSON.stringify(audit)).not.toContain("erase-me");
    });

    it("never enrolls an erased customer again", async () => {
      const answer = (await runOk(helpdesk, "policyFor", { policy: "erasure", customerId: "erase-me-4711" })) as Json;
      expect(answer).toMatchObject({ source: "PUBLISHED", reason: "ERASED", assignmentId: null });
      expect(await server.db.prisma.participant.count({ where: { externalId: "erase-me-4711" } })).toBe(0);
      expect(await server.db.prisma.suppression.count()).toBe(1);
      // Others are unaffected.
      expect(((await runOk(helpdesk, "policyFor", { policy: "erasure", customerId: "keep-1" })) as Json).reason).toBe(
        "IN_PILOT",
      );
    });
  });
}
