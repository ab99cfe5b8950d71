import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot, watchPage } from "../testkit/browser.js";
import { fixture, postWebhook, zendeskEvent, zendeskHeaders } from "../testkit/helpdesk.js";
import { policyWithDrafts, runningPilot, runOk } from "../testkit/operations.js";
import { emailOf, startTestServer, TEST_PASSWORD, type TestServer } from "../testkit/server.js";

const SECRET = "zendesk-signing-secret-e2e-0001";
const NEW_SECRET = "zendesk-signing-secret-e2e-0002";

/**
 * The admin's helpdesk journey in a real browser against the real server: connect Zendesk, read the webhook URL off
 * the page, watch signed and tampered deliveries show up in the integration's health, see a solved ticket of a pilot
 * participant become a survey invitation in the outbox, disable and re-enable the helpdesk, rotate its secret, and
 * use the page on a 360 px wide phone.
 */
describe("integrations in Chromium", () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer("pglite");
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const send = (path: string, body: string, secret = SECRET) =>
    postWebhook(server.url, path, body, zendeskHeaders(body, secret, server.clock.now()));

  async function signIn(page: Page) {
    await page.goto(server.url);
    await page.getByLabel("Email").fill(emailOf("ADMIN"));
    await page.getByLabel("Password").fill(TEST_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("link", { name: "Integrations" }).click();
    await page.getByRole("heading", { name: "Connect a helpdesk" }).waitFor();
  }

  it("lets the admin connect Zendesk, watch its health, see survey invitations and manage it", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const watch = watchPage(page);
    await signIn(page);
    await page.getByText("None yet: connect one below").waitFor();

    // The API's validation issue is shown next to the field it is about.
    const form = page.getByRole("form", { name: "Connect a helpdesk" });
    await form.getByLabel("Helpdesk", { exact: true }).selectOption("ZENDESK");
    await form.getByLabel("Name", { exact: true }).fill("   ");
    await form.getByLabel("Signing secret").fill(SECRET);
    await form.getByRole("button", { name: "Connect Zendesk" }).click();
    await form.locator(".field-error").getByText("must not be empty").waitFor();
    expect(await form.getByLabel("Name", { exact: true }).getAttribute("aria-invalid")).toBe("true");

    await form.getByLabel("Name", { exact: true }).fill("Zendesk production");
    expect(await form.getByLabel("Throttle (days)").inputValue()).toBe("14");
    expect(await form.getByLabel("Link expiry (days)").inputValue()).toBe("7");
    await form.getByRole("button", { name: "Connect Zendesk" }).click();
    const connected = page.getByRole("region", { name: "Zendesk production is connected" });
    await connected.waitFor();
    const webhookUrl = (await connected.locator("code.webhook-url").textContent()) ?? "";
    expect(webhookUrl).toMatch(/^http:\/\/surveys\.test\/webhooks\/zendesk\/\S+$/);
    expect(await connected.getByText("will not be shown again").count()).toBe(1);
    expect(await connected.getByRole("listitem").count()).toBeGreaterThan(3);
    expect(await connected.getByText(/Ticket created/).count()).toBe(1);
    expect(await connected.getByRole("button", { name: "Copy webhook URL" }).count()).toBe(1);
    expect(await page.content()).not.toContain(SECRET);
    expect(await form.getByLabel("Signing secret").inputValue()).toBe("");
    await screenshot(page, "integrations-01-connected");

    const stored = await server.db.prisma.integration.findFirstOrThrow({ where: { name: "Zendesk production" } });
    expect(stored).toMatchObject({ vendor: "ZENDESK", surveyThrottleDays: 14, surveyExpiryDays: 7 });
    expect(stored.secretCiphertext).not.toContain(SECRET);

    // One signed delivery of the fixture, and one whose body was changed after signing.
    const path = new URL(webhookUrl).pathname;
    const body = JSON.stringify(fixture("zendesk-ticket.created"));
    const accepted = await send(path, body);
    expect(accepted.status).toBe(200);
    const signed = zendeskHeaders(body, SECRET, server.clock.now());
    const tampered = await postWebhook(server.url, path, body.replace('"OPEN"', '"SOLVED"'), signed);
    expect(tampered.status).toBe(401);
    expect(tampered.body.reason).toBe("BAD_SIGNATURE");
    await server.services.jobs.idle();

    await page.reload();
    const card = page.getByRole("article", { name: "Zendesk production" });
    await card.waitFor();
    const stat = (label: string) => card.locator(".stats > div").filter({ hasText: label }).locator("dd");
    await expect.poll(() => stat("Events received").textContent()).toBe("1");
    await card.getByText("None: every stored event was processed").waitFor();
    expect(await page.getByRole("alert").count()).toBe(0);
    expect(await stat("Rejected").textContent()).toMatch(/^1/);
    expect(await card.getByText("1 bad signature").count()).toBe(1);
    expect(await stat("Replays").textContent()).toBe("0");
    expect(await stat("Last event").textContent()).toMatch(/now|second|minute/);
    expect(await card.getByRole("img", { name: /Events per hour: 1 events in the last 24 hours/ }).count()).toBe(1);
    await card.getByText("Events per hour as a table").click();
    const hours = card.getByRole("table", { name: "Events per hour for Zendesk production" });
    expect(await hours.getByRole("row").count()).toBe(25);
    await card.getByText("Setup instructions").click();
    expect(await card.getByText(/Reveal secret/).count()).toBe(1);
    await screenshot(page, "integrations-02-health");

    // A running pilot, a participant assigned through policyFor, and that customer's ticket created then solved.
    const ops = await server.as("OPS");
    const setup = await policyWithDrafts(ops, await server.as("MANAGER"), "refunds", 1);
    const { pilotId } = await runningPilot(ops, setup, [0.5, 0.5]);
    const helpdesk = await server.integration();
    const customerId = "cust-e2e-1";
    const ticketId = "e2e-ticket-1";
    const assigned = await runOk(helpdesk, "policyFor", { policy: "refunds", customerId, ticketId });
    expect(assigned.pilotId).toBe(pilotId);
    const variant = await server.db.prisma.pilotVariant.findFirstOrThrow({
      where: { pilotId, key: assigned.variantKey },
    });
    const ticket = { ticketId, requesterId: customerId };
    const created = zendeskEvent("ticket.created", { ...ticket, id: "e2e-created", time: server.clock.now() });
    expect((await send(path, JSON.stringify(created))).status).toBe(200);
    const solved = zendeskEvent("ticket.status_changed", {
      ...ticket,
      id: "e2e-solved",
      time: server.clock.now(),
      event: { previous: "OPEN", current: "SOLVED" },
    });
    const solvedAnswer = await send(path, JSON.stringify(solved));
    expect(solvedAnswer.status).toBe(200);
    await server.services.jobs.idle();

    await page.reload();
    const outbox = page.getByRole("table", { name: "Survey outbox" });
    await outbox.waitFor();
    const row = outbox.getByRole("row").filter({ hasText: ticketId });
    expect(await row.count()).toBe(1);
    expect(await row.getByText("Sent", { exact: true }).count()).toBe(1);
    expect(await row.getByText(variant.name).count()).toBe(1);
    expect(await row.getByRole("link", { name: "Faster refunds" }).count()).toBe(1);
    expect(await row.getByText(customerId).count()).toBe(1);
    expect(await row.getByText("Helpdesk").count()).toBe(1);
    await expect.poll(() => stat("Events received").textContent()).toBe("3");
    await outbox.scrollIntoViewIfNeeded();
    await screenshot(page, "integrations-03-outbox");

    // An event whose processing failed for good (simulated here: the database says so) is listed with its error and
    // processed again by Retry.
    const createdEvent = await server.db.prisma.webhookEvent.findFirstOrThrow({
      where: { integrationId: stored.id, ticketExternalId: ticketId, eventType: "ticket.created" },
    });
    const failed = await server.db.prisma.webhookEvent.update({
      where: { id: createdEvent.id },
      data: { status: "FAILED", attempts: 5, lastError: "Simulated: the database did not answer in time." },
    });
    await page.reload();
    const failedTable = card.getByRole("table", { name: "Failed events of Zendesk production" });
    await failedTable.waitFor();
    const failedRow = failedTable.getByRole("row").filter({ hasText: ticketId });
    expect(await failedRow.getByText("Simulated: the database did not answer in time.").count()).toBe(1);
    expect(await failedRow.getByText("5", { exact: true }).count()).toBe(1);
    expect(await stat("Failed").textContent()).toBe("1");
    await screenshot(page, "integrations-04-failed-event");
    await failedRow.getByRole("button", { name: `Retry ${failed.eventType} of ticket ${ticketId}` }).click();
    await card.getByRole("status").getByText("queued again").waitFor();
    await server.services.jobs.idle();
    await expect
      .poll(async () => (await server.db.prisma.webhookEvent.findUniqueOrThrow({ where: { id: failed.id } })).status)
      .toBe("PROCESSED");
    await page.getByRole("button", { name: "Refresh health" }).click();
    await card.getByText("None: every stored event was processed").waitFor();
    await expect.poll(() => stat("Failed").textContent()).toBe("0");

    // Disabling asks first; a disabled helpdesk's deliveries are refused until it is enabled again.
    await card.getByRole("button", { name: "Disable Zendesk production" }).click();
    const dialog = page.getByRole("dialog", { name: "Disable Zendesk production?" });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Disable" }).click();
    await card.getByText("Disabled", { exact: true }).waitFor();
    const whileDisabled = zendeskEvent("ticket.created", { ...ticket, id: "e2e-off", time: server.clock.now() });
    expect((await send(path, JSON.stringify(whileDisabled))).status).toBe(403);
    await card.getByRole("button", { name: "Enable Zendesk production" }).click();
    await card.getByText("Enabled", { exact: true }).waitFor();
    expect((await send(path, JSON.stringify(whileDisabled))).status).toBe(200);

    // Rotating the secret: the old one stops working at once, the new one works.
    await card.getByText("Settings and signing secret").click();
    const settings = card.getByRole("form", { name: "Settings of Zendesk production" });
    await settings.getByLabel("New signing secret").fill(NEW_SECRET);
    await settings.getByLabel("Throttle (days)").fill("30");
    await settings.getByRole("button", { name: "Save settings" }).click();
    await settings.getByText("The new signing secret is in use now").waitFor();
    expect(await settings.getByLabel("New signing secret").inputValue()).toBe("");
    await card.getByText("throttle 30 d").waitFor();
    const afterRotation = zendeskEvent("ticket.created", { ...ticket, id: "e2e-rotated", time: server.clock.now() });
    expect((await send(path, JSON.stringify(afterRotation))).status).toBe(401);
    expect((await send(path, JSON.stringify(afterRotation), NEW_SECRET)).status).toBe(200);

    // The API-token section still works next to the helpdesks.
    await page.getByLabel("New token for").fill("zendesk-app");
    await page.getByRole("button", { name: "Create token" }).click();
    expect(
      (await page.getByRole("status").filter({ hasText: "Token for" }).locator("code").textContent()) ?? "",
    ).toMatch(/^ppk_/);
    expect(watch.errors).toEqual([]);
  });

  it("fits a 360 px wide phone without sideways scrolling, with every section open", async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
    const watch = watchPage(page);
    await signIn(page);
    const card = page.getByRole("article", { name: "Zendesk production" });
    await card.waitFor();
    await page.getByRole("table", { name: "Survey outbox" }).waitFor();
    await page.evaluate(() => {
      for (const details of document.querySelectorAll("details")) details.open = true;
    });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    // What sticks out, outside the tables that scroll on their own, so a failure says where to look.
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll("body *")]
        .filter((el) => el.getBoundingClientRect().right > 361 && !el.closest(".table-scroll"))
        .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`)
        .slice(0, 10),
    );
    expect(wide).toEqual([]);
    expect(width).toBeLessThanOrEqual(360);
    await screenshot(page, "integrations-05-phone");
    expect(watch.errors).toEqual([]);
  });
});
