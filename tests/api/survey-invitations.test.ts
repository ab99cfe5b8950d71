import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSmtpMailer } from "../../api/src/lib/mailer.js";
import { backends } from "../testkit/db.js";
import { GqlClient, type Json } from "../testkit/graphql.js";
import { CONNECT_HELPDESK, genericHeaders, postWebhook } from "../testkit/helpdesk.js";
import { policyWithDrafts, runningPilot, runOk } from "../testkit/operations.js";
import { emailOf, startTestServer, TEST_PASSWORD, type TestServer } from "../testkit/server.js";
import { startSmtpServer } from "../testkit/smtp.js";

const SECRET = "generic-helpdesk-secret";
const DAY_MS = 86_400_000;

for (const backend of backends()) {
  describe(`survey invitations (${backend})`, () => {
    let server: TestServer;
    let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
    let helpdesk: GqlClient;
    let integration: { id: string; webhookUrl: string };
    let emailIntegration: { id: string; webhookUrl: string };
    let seq = 0;

    const now = () => server.clock.now();
    /** Posts a signed generic event; returns the answer. */
    const post = async (target: { webhookUrl: string }, event: Record<string, unknown>) => {
      const body = JSON.stringify({ occurredAt: now().toISOString(), id: `e-${++seq}`, ...event });
      return postWebhook(server.url, new URL(target.webhookUrl).pathname, body, genericHeaders(body, SECRET, now()));
    };
    /** Assigns the customer (policyFor with the ticket), then reports the ticket created and solved. */
    const solveTicket = async (
      policy: string,
      customerId: string,
      ticketId: string,
      target = integration,
      extra: Json = {},
    ) => {
      await runOk(helpdesk, "policyFor", { policy, customerId, ticketId });
      await post(target, { type: "ticket.created", ticketId, customerId, ...extra });
      return post(target, { type: "ticket.solved", ticketId, customerId, ...extra });
    };
    const invitationOf = (ticketId: string) =>
      server.db.prisma.surveyInvitation.findFirst({
        where: { interaction: { ticketExternalId: ticketId } },
        include: { variant: true },
      });

    beforeAll(async () => {
      smtp = await startSmtpServer();
      server = await startTestServer(backend, {
        mailer: createSmtpMailer({ url: smtp.url, from: "Surveys <surveys@test>" }),
      });
      const admin = await server.as("ADMIN");
      helpdesk = await server.integration();
      const ops = await server.as("OPS");
      const manager = await server.as("MANAGER");
      integration = await admin.mutate("connectHelpdesk", CONNECT_HELPDESK, {
        input: { vendor: "GENERIC", name: "Helpdesk", secret: SECRET },
      });
      emailIntegration = await admin.mutate("connectHelpdesk", CONNECT_HELPDESK, {
        input: {
          vendor: "GENERIC",
          name: "Email surveys",
          secret: SECRET,
          surveyDelivery: "EMAIL",
          surveyThrottleDays: 0,
        },
      });
      // Two policies, each with its own running pilot; a third whose pilot samples nobody.
      for (const key of ["complaints", "refunds"])
        await runningPilot(ops, await policyWithDrafts(ops, manager, key, 1), [0.5, 0.5]);
      await runningPilot(ops, await policyWithDrafts(ops, manager, "sampled", 1), [0.5, 0.5], { surveySampleRate: 0 });
    });
    afterAll(async () => {
      await server?.close();
      await smtp?.close();
    });

    it("throttles a customer across pilots: one invitation per 14 days, whichever pilot", async () => {
      const first = await solveTicket("complaints", "cust-throttle", "th-1");
      expect(first.body.surveyUrl).toMatch(/\/s\//);
      const second = await solveTicket("refunds", "cust-throttle", "th-2");
      expect(second.body.surveyUrl).toBeUndefined();
      await server.services.jobs.idle();
      const [a, b] = [await invitationOf("th-1"), await invitationOf("th-2")];
      expect(a?.decision).toBe("SENT");
      expect(b?.decision).toBe("THROTTLED");
      expect(a?.pilotId).not.toBe(b?.pilotId);
      // The arm is recorded whatever the decision.
      expect(b?.variant.key).toMatch(/control|variant-1/);

      server.clock.advance(15 * DAY_MS);
      const later = await solveTicket("refunds", "cust-throttle", "th-3");
      expect(later.body.surveyUrl).toMatch(/\/s\//);
      expect((await invitationOf("th-3"))?.decision).toBe("SENT");
    });

    it("samples by the pilot's rate, for every arm alike, and says so", async () => {
      const keys = new Set<string>();
      for (let i = 0; i < 6; i++) {
        const answer = await solveTicket("sampled", `cust-sampled-${i}`, `sa-${i}`);
        expect(answer.body.surveyUrl).toBeUndefined();
        const invitation = await invitationOf(`sa-${i}`);
        expect(invitation?.decision).toBe("SAMPLED_OUT");
        keys.add(invitation?.variant.key ?? "");
      }
      expect(keys.size).toBe(2);
    });

    it("expires a link after the integration's days: the query then gives no link", async () => {
      await solveTicket("complaints", "cust-expiry", "ex-1");
      const ask = () =>
        helpdesk.ok(`query($t: String!) { surveyInvitation(ticketId: $t) { decision surveyUrl expiresAt } }`, {
          t: "ex-1",
        });
      const fresh = await ask();
      expect(fresh.surveyInvitation.surveyUrl).toMatch(/\/s\//);
      expect(Date.parse(fresh.surveyInvitation.expiresAt) - now().getTime()).toBeGreaterThan(6.9 * DAY_MS);
      server.clock.advance(8 * DAY_MS);
      const expired = await ask();
      expect(expired.surveyInvitation).toEqual({
        decision: "SENT",
        surveyUrl: null,
        expiresAt: fresh.surveyInvitation.expiresAt,
      });
    });

    it("emails the invitation through a real SMTP server when the integration delivers by email", async () => {
      const before = smtp.messages.length;
      await solveTicket("complaints", "cust-email", "em-1", emailIntegration, { customerEmail: "ada@example.com" });
      await server.services.jobs.idle();
      const invitation = await invitationOf("em-1");
      expect(invitation).toMatchObject({ decision: "SENT", delivery: "EMAIL" });
      expect(invitation?.emailSentAt).not.toBeNull();
      expect(smtp.messages.length).toBe(before + 1);
      const mail = smtp.messages.at(-1);
      expect(mail?.to).toEqual(["ada@example.com"]);
      expect(mail?.raw).toMatch(/Subject: How did we do\?/);
      expect(mail?.raw).toMatch(/http:\/\/surveys\.test\/s\/[A-Za-z0-9_-]{22}/);
      expect(mail?.raw).toMatch(/To leave the beta: http:\/\/surveys\.test\/o\/[A-Za-z0-9_-]{22}/);
      const tokens = await server.db.prisma.surveyToken.findMany({ where: { invitationId: invitation?.id } });
      expect(tokens.map((t) => t.channel)).toEqual(["EMAIL"]);

      // Email delivery without an address: recorded as NO_CONTACT, nothing sent.
      await solveTicket("complaints", "cust-no-email", "em-2", emailIntegration);
      await server.services.jobs.idle();
      expect((await invitationOf("em-2"))?.decision).toBe("NO_CONTACT");
      expect(smtp.messages.length).toBe(before + 1);
    });

    it("keeps a poisoned event with its error, and processes it after a retry from the console", async () => {
      // Earlier tests moved the clock by weeks: sign in again.
      const admin = new GqlClient(server.url);
      await admin.login(emailOf("ADMIN"), TEST_PASSWORD);
      const answer = await post(integration, {
        type: "ticket.created",
        ticketId: "poison-1",
        customerId: "cust-poison",
      });
      const eventId = answer.body.eventId as string;
      await server.services.jobs.idle();
      // Corrupt the stored event the way a bad adapter release could; processing then fails every time.
      await server.db.prisma.webhookEvent.update({
        where: { id: eventId },
        data: {
          status: "PENDING",
          event: { type: "ticket.created", ticketId: "poison-1", occurredAt: "not a time", dedupeKey: "x" },
        },
      });
      await server.db.prisma.interaction.deleteMany({ where: { ticketExternalId: "poison-1" } });
      for (let i = 0; i < 5; i++) {
        await server.services.ingestion.processEvent(eventId).catch(() => {});
      }
      const failed = await server.db.prisma.webhookEvent.findUniqueOrThrow({ where: { id: eventId } });
      expect(failed.status).toBe("FAILED");
      expect(failed.attempts).toBe(5);
      expect(failed.lastError).toBeTruthy();
      const listed = await admin.ok(
        `query($id: ID!) { node(id: $id) { ... on Integration { failedEvents(first: 5) { edges { node { id ticketId attempts lastError } } } health { failedEvents } } } }`,
        { id: integration.id },
      );
      expect(listed.node.failedEvents.edges.map((e: Json) => e.node.id)).toEqual([eventId]);
      expect(listed.node.health.failedEvents).toBe(1);

      await server.db.prisma.webhookEvent.update({
        where: { id: eventId },
        data: {
          event: {
            type: "ticket.created",
            ticketId: "poison-1",
            occurredAt: now().toISOString(),
            dedupeKey: "x",
            customerId: "cust-poison",
          },
        },
      });
      const retried = await admin.mutate(
        "retryWebhookEvent",
        `mutation($input: RetryWebhookEventInput!) { retryWebhookEvent(input: $input) { __typename ... on Error { message }
           ... on MutationRetryWebhookEventSuccess { data { id status attempts } } } }`,
        { input: { eventId } },
      );
      expect(retried).toMatchObject({ status: "PENDING", attempts: 0 });
      await server.services.jobs.idle();
      expect((await server.db.prisma.webhookEvent.findUniqueOrThrow({ where: { id: eventId } })).status).toBe(
        "PROCESSED",
      );
      expect(await server.db.prisma.interaction.count({ where: { ticketExternalId: "poison-1" } })).toBe(1);
      const audit = await server.db.prisma.auditEvent.findFirst({
        where: { type: "webhook_event.retried", subjectId: eventId },
      });
      expect(audit?.actorLabel).toBe("admin@test.policy-pilot.test");
    });

    it("stores one event when the same delivery arrives ten times at once", async () => {
      const body = JSON.stringify({
        id: "concurrent-1",
        type: "ticket.created",
        ticketId: "cc-1",
        customerId: "cust-cc",
        occurredAt: now().toISOString(),
      });
      const answers = await Promise.all(
        Array.from({ length: 10 }, () =>
          postWebhook(server.url, new URL(integration.webhookUrl).pathname, body, genericHeaders(body, SECRET, now())),
        ),
      );
      expect(answers.every((a) => a.status === 200)).toBe(true);
      expect(answers.filter((a) => a.body.status === "accepted")).toHaveLength(1);
      expect(await server.db.prisma.webhookEvent.count({ where: { dedupeKey: "concurrent-1" } })).toBe(1);
    });

    it("invites a customer once when two of their tickets are solved at the same moment", async () => {
      for (const t of ["race-1", "race-2"]) {
        await runOk(helpdesk, "policyFor", { policy: "refunds", customerId: "cust-race", ticketId: t });
        await post(integration, { type: "ticket.created", ticketId: t, customerId: "cust-race" });
      }
      const answers = await Promise.all(
        ["race-1", "race-2"].map((t) =>
          post(integration, { type: "ticket.solved", ticketId: t, customerId: "cust-race" }),
        ),
      );
      await server.services.jobs.idle();
      const decisions = (
        await server.db.prisma.surveyInvitation.findMany({ where: { customerExternalId: "cust-race" } })
      )
        .map((i) => i.decision)
        .sort();
      expect(decisions).toEqual(["SENT", "THROTTLED"]);
      expect(answers.filter((a) => a.body.surveyUrl)).toHaveLength(1);
    });
  });
}
