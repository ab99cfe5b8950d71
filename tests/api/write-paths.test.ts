import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "../testkit/db.js";
import { fingerprint } from "../testkit/fingerprint.js";
import type { GqlClient } from "../testkit/graphql.js";
import { CONNECT_HELPDESK, genericHeaders, postWebhook } from "../testkit/helpdesk.js";
import { policyWithDrafts, run, runningPilot, runOk } from "../testkit/operations.js";
import { startTestServer, type TestServer } from "../testkit/server.js";

const SECRET = "write-paths-helpdesk-secret";

/**
 * The one-statement write paths (docs/adr/0028): submitFeedback stores its row and its audit row together or not at
 * all; a survey answer closes its invitation and stores the answer together, once, with the link's own state first.
 */
for (const backend of backends()) {
  describe(`one-statement write paths (${backend})`, () => {
    let server: TestServer;
    let ops: GqlClient;
    let helpdesk: GqlClient;
    let webhookPath: string;
    let seq = 0;

    const post = async (url: string, form: Record<string, string>) => {
      const res = await fetch(url.replace("http://surveys.test", server.url), {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(form).toString(),
      });
      return { status: res.status, text: await res.text() };
    };
    const event = async (e: Record<string, unknown>) => {
      const body = JSON.stringify({ occurredAt: server.clock.now().toISOString(), id: `w-${++seq}`, ...e });
      return postWebhook(server.url, webhookPath, body, genericHeaders(body, SECRET, server.clock.now()));
    };
    /** A running pilot on its own policy; returns its id and a helper that gives a customer a survey link. */
    const pilotWithSurveys = async (key: string) => {
      const setup = await policyWithDrafts(ops, await server.as("MANAGER"), key, 1);
      const { pilotId } = await runningPilot(ops, setup, [0.5, 0.5]);
      const linkFor = async (customerId: string) => {
        const ticketId = `${key}-${customerId}`;
        const asked = await runOk(helpdesk, "policyFor", { policy: key, customerId, ticketId });
        await event({ type: "ticket.created", ticketId, customerId });
        const solved = await event({ type: "ticket.solved", ticketId, customerId });
        expect(solved.body.surveyUrl, customerId).toBeTruthy();
        return { url: solved.body.surveyUrl as string, assignmentId: asked.assignmentId as string };
      };
      return { pilotId, linkFor };
    };
    const answersOf = (customerId: string) =>
      server.db.prisma.feedback.findMany({ where: { participant: { externalId: customerId } } });

    beforeAll(async () => {
      server = await startTestServer(backend);
      ops = await server.as("OPS");
      helpdesk = await server.integration();
      const connected = await (await server.as("ADMIN")).mutate("connectHelpdesk", CONNECT_HELPDESK, {
        input: { vendor: "GENERIC", name: "Helpdesk", secret: SECRET },
      });
      webhookPath = new URL(connected.webhookUrl).pathname;
    });
    afterAll(async () => server?.close());

    it("stores a rating with exactly one audit row, and a retried delivery adds neither", async () => {
      const { linkFor } = await pilotWithSurveys("ratings-audit");
      const { assignmentId } = await linkFor("c-rated");
      const first = await runOk(helpdesk, "submitFeedback", {
        assignmentId,
        csat: 4,
        nps: 8,
        comment: "  quick and kind  ",
        idempotencyKey: "zd-audit-1",
      });
      expect(first.duplicate).toBe(false);
      const stored = await server.db.prisma.feedback.findMany({ where: { idempotencyKey: "zd-audit-1" } });
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({ csat: 4, nps: 8, comment: "quick and kind", assignmentId, source: "CUSTOMER" });
      const audits = await server.db.prisma.auditEvent.findMany({ where: { subjectId: stored[0]!.id } });
      expect(audits).toHaveLength(1);
      expect(audits[0]).toMatchObject({ type: "feedback.submitted", subjectType: "feedback", actorType: "api_token" });
      expect(audits[0]!.data).toEqual({
        pilotId: stored[0]!.pilotId,
        variantId: stored[0]!.variantId,
        assignmentId,
      });

      const before = await fingerprint(server.db);
      const again = await runOk(helpdesk, "submitFeedback", {
        assignmentId,
        csat: 4,
        nps: 8,
        idempotencyKey: "zd-audit-1",
      });
      expect(again).toMatchObject({ duplicate: true, feedback: { id: first.feedback.id, csat: 4, nps: 8 } });
      expect(await fingerprint(server.db)).toEqual(before);
    });

    it("refuses a rating for a paused pilot, naming the allowed state, and stores no row and no audit row", async () => {
      const { pilotId, linkFor } = await pilotWithSurveys("ratings-paused");
      const { assignmentId } = await linkFor("c-paused");
      await runOk(ops, "pausePilot", { pilotId });
      const before = await fingerprint(server.db);
      const refused = await run(helpdesk, "submitFeedback", { assignmentId, csat: 5, idempotencyKey: "zd-paused" });
      expect(refused.__typename).toBe("InvalidStateError");
      expect(refused.message).toMatch(/only while a pilot is RUNNING; pilot .* is PAUSED/);
      expect(await fingerprint(server.db)).toEqual(before);
    });

    it("shows a used, expired or closed link's own page before any problem with the answers, and stores nothing", async () => {
      const { pilotId, linkFor } = await pilotWithSurveys("survey-precedence");
      const open = await linkFor("c-open");
      const invalid = await post(open.url, { csat: "9" });
      expect(invalid.status).toBe(422);
      expect(await answersOf("c-open")).toHaveLength(0);

      const expired = await linkFor("c-late");
      server.clock.advance(8 * 86_400_000);
      try {
        const late = await post(expired.url, { csat: "9" });
        expect(late.status).toBe(410);
        expect(late.text).toContain("This survey has closed");
        expect((await post(expired.url, { csat: "5" })).status).toBe(410);
      } finally {
        server.clock.advance(-8 * 86_400_000);
      }
      expect(await answersOf("c-late")).toHaveLength(0);

      const closed = await linkFor("c-closed");
      await runOk(ops, "pausePilot", { pilotId });
      const answer = await post(closed.url, { csat: "5" });
      expect(answer.status).toBe(410);
      expect(await answersOf("c-closed")).toHaveLength(0);
      const invitation = await server.db.prisma.surveyInvitation.findFirstOrThrow({
        where: { interaction: { ticketExternalId: "survey-precedence-c-closed" } },
      });
      expect(invitation.answeredAt).toBeNull();
    });

    it("stores nothing from the link of a customer who left the beta", async () => {
      const { linkFor } = await pilotWithSurveys("survey-withdrawn");
      const { url } = await linkFor("c-left");
      const token = url.split("/s/")[1];
      expect((await post(`${server.url}/o/${token}`, {})).status).toBe(200);
      const answer = await post(url, { csat: "5" });
      expect(answer.text).toContain("<h1>You have left the beta</h1>");
      expect(await answersOf("c-left")).toHaveLength(0);
    });

    if (backend === "postgres")
      it("stores one answer when ten submits of one link race", async () => {
        const { linkFor } = await pilotWithSurveys("survey-race");
        const { url } = await linkFor("c-race");
        const pages = await Promise.all(
          Array.from({ length: 10 }, (_, i) => post(url, { csat: "4", nps: String(i), comment: `try ${i}` })),
        );
        expect(pages.map((p) => p.status)).toEqual(Array(10).fill(200));
        expect(pages.filter((p) => p.text.includes("<h1>Thank you"))).toHaveLength(1);
        expect(pages.filter((p) => p.text.includes("<h1>Already answered"))).toHaveLength(9);
        const answers = await answersOf("c-race");
        expect(answers).toHaveLength(1);
        expect(answers[0]).toMatchObject({ csat: 4, comment: expect.stringMatching(/^try \d$/), language: "en" });
        const invitation = await server.db.prisma.surveyInvitation.findFirstOrThrow({
          where: { interaction: { ticketExternalId: "survey-race-c-race" } },
        });
        expect(invitation.answeredAt).not.toBeNull();
      });
  });
}
