import { compileAssignment } from "@policy-pilot/experiments";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../api/src/db/create-db.js";
import { DEMO_SIZE, DEMO_USERS, seedDemo } from "../../api/src/seed/demo-seed.js";
import { backends, createTestDb } from "../testkit/db.js";
import { fingerprint } from "../testkit/fingerprint.js";

const clock = { now: () => new Date("2026-11-22T12:00:00Z") };

describe.each(backends())("the demo seed on %s", (backend) => {
  let db: Database;
  let first: { seeded: boolean; summary: string };
  let seedMs = 0;
  beforeAll(async () => {
    db = await createTestDb(backend);
    const started = performance.now();
    first = await seedDemo(db, { clock });
    seedMs = performance.now() - started;
  });
  afterAll(async () => db?.close());

  it("seeds users, three policies with one published version each, and a running pilot", async () => {
    console.log(`[demo seed on ${backend}] ${Math.round(seedMs)} ms: ${first.summary}`);
    expect(first.seeded).toBe(true);
    expect(await db.prisma.user.count()).toBe(DEMO_USERS.length);
    const policies = await db.prisma.policy.findMany({ include: { versions: true } });
    expect(policies.map((p) => p.key).sort()).toEqual(["complaint-handling", "response-times", "returns-and-refunds"]);
    for (const policy of policies) {
      expect(policy.versions.filter((v) => v.status === "PUBLISHED")).toHaveLength(1);
      expect(policy.versions.filter((v) => v.status === "DRAFT").length).toBeGreaterThan(0);
    }
    const running = await db.prisma.pilot.findMany({ where: { status: "RUNNING" }, include: { variants: true } });
    expect(running).toHaveLength(1);
    const weights = running[0]!.variants.reduce((sum, v) => sum + v.weight, 0);
    expect(weights).toBeCloseTo(1, 9);
    expect(running[0]!.variants.filter((v) => v.isControl)).toHaveLength(1);
  });

  it("simulates participants whose stored variants are exactly what the API would assign", async () => {
    const pilot = await db.prisma.pilot.findFirstOrThrow({ where: { status: "RUNNING" }, include: { variants: true } });
    const assignments = await db.prisma.assignment.findMany({
      where: { pilotId: pilot.id },
      include: { participant: true, variant: true },
    });
    expect(assignments.length).toBeGreaterThanOrEqual(300);
    expect(await db.prisma.participant.count({ where: { kind: "AGENT" } })).toBe(DEMO_SIZE.agents);
    const assign = compileAssignment({
      key: pilot.id,
      seed: pilot.hashSeed,
      variants: [...pilot.variants]
        .sort((a, b) => a.position - b.position)
        .map((v) => ({ key: v.key, weight: v.weight })),
    });
    for (const a of assignments) {
      const expected = assign(a.participant.externalId, a.participant.attributes as Record<string, unknown>);
      expect(expected.inExperiment && expected.variantKey).toBe(a.variant.key);
    }
  });

  it("stores feedback within the rating ranges, with comments, for most participants", async () => {
    const feedback = await db.prisma.feedback.findMany();
    expect(feedback.length).toBeGreaterThan(180);
    for (const f of feedback) {
      expect(f.csat).toBeGreaterThanOrEqual(1);
      expect(f.csat).toBeLessThanOrEqual(5);
      expect(f.nps).toBeGreaterThanOrEqual(0);
      expect(f.nps).toBeLessThanOrEqual(10);
      expect(f.ces).toBeGreaterThanOrEqual(1);
      expect(f.ces).toBeLessThanOrEqual(7);
    }
    expect(feedback.filter((f) => f.comment).length).toBeGreaterThan(20);
  });

  it("does nothing on the next start", async () => {
    const before = await fingerprint(db);
    const again = await seedDemo(db, { clock });
    expect(again.seeded).toBe(false);
    expect(await fingerprint(db)).toEqual(before);
  });
});
