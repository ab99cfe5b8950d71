import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../api/src/seed/demo-seed.js";
import { launchBrowser, screenshot, watchPage } from "../testkit/browser.js";
import { startDemoServer } from "../testkit/demo-server.js";

/**
 * The manager's journey in a real browser against the real server with the demo seeded: sign in, open the running
 * pilot, read its results, promote a variant with a rationale, and see the policy's new published version.
 */
describe("console in Chromium", () => {
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

  it("lets the demo manager promote a variant of the running pilot", async () => {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    const watch = watchPage(page);
    await page.goto(demo.url);

    await page.getByLabel("Email").fill("manager@demo.policy-pilot.test");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await screenshot(page, "01-login");
    await page.getByRole("button", { name: "Sign in" }).click();

    await page.getByRole("link", { name: "Pilots" }).first().click();
    const running = await demo.db.prisma.pilot.findFirstOrThrow({
      where: { status: "RUNNING" },
      include: { policy: true, variants: { orderBy: { position: "asc" } } },
    });
    await page.getByRole("link", { name: running.name }).first().click();
    await expect.poll(() => page.getByRole("heading", { name: running.name }).count()).toBeGreaterThan(0);

    const results = page.getByRole("table", { name: "Results" });
    await results.waitFor();
    for (const variant of running.variants) {
      expect(await results.getByText(variant.name).count()).toBeGreaterThan(0);
    }
    const participants = page.getByRole("table", { name: "Participants" });
    await participants.waitFor();
    expect(await participants.getByRole("row").count()).toBe(21);
    const comments = await demo.db.prisma.feedback.count({ where: { pilotId: running.id, comment: { not: null } } });
    await expect.poll(() => page.getByText(`Show more comments (${comments - 10} more)`).count()).toBe(1);
    await screenshot(page, "02-pilot-results");

    const winner = running.variants.find((v) => !v.isControl)!;
    await page.getByRole("button", { name: "Promote a variant" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await dialog.getByLabel("Variant").selectOption({ value: winner.key });
    await dialog.getByLabel("Rationale").fill("Higher CSAT with no guardrail harmed; agents found it workable.");
    await screenshot(page, "03-promote-dialog");
    await dialog.getByRole("button", { name: "Promote" }).click();

    await expect.poll(() => page.getByText("CONCLUDED").count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const published = await demo.db.prisma.policyVersion.findFirstOrThrow({
      where: { policyId: running.policyId, status: "PUBLISHED" },
    });
    expect(published.basedOnId).toBe(winner.policyVersionId);

    await page.getByRole("link", { name: running.policy.name }).first().click();
    await expect.poll(() => page.getByText("Published version").count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(`v${published.number}`).count()).toBeGreaterThan(0);
    await screenshot(page, "04-policy-new-version");
    expect(watch.errors).toEqual([]);
  });

  it("lets the demo ops user write a draft, launch a pilot on it and start it", async () => {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    const watch = watchPage(page);
    await page.goto(demo.url);
    await page.getByLabel("Email").fill("ops@demo.policy-pilot.test");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();

    await page.getByRole("link", { name: "Policies" }).first().click();
    await page.getByRole("link", { name: "Complaint handling and escalation" }).click();
    await page.getByText("Published version").first().waitFor();

    await page.getByLabel("Title", { exact: true }).fill("Complaints: apology voucher");
    await page.getByLabel("Change note").fill("Agents may offer a 10 EUR voucher with every apology.");
    await page
      .getByLabel("Procedures")
      .fill("1. Apologise and offer a **10 EUR voucher**.\n2. Resolve within two days.");
    await page.getByRole("button", { name: "Create draft" }).click();
    await page.getByRole("heading", { name: /Complaints: apology voucher/ }).waitFor();
    await screenshot(page, "05-new-draft");
    const policy = await demo.db.prisma.policy.findUniqueOrThrow({
      where: { key: "complaint-handling" },
      include: { versions: true },
    });
    const draft = policy.versions.find((v) => v.title === "Complaints: apology voucher")!;
    expect(draft.status).toBe("DRAFT");
    expect((draft.content as { procedures: string }).procedures).toContain("10 EUR voucher");

    await page.getByRole("link", { name: "Complaint handling and escalation" }).first().click();
    await page.getByRole("link", { name: "New pilot" }).click();
    await page.getByLabel("Name", { exact: true }).fill("Apology vouchers");
    await page.getByLabel("Hypothesis").fill("A small voucher with the apology raises CSAT on complaints.");
    await page.getByLabel("Treatment 1 version").selectOption({ value: draft.id });
    // The design section: NPS primary, effort may not get worse by more than 3 %.
    await page.getByLabel("Primary metric").selectOption({ value: "nps" });
    await page.getByLabel("Guardrail 1 margin").fill("3");
    await screenshot(page, "06-new-pilot");
    await page.getByRole("button", { name: "Create pilot (as draft)" }).click();
    await page.getByRole("heading", { name: "Apology vouchers" }).waitFor();
    await page.getByRole("button", { name: "Start pilot" }).click();
    await expect.poll(() => page.getByText("Pilot started.").count()).toBeGreaterThan(0);
    await screenshot(page, "07-pilot-started");

    const pilot = await demo.db.prisma.pilot.findFirstOrThrow({
      where: { name: "Apology vouchers" },
      include: { variants: true },
    });
    expect(pilot.status).toBe("RUNNING");
    expect([pilot.primaryMetric, pilot.secondaryMetrics, pilot.guardrails, pilot.mde]).toEqual([
      "nps",
      ["satisfied"],
      [{ metric: "ces", margin: 0.03 }],
      5,
    ]);
    await page.getByRole("region", { name: "Design" }).getByText("Primary metric: NPS").waitFor();
    expect(pilot.variants.map((v) => [v.key, v.weight, v.isControl])).toEqual(
      expect.arrayContaining([
        ["control", 0.5, true],
        ["variant-b", 0.5, false],
      ]),
    );
    expect(watch.errors).toEqual([]);
  });

  it("lets the demo admin create an integration token that works, and revoke it", async () => {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    const watch = watchPage(page);
    await page.goto(demo.url);
    await page.getByLabel("Email").fill("admin@demo.policy-pilot.test");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("link", { name: "Integrations" }).click();
    await page.getByLabel("New token for").fill("zendesk-test");
    await page.getByRole("button", { name: "Create token" }).click();
    const secret = (await page.getByRole("status").locator("code").textContent()) ?? "";
    expect(secret).toMatch(/^ppk_/);
    await screenshot(page, "08-integrations");

    const ask = () =>
      fetch(`${demo.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-policy-pilot-csrf": "1", authorization: `Bearer ${secret}` },
        body: JSON.stringify({
          query: `mutation { policyFor(input: { policy: "returns-and-refunds", customerId: "zd-42" }) {
            __typename ... on Error { message } ... on MutationPolicyForSuccess { data { source } } } }`,
        }),
      }).then((r) => r.json());
    expect((await ask()).data.policyFor.__typename).toBe("MutationPolicyForSuccess");

    await page
      .getByRole("row", { name: /zendesk-test/ })
      .getByRole("button", { name: "Revoke" })
      .click();
    await page
      .getByRole("row", { name: /zendesk-test/ })
      .getByText("REVOKED")
      .waitFor();
    const refused = (await ask()).data.policyFor;
    expect(refused.__typename).toBe("NotAuthorizedError");
    expect(refused.message).toMatch(/Sign in first/);
    expect(watch.errors).toEqual([]);
  });
});
