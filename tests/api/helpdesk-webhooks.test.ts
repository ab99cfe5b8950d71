import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "../testkit/db.js";
import type { GqlClient, Json } from "../testkit/graphql.js";
import {
  CONNECT_HELPDESK,
  fixture,
  genericHeaders,
  intercomHeaders,
  postWebhook,
  zendeskEvent,
  zendeskHeaders,
} from "../testkit/helpdesk.js";
import { policyWithDrafts, runningPilot, runOk } from "../testkit/operations.js";
import { startTestServer, type TestServer } from "../testkit/server.js";

const ZENDESK_SECRET = "dGhpcyBpcyBhIHplbmRlc2sgc2VjcmV0";
const INTERCOM_SECRET = "intercom-client-secret-123";
const GENERIC_SECRET = "generic-helpdesk-secret";

for (const backend of backends()) {
  describe(`helpdesk webhooks (${backend})`, () => {
    let server: TestServer;
    let admin: GqlClient;
    let helpdesk: GqlClient;
    let zendesk: { id: string; webhookUrl: string };
    let intercom: { id: string; webhookUrl: string };
    let generic: { id: string; webhookUrl: string };
    let pilotId: string;

    const path = (url: string) => new URL(url).pathname;
    const now = () => server.clock.now();
    const eventCount = () => server.db.prisma.webhookEvent.count();
    const counter = async (integrationId: string, outcome: string) =>
      (await server.db.prisma.webhookCounter.aggregate({ where: { integrationId, outcome }, _sum: { count: true } }))
        ._sum.count ?? 0;
    const sendZendesk = (body: Json, options: { secret?: string; at?: Date; raw?: string } = {}) => {
      const text = options.raw ?? JSON.stringify(body);
      return postWebhook(
        server.url,
        path(zendesk.webhookUrl),
        text,
        zendeskHeaders(text, options.secret ?? ZENDESK_SECRET, options.at ?? now()),
      );
    };
    const interaction = (integrationId: string, ticketId: string) =>
      server.db.prisma.interaction.findUnique({
        where: { integrationId_ticketExternalId: { integrationId, ticketExternalId: ticketId } },
      });

    beforeAll(async () => {
      server = await startTestServer(backend, { jobs: backend === "postgres" ? "pg-boss" : "in-process" });
      admin = await server.as("ADMIN");
      helpdesk = await server.integration();
      const connect = async (vendor: string, secret: string) =>
        await admin.mutate("connectHelpdesk", CONNECT_HELPDESK, { input: { vendor, name: `${vendor} test`, secret } });
      zendesk = await connect("ZENDESK", ZENDESK_SECRET);
      intercom = await connect("INTERCOM", INTERCOM_SECRET);
      generic = await connect("GENERIC", GENERIC_SECRET);
      const setup = await policyWithDrafts(await server.as("OPS"), await server.as("MANAGER"), "refunds", 1);
      ({ pilotId } = await runningPilot(await server.as("OPS"), setup, [0.5, 0.5]));
    });
    afterAll(async () => server?.close());

    it("gives the webhook URL and vendor instructions, and never stores the secret in plain text", async () => {
      expect(zendesk.webhookUrl).toBe(`http://surveys.test/webhooks/zendesk/${zendesk.id}`);
      const stored = await server.db.prisma.integration.findUniqueOrThrow({ where: { id: zendesk.id } });
      expect(stored.secretCiphertext).not.toContain(ZENDESK_SECRET);
      expect(stored.secretCiphertext.startsWith("v1.")).toBe(true);
      const listed = await admin.ok(`{ integrations(first: 5) { edges { node { id vendor setupInstructions } } } }`);
      expect(JSON.stringify(listed)).not.toContain(ZENDESK_SECRET);
      const zd = listed.integrations.edges.find((e: Json) => e.node.id === zendesk.id).node;
      expect(zd.setupInstructions.join(" ")).toMatch(/Ticket created/);
    });

    it("stores a signed Zendesk ticket.created fixture once and folds it into an interaction", async () => {
      const body = fixture("zendesk-ticket.created");
      const before = await eventCount();
      const res = await sendZendesk(body);
      expect(res.status).toBe(200);
      expect(res.body.status).toBe("accepted");
      expect(await eventCount()).toBe(before + 1);
      await server.services.jobs.idle();
      const row = await interaction(zendesk.id, "5158");
      expect(row).toMatchObject({
        customerExternalId: "8447388090494",
        agentExternalId: "8447388090494",
        channel: "web_service",
        isSolved: false,
        reopenCount: 0,
      });
      expect(row?.tags).toEqual(["ticket-info-test-tag"]);

      // The same delivery again (a vendor retry): 200, nothing new.
      const replay = await sendZendesk(body);
      expect(replay.status).toBe(200);
      expect(replay.body.status).toBe("duplicate");
      expect(await eventCount()).toBe(before + 1);
      expect(await counter(zendesk.id, "REPLAY")).toBe(1);
    });

    it("refuses a tampered body, a wrong secret, and stale or future timestamps with 401, storing nothing", async () => {
      const body = JSON.stringify(
        zendeskEvent("ticket.created", { id: "evt-tamper", ticketId: "t-1", time: now(), requesterId: "c-1" }),
      );
      const headers = zendeskHeaders(body, ZENDESK_SECRET, now());
      const before = await eventCount();
      const tampered = await postWebhook(server.url, path(zendesk.webhookUrl), body.replace("c-1", "c-2"), headers);
      expect(tampered.status).toBe(401);
      expect(tampered.body.reason).toBe("BAD_SIGNATURE");
      const wrong = await sendZendesk(JSON.parse(body), { secret: "not-the-secret" });
      expect(wrong.status).toBe(401);
      expect(wrong.body.error).toMatch(/signing secret/);
      const stale = await sendZendesk(JSON.parse(body), { at: new Date(now().getTime() - 6 * 60_000) });
      expect(stale.status).toBe(401);
      expect(stale.body.reason).toBe("STALE_TIMESTAMP");
      expect(stale.body.error).toMatch(/6 minutes in the past/);
      const future = await sendZendesk(JSON.parse(body), { at: new Date(now().getTime() + 6 * 60_000) });
      expect(future.status).toBe(401);
      expect(future.body.error).toMatch(/in the future/);
      const unsigned = await postWebhook(server.url, path(zendesk.webhookUrl), body, {});
      expect(unsigned.status).toBe(401);
      expect(await eventCount()).toBe(before);
      expect(await counter(zendesk.id, "BAD_SIGNATURE")).toBe(3);
      expect(await counter(zendesk.id, "STALE_TIMESTAMP")).toBe(2);
      // Within the window is fine: 4 minutes old.
      const ok = await sendZendesk(JSON.parse(body), { at: new Date(now().getTime() - 4 * 60_000) });
      expect(ok.status).toBe(200);
    });

    it("answers 400 naming the missing field, 400 for bad JSON, 413 for a body over 1 MiB, 404 for unknown integrations", async () => {
      const before = await eventCount();
      const event = zendeskEvent("ticket.created", {
        id: "evt-missing",
        ticketId: "t-2",
        time: now(),
        requesterId: "c-1",
      });
      delete event.detail.id;
      const missing = await sendZendesk(event);
      expect(missing.status).toBe(400);
      expect(missing.body.field).toBe("detail.id");
      expect(missing.body.error).toMatch(/detail\.id/);
      const noId = await sendZendesk({
        ...zendeskEvent("ticket.created", { id: "x", ticketId: "t-2", time: now(), requesterId: "c" }),
        id: undefined,
      });
      expect(noId.body.field).toBe("id");
      const badJson = await sendZendesk(null, { raw: '{"type": "zen:event-type:ticket.created", ' });
      expect(badJson.status).toBe(400);
      expect(badJson.body.error).toMatch(/not valid JSON/);
      const huge = JSON.stringify({ ...event, padding: "x".repeat(1024 * 1024 + 10) });
      const tooLarge = await postWebhook(
        server.url,
        path(zendesk.webhookUrl),
        huge,
        zendeskHeaders(huge, ZENDESK_SECRET, now()),
      );
      expect(tooLarge.status).toBe(413);
      const unknownIntegration = await postWebhook(server.url, "/webhooks/zendesk/hdi_nope", "{}", {});
      expect(unknownIntegration.status).toBe(404);
      const wrongVendor = await postWebhook(server.url, `/webhooks/intercom/${zendesk.id}`, "{}", {});
      expect(wrongVendor.status).toBe(404);
      const unknownVendor = await postWebhook(server.url, `/webhooks/freshdesk/${zendesk.id}`, "{}", {});
      expect(unknownVendor.status).toBe(404);
      expect(unknownVendor.body.error).toMatch(/zendesk.*intercom.*generic/);
      expect(await eventCount()).toBe(before);
      expect(await counter(zendesk.id, "MALFORMED")).toBe(3);
      expect(await counter(zendesk.id, "TOO_LARGE")).toBe(1);
    });

    it("gives every Zendesk and Intercom fixture, signed as its vendor signs, its documented answer", async () => {
      const sendIntercom = (body: Json) => {
        const text = JSON.stringify(body);
        return postWebhook(server.url, path(intercom.webhookUrl), text, intercomHeaders(text, INTERCOM_SECRET));
      };
      const expected: [string, (b: Json) => Promise<{ status: number; body: Json }>, number, string][] = [
        ["zendesk-ticket.created", sendZendesk, 200, "accepted|duplicate"],
        ["zendesk-eventbridge-agent_assignment_changed", sendZendesk, 200, "accepted"],
        ["zendesk-user.active_changed", sendZendesk, 200, "ignored"],
        // REST API objects, not webhook bodies: refused, naming the field a webhook has.
        ["zendesk-ticket_metric", sendZendesk, 400, "type"],
        ["zendesk-satisfaction_rating", sendZendesk, 400, "type"],
        ["intercom-user.created", sendIntercom, 200, "ignored"],
        ["intercom-company.created", sendIntercom, 200, "ignored"],
        ["intercom-conversation-object", sendIntercom, 400, "topic"],
      ];
      for (const [name, send, status, outcome] of expected) {
        const res = await send(fixture(name));
        expect(res.status, name).toBe(status);
        expect(status === 200 ? res.body.status : res.body.field, name).toMatch(new RegExp(`^(${outcome})$`));
      }
      await server.services.jobs.idle();
      expect(await interaction(zendesk.id, "35436")).toMatchObject({
        agentExternalId: "235324",
        customerExternalId: "20978392",
        channel: "web",
      });
    });

    it("takes Zendesk trigger deliveries rendered from our body template, deduped by invocation id", async () => {
      const template = JSON.stringify(fixture("zendesk-trigger-body.template"));
      const rendered = (event: string, updatedAt: string) =>
        JSON.parse(
          template
            .replace(/REPLACE_PER_TRIGGER[^"]*/g, event)
            .replaceAll("{{ticket.id}}", "trig-1")
            .replaceAll("{{ticket.via}}", "Email")
            .replaceAll("{{ticket.tags}}", "refund vip")
            .replaceAll("{{ticket.created_at_with_timestamp}}", "2026-11-30T09:00:00Z")
            .replaceAll("{{ticket.updated_at_with_timestamp}}", updatedAt)
            .replaceAll("{{ticket.requester.id}}", "zd-cust-9")
            .replaceAll("{{ticket.assignee.id}}", "zd-agent-3")
            .replace(/\{\{[^}]+\}\}/g, ""),
        );
      const created = rendered("ticket.created", "2026-11-30T09:00:00Z");
      const first = await sendZendesk(created);
      expect(first.status).toBe(200);
      expect(first.body.status).toBe("accepted");
      // Without an invocation id header the template's dedupe_hint keys it: the same delivery again is a replay.
      expect((await sendZendesk(created)).body.status).toBe("duplicate");
      expect((await sendZendesk(rendered("ticket.solved", "2026-11-30T10:30:00Z"))).body.status).toBe("accepted");
      expect((await sendZendesk(rendered("ticket.merged", "2026-11-30T10:31:00Z"))).body.status).toBe("ignored");
      await server.services.jobs.idle();
      const row = await interaction(zendesk.id, "trig-1");
      expect(row).toMatchObject({
        customerExternalId: "zd-cust-9",
        agentExternalId: "zd-agent-3",
        channel: "email",
        isSolved: true,
      });
      expect(row?.tags).toEqual(["refund", "vip"]);
      expect(row?.openedAt?.toISOString()).toBe("2026-11-30T09:00:00.000Z");
      expect(row?.solvedAt?.toISOString()).toBe("2026-11-30T10:30:00.000Z");
    });

    it("answers 200 to unknown event types and counts them without storing an interaction", async () => {
      const before = await eventCount();
      const res = await sendZendesk(fixture("zendesk-user.active_changed"));
      expect(res.status).toBe(200);
      expect(res.body.status).toBe("ignored");
      expect(res.body.ignoredType).toBe("zen:event-type:user.active_changed");
      expect(await eventCount()).toBe(before);
      expect(await counter(zendesk.id, "UNKNOWN_TYPE")).toBe(3);
    });

    it("produces the right interaction from events delivered out of order (solved before created, reopened before solved)", async () => {
      const t0 = new Date(now().getTime() - 60 * 60_000);
      const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
      const ticket = { ticketId: "ooo-1", requesterId: "cust-ooo" };
      const solved = zendeskEvent("ticket.status_changed", {
        ...ticket,
        id: "ooo-solved",
        time: at(30),
        event: { previous: "OPEN", current: "SOLVED" },
      });
      const created = zendeskEvent("ticket.created", { ...ticket, id: "ooo-created", time: at(0) });
      const reply = zendeskEvent("ticket.comment_added", {
        ...ticket,
        id: "ooo-reply",
        time: at(5),
        event: { comment: { is_public: true, author: { id: "a-1", is_staff: true } } },
      });
      const reopened = zendeskEvent("ticket.status_changed", {
        ...ticket,
        id: "ooo-reopened",
        time: at(40),
        event: { previous: "SOLVED", current: "OPEN" },
      });
      const solvedAgain = zendeskEvent("ticket.status_changed", {
        ...ticket,
        id: "ooo-solved-2",
        time: at(50),
        event: { previous: "OPEN", current: "SOLVED" },
      });

      for (const e of [solved, reply, created]) expect((await sendZendesk(e)).status).toBe(200);
      await server.services.jobs.idle();
      let row = await interaction(zendesk.id, "ooo-1");
      expect(row?.openedAt?.toISOString()).toBe(
        new Date(Date.parse(fixture("zendesk-ticket.created").detail.created_at)).toISOString() < at(0).toISOString()
          ? new Date(fixture("zendesk-ticket.created").detail.created_at).toISOString()
          : at(0).toISOString(),
      );
      expect(row?.firstAgentReplyAt?.toISOString()).toBe(at(5).toISOString());
      expect(row?.isSolved).toBe(true);
      expect(row?.solvedAt?.toISOString()).toBe(at(30).toISOString());

      // Reopened (t+40) arrives after the second solve (t+50) was delivered: still solved at t+50, one reopen.
      expect((await sendZendesk(solvedAgain)).status).toBe(200);
      expect((await sendZendesk(reopened)).status).toBe(200);
      await server.services.jobs.idle();
      row = await interaction(zendesk.id, "ooo-1");
      expect(row).toMatchObject({ isSolved: true, reopenCount: 1, eventCount: 5 });
      expect(row?.solvedAt?.toISOString()).toBe(at(50).toISOString());
      expect(
        await server.db.prisma.webhookEvent.count({ where: { ticketExternalId: "ooo-1", status: "PROCESSED" } }),
      ).toBe(5);
    });

    it("takes Intercom notifications signed with X-Hub-Signature, answers ping, ignores other topics", async () => {
      const conversation = fixture("intercom-conversation-object");
      const notification = (topic: string, id: string, createdAt: number) => ({
        type: "notification_event",
        app_id: "a86dr8yl",
        id,
        topic,
        created_at: createdAt,
        delivery_attempts: 1,
        first_sent_at: createdAt,
        data: { type: "notification_event_data", item: conversation },
      });
      const send = (body: Json, secret = INTERCOM_SECRET) => {
        const text = JSON.stringify(body);
        return postWebhook(server.url, path(intercom.webhookUrl), text, intercomHeaders(text, secret));
      };
      expect(
        (await send(notification("conversation.user.created", "notif_1", conversation.created_at))).body.status,
      ).toBe("accepted");
      const closed = await send(notification("conversation.admin.closed", "notif_2", conversation.created_at + 600));
      expect(closed.status).toBe(200);
      expect(
        (await send(notification("conversation.admin.closed", "notif_2", conversation.created_at + 600))).body.status,
      ).toBe("duplicate");
      expect((await send(notification("conversation.admin.closed", "notif_3", 1), "wrong-secret")).status).toBe(401);
      expect((await send({ ...notification("ping", "notif_ping", 1) })).body.status).toBe("pong");
      const user = await send(fixture("intercom-user.created"));
      expect(user.status).toBe(200);
      expect(user.body.status).toBe("ignored");
      await server.services.jobs.idle();
      const row = await interaction(intercom.id, "503");
      expect(row).toMatchObject({
        customerExternalId: "70",
        agentExternalId: "991267715",
        channel: "conversation",
        isSolved: true,
      });
      expect(row?.tags).toEqual(["Test tag"]);
      expect(row?.solvedAt?.toISOString()).toBe(new Date((conversation.created_at + 600) * 1000).toISOString());
    });

    it("invites pilot participants of every arm when their ticket is solved, with the link in the answer", async () => {
      const arms = new Map<string, string>();
      for (let i = 0; arms.size < 2 && i < 60; i++) {
        const customerId = `arm-${i}`;
        const answer = await runOk(helpdesk, "policyFor", {
          policy: "refunds",
          customerId,
          ticketId: `arm-ticket-${i}`,
        });
        if (!arms.has(answer.variantKey)) arms.set(answer.variantKey, customerId);
      }
      expect([...arms.keys()].sort()).toEqual(["control", "variant-1"]);
      for (const [variantKey, customerId] of arms) {
        const i = customerId.slice(4);
        const ticket = { ticketId: `arm-ticket-${i}`, requesterId: customerId };
        await sendZendesk(zendeskEvent("ticket.created", { ...ticket, id: `arm-c-${i}`, time: now() }));
        const solved = await sendZendesk(
          zendeskEvent("ticket.status_changed", {
            ...ticket,
            id: `arm-s-${i}`,
            time: now(),
            event: { previous: "OPEN", current: "SOLVED" },
          }),
        );
        expect(solved.status).toBe(200);
        expect(solved.body.surveyUrl, variantKey).toMatch(/^http:\/\/surveys\.test\/s\/[A-Za-z0-9_-]{22}$/);
        const token = solved.body.surveyUrl.split("/s/")[1];
        const invitation = await server.db.prisma.surveyInvitation.findFirstOrThrow({
          where: { customerExternalId: customerId },
          include: { tokens: true, variant: true },
        });
        expect(invitation).toMatchObject({ decision: "SENT", pilotId });
        expect(invitation.variant.key).toBe(variantKey);
        expect(invitation.tokens).toHaveLength(1);
        expect(invitation.tokens[0]?.tokenHash).not.toContain(token);
        expect(JSON.stringify(await server.db.prisma.surveyToken.findMany())).not.toContain(token);

        // The helpdesk can also ask for it: a fresh link each time.
        const asked = await helpdesk.ok(
          `query($t: String!) { surveyInvitation(ticketId: $t) { decision surveyUrl expiresAt } }`,
          { t: ticket.ticketId },
        );
        expect(asked.surveyInvitation.decision).toBe("SENT");
        expect(asked.surveyInvitation.surveyUrl).toMatch(/\/s\//);
        expect(asked.surveyInvitation.surveyUrl).not.toBe(solved.body.surveyUrl);
      }
      // A ticket of somebody outside the pilot gets no invitation and no link.
      const outsider = await sendZendesk(
        zendeskEvent("ticket.status_changed", {
          ticketId: "outsider",
          requesterId: "nobody",
          id: "out-s",
          time: now(),
          event: { current: "SOLVED" },
        }),
      );
      expect(outsider.body.surveyUrl).toBeUndefined();
      const none = await helpdesk.ok(`{ surveyInvitation(ticketId: "outsider") { decision } }`);
      expect(none.surveyInvitation).toBeNull();
    });

    it("records recordInteractionEvent from an API token with the same idempotency, and generic signed webhooks", async () => {
      const mutation = `mutation($input: RecordInteractionEventInput!) { recordInteractionEvent(input: $input) {
        __typename ... on Error { message } ... on MutationRecordInteractionEventSuccess { data { status eventId surveyUrl } } } }`;
      const event = {
        id: "gen-1",
        type: "ticket.created",
        ticketId: "gen-t-1",
        occurredAt: now().toISOString(),
        customerId: "gen-c-1",
        channel: "chat",
      };
      const first = await helpdesk.mutate("recordInteractionEvent", mutation, {
        input: { integrationId: generic.id, event },
      });
      expect(first.status).toBe("ACCEPTED");
      const again = await helpdesk.mutate("recordInteractionEvent", mutation, {
        input: { integrationId: generic.id, event },
      });
      expect(again.status).toBe("DUPLICATE");
      const ignored = await helpdesk.mutate("recordInteractionEvent", mutation, {
        input: { integrationId: generic.id, event: { ...event, id: "gen-2", type: "ticket.merged" } },
      });
      expect(ignored.status).toBe("IGNORED");

      const body = JSON.stringify({ ...event, id: "gen-3", type: "ticket.solved", occurredAt: now().toISOString() });
      const signed = await postWebhook(
        server.url,
        path(generic.webhookUrl),
        body,
        genericHeaders(body, GENERIC_SECRET, now()),
      );
      expect(signed.status).toBe(200);
      const bad = await postWebhook(
        server.url,
        path(generic.webhookUrl),
        body,
        genericHeaders(body, "wrong-secret", now()),
      );
      expect(bad.status).toBe(401);
      const missing = JSON.stringify({ ...event, id: "gen-4", ticketId: "" });
      const invalid = await postWebhook(
        server.url,
        path(generic.webhookUrl),
        missing,
        genericHeaders(missing, GENERIC_SECRET, now()),
      );
      expect(invalid.status).toBe(400);
      expect(invalid.body.field).toBe("ticketId");
      await server.services.jobs.idle();
      expect(await interaction(generic.id, "gen-t-1")).toMatchObject({
        channel: "chat",
        isSolved: true,
        eventCount: 2,
      });
    });

    it("shows integration health: events per hour, replays, unknown types, rejections by reason, lag", async () => {
      const data = await admin.ok(
        `query($id: ID!) { node(id: $id) { ... on Integration { health { eventsLast24h replaysLast24h unknownTypesLast24h
           rejectedLast24h { reason count } lastEventAt pendingEvents failedEvents medianLagSeconds eventsPerHour { hour count } } } } }`,
        { id: zendesk.id },
      );
      const health = data.node.health;
      expect(health.eventsLast24h).toBe(
        await server.db.prisma.webhookEvent.count({ where: { integrationId: zendesk.id } }),
      );
      expect(health.eventsPerHour).toHaveLength(24);
      expect(health.replaysLast24h).toBeGreaterThanOrEqual(1);
      expect(health.unknownTypesLast24h).toBe(3);
      expect(health.rejectedLast24h).toEqual(
        expect.arrayContaining([
          { reason: "BAD_SIGNATURE", count: 3 },
          { reason: "STALE_TIMESTAMP", count: 2 },
          { reason: "MALFORMED", count: 5 },
          { reason: "TOO_LARGE", count: 1 },
        ]),
      );
      expect(health.lastEventAt).not.toBeNull();
      expect(health.pendingEvents).toBe(0);
      expect(health.medianLagSeconds).not.toBeNull();
    });
  });
}
