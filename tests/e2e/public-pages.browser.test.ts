import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot, watchPage } from "../testkit/browser.js";
import type { GqlClient, Json } from "../testkit/graphql.js";
import { CONNECT_HELPDESK, genericHeaders, postWebhook } from "../testkit/helpdesk.js";
import { policyWithDrafts, runOk } from "../testkit/operations.js";
import { startTestServer, type TestServer } from "../testkit/server.js";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const SECRET = "generic-helpdesk-secret";
const TEXT = {
  whatChanges: "Agents may approve refunds under 50 EUR at once, without asking a team lead.",
  duration: "Six weeks, from 1 December.",
  dataKept: "Your ratings and comments, for one year, without your name.",
  howToLeave: "Use the link at the bottom of any page, or ask the agent.",
};
const TEXT_SV = {
  whatChanges: "Handläggare får godkänna återbetalningar under 50 EUR direkt, utan att fråga en teamledare.",
  duration: "Sex veckor, från den 1 december.",
  dataKept: "Dina betyg och kommentarer, i ett år, utan ditt namn.",
  howToLeave: "Använd länken längst ned på varje sida, eller fråga handläggaren.",
};

/** Axe-core in the page: no serious or critical accessibility violation. */
async function expectAccessible(page: Page, name: string) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page.
    const axe = (window as any).axe;
    const { violations } = await axe.run(document, { resultTypes: ["violations"] });
    return violations.map((v: { id: string; impact: string; nodes: unknown[] }) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.length,
    }));
  });
  const serious = result.filter((v: { impact: string }) => v.impact === "serious" || v.impact === "critical");
  expect(serious, `${name}: ${JSON.stringify(result)}`).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(overflow, `${name} scrolls sideways at 360 px`).toBeLessThanOrEqual(360);
}

/**
 * The beta customer's pages in Chromium on a 360 × 740 phone, in English and Swedish: the beta disclosure with
 * accept, the survey with a thank-you, "already answered", the opt-out, and an unknown link — each checked with axe.
 */
