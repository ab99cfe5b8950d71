import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../api/src/seed/demo-seed.js";
import { launchBrowser, screenshot, watchPage } from "../testkit/browser.js";
import { startDemoServer } from "../testkit/demo-server.js";
import { fingerprint } from "../testkit/fingerprint.js";

/**
 * The agents' side in a real browser against the demo (ADR 0020): the demo agent previews a customer (nothing
 * recorded), reads the text that applies and the beta status, rates the variant; a manager sees the rating.
 */
describe("agents in Chromium", () => {
  let demo: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;

  beforeAll(async () => {
    demo = await startDemoServer("pglite");
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  async function signIn(page: Page, email: string) {
    await page.goto(demo.url);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
  }

  it("lets the demo agent preview a customer and rate the variant; the manager sees the rating", async () => {
    const running = await demo.db.prisma.pilot.findFirstOrThrow({
      where: { status: "RUNNING" },
      include: { policy: true, variants: { include: { policyVersion: true } } },
    });
    const inBeta = await demo.db.prisma.assignment.findFirstOrThrow({
      where: { pilotId: running.id, variant: { isControl: false } },
      orderBy: { participant: { externalId: "asc" } },
      include: { participant: true, variant: { include: { policyVersion: true } } },
    });
    const customerId = inBeta.participant.externalId;
    const variant = inBeta.variant;

    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    const watch = watchPage(page);
    await signIn(page, "agent@demo.policy-pilot.test");
    await page.getByRole("link", { name: "Agent", exact: true }).click();
    await page.getByRole("heading", { name: "Which policy applies?" }).waitFor();

    const before = await fingerprint(demo.db);
    await page.getByLabel("Customer id").fill(customerId);
    await page.getByLabel("Ticket id (optional)").fill("T-E2E-1");
    await page.getByLabel("Policy", { exact: true }).selectOption({ label: running.policy.name });
    await page.getByRole("button", { name: "Show what applies" }).click();
    const answer = page.getByRole("region", { name: "Preview answer" });
    await answer.waitFor();
    await expect.poll(() => answer.getByText(`Customer ${customerId} is in a beta.`).count()).toBe(1);
    await expect
      .poll(() => answer.getByText(`variant “${variant.name}” applies`, { exact: false }).count())
      .toBeGreaterThan(0);
    const procedures = (variant.policyVersion.content as { procedures: string }).procedures;
    const firstWords = procedures
      .split("\n")[0]!
      .replace(/^\s*(\d+[.)]|[-*+])\s+/, "")
      .replace(/[*_`]/g, "")
      .slice(0, 30);
    await expect.poll(() => answer.getByText(firstWords, { exact: false }).count()).toBeGreaterThan(0);
    await screenshot(page, "agents-01-preview-in-beta");

    // A customer nobody has asked about yet: what their first ask would give, and still nothing recorded.
    await page.getByLabel("Customer id").fill("cust-e2e-new");
    await page.getByRole("button", { name: "Show what applies" }).click();
    await expect
      .poll(() => answer.getByText("is not enrolled yet; on their first ask they would get", { exact: false }).count())
      .toBeGreaterThan(0);
    await expect.poll(() => answer.getByText("Customer cust-e2e-new is not in a beta.").count()).toBe(1);
    await screenshot(page, "agents-02-preview-not-enrolled");
    expect(await fingerprint(demo.db)).toEqual(before);

    await page.getByLabel("Variant", { exact: true }).selectOption({ value: variant.id });
    await page.getByLabel("Clarity", { exact: true }).selectOption({ value: "4" });
    await page.getByLabel("Workability", { exact: true }).selectOption({ value: "5" });
    await page.getByLabel("Comment", { exact: true }).fill("E2E: the 50 EUR rule is easy to apply on the phone.");
    await screenshot(page, "agents-03-rating-form");
    await page.getByRole("button", { name: "Rate variant" }).click();
    await expect.poll(() => page.getByText("Thank you: your rating of", { exact: false }).count()).toBe(1);
    // Rated this week: the variant moves to the list of those not open now, with when it opens again.
    await expect
      .poll(() => page.getByText("You rated it this week; you can rate it again from Monday", { exact: false }).count())
      .toBeGreaterThan(0);
    await screenshot(page, "agents-04-rated");
    const agent = await demo.db.prisma.user.findUniqueOrThrow({ where: { email: "agent@demo.policy-pilot.test" } });
    const stored = await demo.db.prisma.agentRating.findFirstOrThrow({
      where: { userId: agent.id, variantId: variant.id },
      orderBy: { createdAt: "desc" },
    });
    expect(stored).toMatchObject({ clarity: 4, workability: 5 });
    expect(watch.errors).toEqual([]);

    const managerPage = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    const managerWatch = watchPage(managerPage);
    await signIn(managerPage, "manager@demo.policy-pilot.test");
    await managerPage.getByRole("link", { name: "Pilots" }).first().click();
    await managerPage.getByRole("link", { name: running.name }).first().click();
    const table = managerPage.getByRole("table", { name: "Agent ratings per variant" });
    await table.waitFor();
    const expected = await demo.db.prisma.agentRating.count({ where: { variantId: variant.id } });
    const row = table.getByRole("row").filter({ hasText: variant.name });
    await expect.poll(() => row.getByRole("cell").first().textContent()).toBe(String(expected));
    await expect
      .poll(() =>
        managerPage.getByText("E2E: the 50 EUR rule is easy to apply on the phone.", { exact: false }).count(),
      )
      .toBe(1);
    await managerPage.getByRole("heading", { name: "Agent ratings" }).scrollIntoViewIfNeeded();
    await screenshot(managerPage, "agents-05-manager-sees-ratings");
    expect(managerWatch.errors).toEqual([]);
  });

  it("shows no Agent link to viewers", async () => {
    const page = await browser.newPage();
    await signIn(page, "viewer@demo.policy-pilot.test");
    await page.getByRole("link", { name: "Pilots" }).first().waitFor();
    expect(await page.getByRole("link", { name: "Agent", exact: true }).count()).toBe(0);
  });
});
