import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../api/src/seed/demo-seed.js";
import { launchBrowser, screenshot, watchPage } from "../testkit/browser.js";
import { startDemoServer } from "../testkit/demo-server.js";

/**
 * Ops chooses who is in a pilot, in a real browser against the demo: builds an attribute rule with the rule builder
 * (the JSON follows), sees the live count change, uploads a CSV of customers and watches the progress bar, sees the
 * eligible count include them, and launches the pilot; the audience is then frozen.
 */
describe("audiences in Chromium", () => {
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

  it("builds a rule, imports a CSV with a progress bar, sees the eligible count and starts the pilot", async () => {
    const pilot = await demo.db.prisma.pilot.findFirstOrThrow({ where: { name: "Evening chat", status: "DRAFT" } });
    const listedBefore = await demo.db.prisma.audienceMember.count({ where: { pilotId: pilot.id } });
    expect(listedBefore).toBeGreaterThan(0); // the demo's imported list

    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    const watch = watchPage(page);
    await page.goto(demo.url);
    await page.getByLabel("Email").fill("ops@demo.policy-pilot.test");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("link", { name: "Pilots", exact: true }).first().waitFor();
    await page.goto(`${demo.url}/pilots/${pilot.id}`);
    const panel = page.getByRole("region", { name: "Audience" });
    await panel.waitFor();
    const count = panel.getByTestId("eligible-count");
    await expect.poll(async () => Number((await count.textContent())?.replace(/,/g, ""))).toBeGreaterThan(0);
    const before = Number((await count.textContent())?.replace(/,/g, ""));
    // The demo rule shows as two rows of the builder (in JSONB's key order: shorter keys first).
    expect(await panel.getByLabel("Rule 1 attribute").inputValue()).toBe("plan");
    expect(await panel.getByLabel("Rule 1 operator").inputValue()).toBe("isNot");
    expect(await panel.getByLabel("Rule 2 attribute").inputValue()).toBe("country");
    expect(await panel.getByLabel("Rule 2 value").inputValue()).toBe("SE, NO, DK, FI");

    // A third condition with the builder: the JSON follows, and the live count is of the unsaved rule.
    await panel.getByRole("button", { name: "Add condition" }).click();
    await panel.getByLabel("Rule 3 attribute").fill("language");
    await panel.getByLabel("Rule 3 operator").selectOption("is");
    await panel.getByLabel("Rule 3 value").fill("sv");
    await expect
      .poll(() => panel.getByLabel("Rule as JSON (GrowthBook condition syntax)").inputValue())
      .toContain('"language"');
    await panel.getByText("(unsaved rule)").waitFor();
    const narrowed = Number((await count.textContent())?.replace(/,/g, ""));
    expect(narrowed).toBeLessThanOrEqual(before);
    await panel.getByRole("button", { name: "Save rule and coverage" }).click();
    await panel.getByText("Audience saved.").waitFor();
    const saved = await demo.db.prisma.pilotAudience.findUniqueOrThrow({ where: { pilotId: pilot.id } });
    expect(saved.condition).toEqual({
      country: { $in: ["SE", "NO", "DK", "FI"] },
      plan: { $ne: "free" },
      language: { $eq: "sv" },
    });
    await screenshot(page, "audiences-01-rule-builder");

    // A CSV of 40 000 customers who match the rule: a progress bar while it imports, then the result.
    const rows = ["customer_id;country;plan;language;tenure"];
    for (let i = 0; i < 40_000; i++) rows.push(`e2e-${i};SE;premium;sv;${i % 48}`);
    await panel.getByLabel("from a CSV file").setInputFiles({
      name: "evening-chat-more.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(`\uFEFF${rows.join("\r\n")}\r\n`),
    });
    // The progress bar may come and go between two looks of the test: the page itself records that it was shown.
    await page.evaluate(() => {
      const w = window as unknown as { sawProgress?: number };
      new MutationObserver(() => {
        const bar = document.querySelector<HTMLProgressElement>('progress[aria-label="Import progress"]');
        if (bar) w.sawProgress = Math.max(w.sawProgress ?? 0, bar.value);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await panel.getByRole("button", { name: "Upload and import" }).click();
    await panel
      .getByLabel("Import progress")
      .waitFor({ timeout: 5_000 })
      .then(
        () => screenshot(page, "audiences-02-import-progress"),
        () => {}, // already finished: the page's own record below says whether the bar was shown
      );
    const outcome = panel.getByText("Imported.").or(panel.getByRole("alert"));
    await outcome.first().waitFor({ timeout: 120_000 });
    expect(await outcome.first().textContent()).toContain("Imported.");
    expect(
      await page.evaluate(() => (window as unknown as { sawProgress?: number }).sawProgress),
    ).toBeGreaterThanOrEqual(0);
    await expect.poll(() => panel.getByText("40000 customers: 40000 new, 0 updated", { exact: false }).count()).toBe(1);
    await expect
      .poll(async () => Number((await count.textContent())?.replace(/,/g, "")), { timeout: 20_000 })
      .toBe(narrowed + 40_000);
    await screenshot(page, "audiences-03-imported");

    // Launch: the audience is frozen from now on.
    await page.getByRole("button", { name: "Start pilot" }).click();
    await page.getByText("Pilot started.").waitFor();
    await expect.poll(() => panel.getByRole("button", { name: "Save rule and coverage" }).count()).toBe(0);
    expect((await demo.db.prisma.pilot.findUniqueOrThrow({ where: { id: pilot.id } })).status).toBe("RUNNING");
    expect(await demo.db.prisma.audienceMember.count({ where: { pilotId: pilot.id } })).toBe(listedBefore + 40_000);
    await screenshot(page, "audiences-04-started");
    expect(watch.errors).toEqual([]);
  });
});