describe("public pages in Chromium (phone)", () => {
  let server: TestServer;
  let browser: Browser;
  let helpdesk: GqlClient;
  let webhookPath: string;
  let seq = 0;

  const ask = async (customerId: string, ticketId?: string) =>
    (await runOk(helpdesk, "policyFor", { policy: "public-pages", customerId, ticketId })) as Json;
  const event = (e: Record<string, unknown>) => {
    const body = JSON.stringify({ occurredAt: server.clock.now().toISOString(), id: `p-${++seq}`, ...e });
    return postWebhook(server.url, webhookPath, body, genericHeaders(body, SECRET, server.clock.now()));
  };
  const local = (url: string) => url.replace("http://surveys.test", server.url);

  beforeAll(async () => {
    server = await startTestServer("pglite");
    browser = await launchBrowser();
    helpdesk = await server.integration();
    const admin = await server.as("ADMIN");
    const connected = await admin.mutate("connectHelpdesk", CONNECT_HELPDESK, {
      input: { vendor: "GENERIC", name: "Helpdesk", secret: SECRET },
    });
    webhookPath = new URL(connected.webhookUrl).pathname;
    const ops = await server.as("OPS");
    const setup = await policyWithDrafts(ops, await server.as("MANAGER"), "public-pages", 1);
    const pilot = await runOk(ops, "createPilot", {
      policyId: setup.policyId,
      name: "Refunds beta",
      consentRequired: true,
      control: { weight: 0.5 },
      treatments: [{ key: "variant-1", name: "Variant 1", policyVersionId: setup.draftIds[0], weight: 0.5 }],
    });
    await runOk(ops, "saveDisclosure", { pilotId: pilot.id, en: TEXT, sv: TEXT_SV });
    await runOk(ops, "startPilot", { pilotId: pilot.id });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [language, words] of [
    [
      "en",
      {
        accept: "Yes, I'll take part",
        accepted: "Thank you for taking part",
        send: "Send my answers",
        thanks: "Thank you!",
        answered: "Already answered",
        leave: "Leave the beta",
        confirm: "Yes, leave the beta",
        left: "You have left the beta",
        satisfied: "5 – Very satisfied",
      },
    ],
    [
      "sv",
      {
        accept: "Ja, jag deltar",
        accepted: "Tack för att du deltar",
        send: "Skicka mina svar",
        thanks: "Tack!",
        answered: "Redan besvarad",
        leave: "Lämna betan",
        confirm: "Ja, lämna betan",
        left: "Du har lämnat betan",
        satisfied: "5 – Mycket nöjd",
      },
    ],
  ] as const) {
    it(`takes a ${language} customer from the beta page to the survey and out of the beta, accessibly`, async () => {
      const context = await browser.newContext({
        viewport: { width: 360, height: 740 },
        locale: language === "sv" ? "sv-SE" : "en-GB",
        bypassCSP: true,
      });
      const page = await context.newPage();
      const watch = watchPage(page);
      const customerId = `phone-${language}`;
      const asked = await ask(customerId);
      expect(asked.reason).toBe("CONSENT_PENDING");

      await page.goto(local(asked.consentUrl));
      expect(await page.getAttribute("html", "lang")).toBe(language);
      await expect.poll(() => page.getByText(language === "sv" ? TEXT_SV.duration : TEXT.duration).count()).toBe(1);
      await screenshot(page, `public-${language}-01-beta`);
      await expectAccessible(page, `beta page (${language})`);
      await page.getByRole("button", { name: words.accept }).click();
      await page.getByText(words.accepted).first().waitFor();

      const ticketId = `ticket-${language}`;
      await ask(customerId, ticketId);
      await event({ type: "ticket.created", ticketId, customerId });
      const solved = await event({ type: "ticket.solved", ticketId, customerId });
      await page.goto(local(solved.body.surveyUrl));
      await screenshot(page, `public-${language}-02-survey`);
      await expectAccessible(page, `survey (${language})`);
      await page.getByLabel(words.satisfied).check();
      await page
        .getByRole("radiogroup")
        .nth(1)
        .or(page.locator("fieldset").nth(1))
        .getByLabel("9", { exact: true })
        .check();
      await page.getByRole("textbox").fill(language === "sv" ? "Snabb hjälp, tack!" : "Quick help, thanks!");
      await page.getByRole("button", { name: words.send }).click();
      await page.getByRole("heading", { name: words.thanks }).waitFor();
      await screenshot(page, `public-${language}-03-thanks`);
      await expectAccessible(page, `thank-you (${language})`);
      await page.goto(local(solved.body.surveyUrl));
      await page.getByRole("heading", { name: words.answered }).waitFor();

      await page.getByRole("link", { name: words.leave }).click();
      await expectAccessible(page, `opt-out (${language})`);
      await page.getByRole("button", { name: words.confirm }).click();
      await page.getByRole("heading", { name: words.left }).waitFor();
      await screenshot(page, `public-${language}-04-left`);
      expect((await ask(customerId)).reason).toBe("OPTED_OUT");
      const stored = await server.db.prisma.feedback.findFirstOrThrow({
        where: { participant: { externalId: customerId } },
      });
      expect(stored).toMatchObject({ csat: 5, nps: 9, language });
      expect(watch.errors).toEqual([]);
      await context.close();
    });
  }

  it("shows an unknown link the neutral page, accessibly, and switches language", async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/s/AAAAAAAAAAAAAAAAAAAAAA`);
    await page.getByRole("heading", { name: "This link can't be used" }).waitFor();
    await expectAccessible(page, "unknown link");
    await page.getByRole("link", { name: "Språk: svenska" }).click();
    await page.getByRole("heading", { name: "Länken kan inte användas" }).waitFor();
    await screenshot(page, "public-05-unknown-sv");
    await context.close();
  });
});
