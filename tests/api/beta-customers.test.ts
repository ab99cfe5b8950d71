import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "../testkit/db.js";
import type { GqlClient, Json } from "../testkit/graphql.js";
import { CONNECT_HELPDESK, genericHeaders, postWebhook } from "../testkit/helpdesk.js";
import { policyWithDrafts, runOk } from "../testkit/operations.js";
import { startTestServer, type TestServer } from "../testkit/server.js";

const SECRET = "generic-helpdesk-secret";
const TEXT = (lang: string) => ({
  whatChanges: `${lang}: agents may approve refunds under 50 EUR at once.`,
  duration: `${lang}: six weeks.`,
  dataKept: `${lang}: your ratings, for one year.`,
  howToLeave: `${lang}: use the link at the bottom of every page.`,
});
const POLICY_FOR = `mutation($input: PolicyForInput!) { policyFor(input: $input) { __typename ... on Error { message }
  ... on MutationPolicyForSuccess { data { source reason variantKey isControl assignmentId inBeta consentUrl } } } }`;
const SAVE_DISCLOSURE = `mutation($input: SaveDisclosureInput!) { saveDisclosure(input: $input) { __typename ... on Error { message }
  ... on MutationSaveDisclosureSuccess { data { version } } } }`;

for (const backend of backends()) {
  describe(`beta customers (${backend})`, () => {
    let server: TestServer;
    let ops: GqlClient;
    let helpdesk: GqlClient;
    let pilotId: string;
    let webhook: { id: string; webhookUrl: string };
    let seq = 0;

    const ask = async (customerId: string, ticketId?: string) =>
      (await helpdesk.mutate("policyFor", POLICY_FOR, {
        input: { policy: "consented", customerId, ticketId },
      })) as Json;
    const get = async (url: string, headers: Record<string, string> = {}) => {
      const res = await fetch(url.replace("http://surveys.test", server.url), { headers, redirect: "manual" });
      return { status: res.status, text: await res.text() };
    };
    const post = async (url: string, form: Record<string, string>) => {
      const res = await fetch(url.replace("http://surveys.test", server.url), {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(form).toString(),
      });
      return { status: res.status, text: await res.text() };
    };
    const event = async (e: Record<string, unknown>) => {
      const body = JSON.stringify({ occurredAt: server.clock.now().toISOString(), id: `b-${++seq}`, ...e });
      return postWebhook(
        server.url,
        new URL(webhook.webhookUrl).pathname,
        body,
        genericHeaders(body, SECRET, server.clock.now()),
      );
    };
    /** A consenting, randomized customer whose ticket is solved: returns their survey link. */
    const surveyLinkFor = async (customerId: string) => {
      const asked = await ask(customerId);
      await post(asked.consentUrl, { answer: "accept" });
      const ticketId = `t-${customerId}`;
      await ask(customerId, ticketId);
      await event({ type: "ticket.created", ticketId, customerId });
      const solved = await event({ type: "ticket.solved", ticketId, customerId });
      expect(solved.body.surveyUrl, customerId).toBeTruthy();
      return solved.body.surveyUrl as string;
    };

    beforeAll(async () => {
      server = await startTestServer(backend);
      ops = await server.as("OPS");
      helpdesk = await server.integration();
      webhook = await (await server.as("ADMIN")).mutate("connectHelpdesk", CONNECT_HELPDESK, {
        input: { vendor: "GENERIC", name: "Helpdesk", secret: SECRET },
      });
      const setup = await policyWithDrafts(ops, await server.as("MANAGER"), "consented", 1);
      const pilot = await runOk(ops, "createPilot", {
        policyId: setup.policyId,
        name: "Refunds beta",
        consentRequired: true,
        control: { weight: 0.5 },
        treatments: [{ key: "variant-1", name: "Variant 1", policyVersionId: setup.draftIds[0], weight: 0.5 }],
      });
      pilotId = pilot.id;
      // A consent-required pilot cannot start without its disclosure.
      const refused = await ops.ok(
        `mutation($id: ID!) { startPilot(input: { pilotId: $id }) { __typename ... on Error { message } } }`,
        { id: pilotId },
      );
      expect(refused.startPilot.message).toMatch(/write its beta disclosure/);
      expect(
        (await ops.mutate("saveDisclosure", SAVE_DISCLOSURE, { input: { pilotId, en: TEXT("en"), sv: TEXT("sv") } }))
          .version,
      ).toBe(1);
      expect(
        (await ops.mutate("saveDisclosure", SAVE_DISCLOSURE, { input: { pilotId, en: TEXT("EN"), sv: TEXT("SV") } }))
          .version,
      ).toBe(2);
      await runOk(ops, "startPilot", { pilotId });
    });
    afterAll(async () => server?.close());

    it("asks consent before randomizing: pending → accepted → randomized, with the disclosure version, language and channel", async () => {
      const first = await ask("c-accept");
      expect(first).toMatchObject({
        source: "PUBLISHED",
        reason: "CONSENT_PENDING",
        assignmentId: null,
        inBeta: false,
      });
      expect(first.consentUrl).toMatch(/^http:\/\/surveys\.test\/beta\/[A-Za-z0-9_-]{22}$/);
      expect(await server.db.prisma.assignment.count({ where: { pilotId } })).toBe(0);
      const again = await ask("c-accept");
      expect(again.reason).toBe("CONSENT_PENDING");

      const page = await get(first.consentUrl, { "accept-language": "sv-SE,sv;q=0.9" });
      expect(page.status).toBe(200);
      expect(page.text).toContain('<html lang="sv">');
      expect(page.text).toContain("SV: six weeks.");
      expect(page.text).toContain("Lämna betan");
      const accepted = await post(`${again.consentUrl}?lang=sv`, { answer: "accept" });
      expect(accepted.text).toContain("Tack för att du deltar");

      const consent = await server.db.prisma.consent.findFirstOrThrow({
        where: { pilotId },
        include: { disclosure: true },
      });
      expect(consent).toMatchObject({ status: "ACCEPTED", language: "sv", channel: "WEB" });
      expect(consent.disclosure?.version).toBe(2);

      const randomized = await ask("c-accept");
      expect(randomized.source).toBe("PILOT");
      expect(randomized.reason).toBe("IN_PILOT");
      // Both arms are told they are in a beta (not which arm).
      expect(randomized.inBeta).toBe(true);
      expect(randomized.assignmentId).toBeTruthy();
    });

    it("never randomizes a customer who declined, and still gives them the link to reconsider", async () => {
      const asked = await ask("c-decline");
      const declined = await post(asked.consentUrl, { answer: "decline" });
      expect(declined.text).toContain("No problem");
      const after = await ask("c-decline");
      expect(after).toMatchObject({ source: "PUBLISHED", reason: "CONSENT_DECLINED", assignmentId: null });
      expect(after.consentUrl).toMatch(/\/beta\//);
      expect(await server.db.prisma.assignment.count({ where: { participant: { externalId: "c-decline" } } })).toBe(0);
    });

    it("freezes the disclosure once the pilot runs", async () => {
      const result = await ops.ok(SAVE_DISCLOSURE, { input: { pilotId, en: TEXT("x"), sv: TEXT("y") } });
      expect(result.saveDisclosure.__typename).toBe("InvalidStateError");
      expect(result.saveDisclosure.message).toMatch(/frozen/);
    });

    it("takes a survey answer once, in the customer's language, and says so on a second submit", async () => {
      const url = await surveyLinkFor("c-survey");
      const form = await get(url, { "accept-language": "sv" });
      expect(form.status).toBe(200);
      expect(form.text).toContain("Hur gick det?");
      expect(form.text).toContain("Du deltar i en beta");
      expect(form.text).toMatch(/href="\/o\/[A-Za-z0-9_-]{22}\?lang=sv"/);
      const bad = await post(url, { csat: "9" });
      expect(bad.status).toBe(422);
      expect(bad.text).toContain("Choose a satisfaction score from 1 to 5.");
      const [a, b] = await Promise.all([
        post(`${url}?lang=sv`, { csat: "5", nps: "9", ces: "2", comment: "Snabbt och vänligt" }),
        post(`${url}?lang=sv`, { csat: "5", nps: "9", ces: "2", comment: "Snabbt och vänligt" }),
      ]);
      expect([a.text, b.text].filter((t) => t.includes("<h1>Tack!</h1>"))).toHaveLength(1);
      expect([a.text, b.text].filter((t) => t.includes("<h1>Redan besvarad</h1>"))).toHaveLength(1);
      const answers = await server.db.prisma.feedback.findMany({ where: { participant: { externalId: "c-survey" } } });
      expect(answers).toHaveLength(1);
      expect(answers[0]).toMatchObject({ csat: 5, nps: 9, ces: 2, comment: "Snabbt och vänligt", language: "sv" });
      expect(answers[0]?.invitationId).toBeTruthy();
      const reopened = await get(url);
      expect(reopened.text).toContain("Already answered");
    });

    it("says kindly when a link expired, and gives unknown links the same neutral page", async () => {
      const url = await surveyLinkFor("c-expired");
      server.clock.advance(8 * 86_400_000);
      const expired = await get(url);
      expect(expired.status).toBe(410);
      expect(expired.text).toContain("This survey has closed");
      server.clock.advance(-8 * 86_400_000);
      const unknownA = await get(`${server.url}/s/AAAAAAAAAAAAAAAAAAAAAA`);
      const unknownB = await get(`${server.url}/s/BBBBBBBBBBBBBBBBBBBBBB`);
      expect(unknownA.status).toBe(404);
      expect(unknownA.text).toBe(unknownB.text.replaceAll("BBBBBBBBBBBBBBBBBBBBBB", "AAAAAAAAAAAAAAAAAAAAAA"));
      expect(unknownA.text).toContain("This link can&#39;t be used");
      expect((await get(`${server.url}/beta/AAAAAAAAAAAAAAAAAAAAAA`)).text).toContain("This link can&#39;t be used");
    });

    it("opts out at once: the published policy applies, and the analysis keeps the customer in their arm", async () => {
      const url = await surveyLinkFor("c-optout");
      const before = await server.db.prisma.assignment.findFirstOrThrow({
        where: { participant: { externalId: "c-optout" } },
      });
      const token = url.split("/s/")[1];
      expect((await get(`${server.url}/o/${token}`)).text).toContain("Leave the beta?");
      expect((await post(`${server.url}/o/${token}`, {})).text).toContain("You have left the beta");
      const after = await ask("c-optout");
      expect(after).toMatchObject({ source: "PUBLISHED", reason: "OPTED_OUT", assignmentId: null });
      const stored = await server.db.prisma.assignment.findUniqueOrThrow({ where: { id: before.id } });
      expect(stored.variantId).toBe(before.variantId);
      expect(stored.withdrawnAt).not.toBeNull();
      expect(stored.withdrawalChannel).toBe("WEB");
      expect((await get(url)).text).toContain("You have left the beta");
    });

    it("lets an agent opt a customer out at their request", async () => {
      const asked = await ask("c-agent");
      await post(asked.consentUrl, { answer: "accept" });
      await ask("c-agent");
      const agent = await server.as("AGENT");
      const done = await agent.mutate(
        "optOutCustomer",
        `mutation($input: OptOutCustomerInput!) { optOutCustomer(input: $input) { __typename ... on Error { message }
           ... on MutationOptOutCustomerSuccess { data { customerId withdrawnAt } } } }`,
        { input: { pilotId, customerId: "c-agent" } },
      );
      expect(done.customerId).toBe("c-agent");
      expect((await ask("c-agent")).reason).toBe("OPTED_OUT");
      const audit = await server.db.prisma.auditEvent.findFirst({ where: { type: "participant.opted_out" } });
      expect(audit?.actorLabel).toBe("agent@test.policy-pilot.test");
    });

    it("ends a consent racing an opt-out in one defined state", async () => {
      for (let round = 0; round < 5; round++) {
        const customerId = `c-race-${round}`;
        const asked = await ask(customerId);
        const token = asked.consentUrl.split("/beta/")[1];
        await Promise.all([post(asked.consentUrl, { answer: "accept" }), post(`${server.url}/o/${token}`, {})]);
        const answer = await ask(customerId);
        const consent = await server.db.prisma.consent.findFirstOrThrow({
          where: { participant: { externalId: customerId } },
        });
        const assignment = await server.db.prisma.assignment.findFirst({
          where: { participant: { externalId: customerId } },
        });
        if (consent.status === "ACCEPTED") {
          expect(answer.reason).toBe("IN_PILOT");
          expect(assignment?.withdrawnAt ?? null).toBeNull();
        } else {
          expect(consent.status).toBe("DECLINED");
          expect(answer.reason).toBe("CONSENT_DECLINED");
          expect(assignment).toBeNull();
        }
      }
    });
  });
}
