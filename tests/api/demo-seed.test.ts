import { compileAssignment } from "@policy-pilot/experiments";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Database } from "../../api/src/db/create-db.js";
import { applyMigrations } from "../../api/src/db/migrator.js";
import { isoWeekStart } from "../../api/src/modules/agent-ratings/iso-week.js";
import { resultsView } from "../../api/src/modules/results/results.view.js";
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
    expect(await db.prisma.participant.count({ where: { kind: "AGENT" } })).toBe(DEMO_SIZE.agents);
    const pilots = await db.prisma.pilot.findMany({
      where: { status: { in: ["RUNNING", "CONCLUDED"] } },
      include: { variants: true },
    });
    for (const pilot of pilots) {
      const assignments = await db.prisma.assignment.findMany({
        where: { pilotId: pilot.id },
        include: { participant: true, variant: true },
      });
      expect(assignments.length).toBeGreaterThanOrEqual(300);
      // As assignment.service compiles it: variants by position, the pilot's seed and coverage.
      const assign = compileAssignment({
        key: pilot.id,
        seed: pilot.hashSeed,
        coverage: pilot.coverage,
        variants: [...pilot.variants]
          .sort((a, b) => a.position - b.position)
          .map((v) => ({ key: v.key, weight: v.weight })),
      });
      for (const a of assignments) {
        expect(a.participant.kind).toBe("CUSTOMER");
        const expected = assign(a.participant.externalId, a.participant.attributes as Record<string, unknown>);
        if (!expected.inExperiment) throw new Error(`${a.participant.externalId} should not be assigned`);
        expect(expected.variantKey).toBe(a.variant.key);
        expect(a.bucket).toBeCloseTo(expected.bucket, 12);
      }
    }
  });

  it("keeps the history: a concluded pilot whose winner the manager promoted, and a draft pilot", async () => {
    const concluded = await db.prisma.pilot.findFirstOrThrow({
      where: { status: "CONCLUDED" },
      include: { variants: true, decision: { include: { decidedBy: true } }, policy: true },
    });
    expect(concluded.variants.reduce((sum, v) => sum + v.weight, 0)).toBeCloseTo(1, 9);
    const decision = concluded.decision!;
    expect(decision.outcome).toBe("PROMOTE_VARIANT");
    expect(decision.decidedBy.role).toBe("MANAGER");
    expect(decision.rationale.length).toBeGreaterThan(10);
    const winner = concluded.variants.find((v) => v.id === decision.variantId)!;
    expect(winner.isControl).toBe(false);
    const published = await db.prisma.policyVersion.findUniqueOrThrow({ where: { id: decision.publishedVersionId! } });
    expect(published.status).toBe("PUBLISHED");
    expect(published.basedOnId).toBe(winner.policyVersionId);
    const control = concluded.variants.find((v) => v.isControl)!;
    const archived = await db.prisma.policyVersion.findUniqueOrThrow({ where: { id: control.policyVersionId } });
    expect(archived.status).toBe("ARCHIVED");
    expect(archived.archivedAt?.getTime()).toBe(decision.decidedAt.getTime());
    expect((decision.resultsSnapshot as { pilotId: string }).pilotId).toBe(concluded.id);
    const snapshot = resultsView(decision.resultsSnapshot as never);
    expect(snapshot.totalParticipants).toBe(await db.prisma.assignment.count({ where: { pilotId: concluded.id } }));
    const csat = Object.fromEntries(snapshot.variants.map((v) => [v.key, v.csatMean ?? 0]));
    expect(csat[winner.key]).toBeGreaterThan(csat[control.key]!);
    expect(await db.prisma.pilot.count({ where: { status: "DRAFT" } })).toBe(1);
  });

  it("audits every seeded state change as the demo users, marked as seed", async () => {
    const events = await db.prisma.auditEvent.findMany();
    const types = new Set(events.map((e) => e.type));
    for (const type of ["policy.created", "policy_version.published", "pilot.started", "pilot.variant_promoted"]) {
      expect(types).toContain(type);
    }
    expect(events.filter((e) => e.type === "policy.created")).toHaveLength(3);
    const users = new Set((await db.prisma.user.findMany()).map((u) => u.id));
    for (const e of events) {
      expect((e.data as { seed?: boolean }).seed).toBe(true);
      expect(users.has(e.actorId!)).toBe(true);
    }
  });

  it("records the publication of every version ever published, and the archiving of every archived one", async () => {
    const versions = await db.prisma.policyVersion.findMany({ where: { status: { in: ["PUBLISHED", "ARCHIVED"] } } });
    const events = await db.prisma.auditEvent.findMany({ where: { subjectType: "policy_version" } });
    const count = (type: string, id: string) => events.filter((e) => e.type === type && e.subjectId === id).length;
    for (const version of versions) {
      expect(count("policy_version.published", version.id), `published event of ${version.id}`).toBe(1);
      expect(count("policy_version.archived", version.id), `archived event of ${version.id}`).toBe(
        version.status === "ARCHIVED" ? 1 : 0,
      );
    }
    // The version promoted from the concluded pilot is published like any other, by the manager who decided.
    const decision = await db.prisma.decision.findFirstOrThrow({ include: { decidedBy: true } });
    const promoted = events.find(
      (e) => e.type === "policy_version.published" && e.subjectId === decision.publishedVersionId,
    );
    expect(promoted?.actorId).toBe(decision.decidedById);
    expect(promoted?.createdAt.getTime()).toBe(decision.decidedAt.getTime());
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
    // The running pilot has a story to tell: one treatment ahead of control on CSAT.
    const pilot = await db.prisma.pilot.findFirstOrThrow({ where: { status: "RUNNING" }, include: { variants: true } });
    const mean = (variantId: string) => {
      const rows = feedback.filter((f) => f.variantId === variantId);
      return rows.reduce((sum, f) => sum + f.csat!, 0) / rows.length;
    };
    const control = pilot.variants.find((v) => v.isControl)!;
    const best = Math.max(...pilot.variants.filter((v) => !v.isControl).map((v) => mean(v.id)));
    expect(best - mean(control.id)).toBeGreaterThan(0.2);
  });

  it("makes the demo agent one of the simulated agents, with agents' ratings of the running pilot in past weeks", async () => {
    const agent = await db.prisma.user.findUniqueOrThrow({ where: { email: "agent@demo.policy-pilot.test" } });
    expect(agent.helpdeskAgentId).toMatch(/^agent-\d{2}$/);
    await db.prisma.participant.findUniqueOrThrow({
      where: { kind_externalId: { kind: "AGENT", externalId: agent.helpdeskAgentId! } },
    });
    const running = await db.prisma.pilot.findFirstOrThrow({
      where: { status: "RUNNING" },
      include: { variants: true },
    });
    const ratings = await db.prisma.agentRating.findMany({ include: { user: true } });
    expect(ratings.length).toBeGreaterThanOrEqual(5);
    const thisWeek = isoWeekStart(clock.now()).getTime();
    for (const r of ratings) {
      expect(r.pilotId).toBe(running.id);
      expect(["AGENT", "OPS", "MANAGER"]).toContain(r.user.role);
      expect(r.weekStart.getTime()).toBe(isoWeekStart(r.createdAt).getTime());
      expect(r.weekStart.getTime()).toBeLessThan(thisWeek);
      expect(r.createdAt.getTime()).toBeGreaterThanOrEqual(running.startedAt!.getTime());
    }
    expect(new Set(ratings.map((r) => r.variantId)).size).toBe(running.variants.length);
    const audits = await db.prisma.auditEvent.count({ where: { type: "agent_rating.submitted" } });
    expect(audits).toBe(ratings.length);
  });

  // Once per run, not per backend: a second seeding on an in-memory PGlite is compared with this backend's seeding.
  if (backend === "pglite")
    it("is the same demo every time (seeded generator, no Math.random)", async () => {
      const other = await createDb({ kind: "pglite", dataDir: null });
      try {
        await applyMigrations(other.sql);
        const started = performance.now();
        const again = await seedDemo(other, { clock });
        console.log(`[demo seed on PGlite in memory, fresh] ${Math.round(performance.now() - started)} ms`);
        expect(again.summary).toBe(first.summary);
        const ratings = (d: Database) =>
          d.sql.query<{ key: string }>(
            `SELECT string_agg(concat_ws(',', p.external_id, v.key, f.csat, f.nps, f.ces, f.comment), '|'
                             ORDER BY v.key, p.external_id) AS key
           FROM feedback f JOIN participants p ON p.id = f.participant_id JOIN pilot_variants v ON v.id = f.variant_id`,
          );
        expect(await ratings(other)).toEqual(await ratings(db));
        const agentRatings = (d: Database) =>
          d.sql.query<{ key: string }>(
            `SELECT string_agg(concat_ws(',', u.email, v.key, r.clarity, r.workability, r.comment, r.week_start, r.created_at), '|'
                             ORDER BY r.created_at, u.email, v.key) AS key
           FROM agent_ratings r JOIN users u ON u.id = r.user_id JOIN pilot_variants v ON v.id = r.variant_id`,
          );
        expect(await agentRatings(other)).toEqual(await agentRatings(db));
      } finally {
        await other.close();
      }
    });

  if (backend === "postgres")
    it("seeds once when two instances start together", async () => {
      const fresh = await createTestDb(backend);
      try {
        // Two calls on one pool take two connections: the advisory lock and the re-check let only one seed.
        const outcomes = await Promise.all([seedDemo(fresh, { clock }), seedDemo(fresh, { clock })]);
        expect(outcomes.map((o) => o.seeded).sort()).toEqual([false, true]);
        expect(await fresh.prisma.user.count()).toBe(DEMO_USERS.length);
        expect(await fresh.prisma.policy.count()).toBe(3);
      } finally {
        await fresh.close();
      }
    });

  it("does nothing on the next start", async () => {
    const before = await fingerprint(db);
    const again = await seedDemo(db, { clock });
    expect(again.seeded).toBe(false);
    expect(await fingerprint(db)).toEqual(before);
  });
});
