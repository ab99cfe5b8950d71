import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../api/src/db/create-db.js";
import { systemClock } from "../../api/src/lib/clock.js";
import { createSecretBox } from "../../api/src/lib/secret-box.js";
import { DEMO_ZENDESK_SECRET } from "../../api/src/seed/demo-helpdesk.js";
import { seedDemo } from "../../api/src/seed/demo-seed.js";
import { createTestDb } from "../testkit/db.js";

/** The demo's helpdesk side, as `npm start` seeds it (with the instance's secrets key). */
describe("the demo's connected Zendesk", () => {
  let db: Database;
  const secrets = createSecretBox(randomBytes(32));

  beforeAll(async () => {
    db = await createTestDb("pglite");
    await seedDemo(db, { clock: systemClock, secrets });
  });
  afterAll(async () => db?.close());

  it("has a Zendesk integration whose sealed secret is the documented one", async () => {
    const integration = await db.prisma.integration.findFirstOrThrow();
    expect(integration.vendor).toBe("ZENDESK");
    expect(secrets.open(integration.secretCiphertext)).toBe(DEMO_ZENDESK_SECRET);
  });

  it("ties interactions to the running pilot's arms, with survey decisions and answers linked to their invitations", async () => {
    const running = await db.prisma.pilot.findFirstOrThrow({ where: { status: "RUNNING" } });
    const interactions = await db.prisma.interaction.findMany();
    expect(interactions.length).toBeGreaterThan(50);
    expect(interactions.every((i) => i.pilotId === running.id && i.assignmentId)).toBe(true);
    const decisions = await db.prisma.surveyInvitation.groupBy({ by: ["decision"], _count: true });
    expect(decisions.map((d) => d.decision)).toContain("SENT");
    const answered = await db.prisma.surveyInvitation.count({ where: { answeredAt: { not: null } } });
    expect(answered).toBeGreaterThan(0);
    expect(await db.prisma.feedback.count({ where: { invitationId: { not: null } } })).toBe(answered);
    expect(await db.prisma.webhookEvent.count({ where: { status: "FAILED" } })).toBe(1);
  });
});
