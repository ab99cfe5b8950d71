import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isoWeekStart } from "../../api/src/modules/agent-ratings/iso-week.js";
import { backends } from "../testkit/db.js";
import { fingerprint } from "../testkit/fingerprint.js";
import { GqlClient, type Json } from "../testkit/graphql.js";
import { policyWithDrafts, run, runningPilot, runOk } from "../testkit/operations.js";
import { emailOf, startTestServer, TEST_PASSWORD, type TestServer } from "../testkit/server.js";

const DAY_MS = 86_400_000;

const AGENT_RATINGS = `query($id: ID!, $first: Int!, $after: String, $variantId: ID) { pilot(id: $id) {
  agentRatings { variantId variantKey count meanClarity meanWorkability commentCount }
  agentRatingComments(first: $first, after: $after, variantId: $variantId) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id comment clarity workability weekStart createdAt variant { key } } } } } }`;

const RATEABLE = `{ rateableVariants { pilotId variantId variantKey canRate nextRatingAt reason isYourVariant } }`;

describe("ISO weeks (UTC)", () => {
  it("start on Monday 00:00 UTC, across month and year ends", () => {
    const week = (iso: string) => isoWeekStart(new Date(iso)).toISOString();
    expect(week("2026-11-30T00:00:00.000Z")).toBe("2026-11-30T00:00:00.000Z");
    expect(week("2026-12-06T23:59:59.999Z")).toBe("2026-11-30T00:00:00.000Z");
    expect(week("2026-12-07T00:00:00.000Z")).toBe("2026-12-07T00:00:00.000Z");
    expect(week("2027-01-01T12:00:00.000Z")).toBe("2026-12-28T00:00:00.000Z");
    // 23:30 on Sunday in Stockholm is already Monday there, but still Sunday in UTC: the week is UTC's.
    expect(week("2026-12-06T22:30:00.000Z")).toBe("2026-11-30T00:00:00.000Z");
  });
});

/**
 * Agents rate the variant they work under (ADR 0020): who may, the scales, once per variant per ISO week, only
 * while the pilot runs, the rule for pilots that assign agents, and two simultaneous ratings on PostgreSQL.
 */
describe.each(backends())("agent ratings on %s", (backend) => {
  let server: TestServer;
  let ops: GqlClient;
  let manager: GqlClient;
  let agent: GqlClient;
  let admin: GqlClient;
  let helpdesk: GqlClient;
  let n = 0;

  beforeAll(async () => {
    server = await startTestServer(backend);
    ops = await server.as("OPS");
    manager = await server.as("MANAGER");
    agent = await server.as("AGENT");
    admin = await server.as("ADMIN");
    helpdesk = await server.integration();
  });
  afterAll(async () => server?.close());

  /** A running pilot (control + one treatment) and its variants by key. */
  async function pilot(extra: Record<string, unknown> = {}) {
    const setup = await policyWithDrafts(ops, manager, `ratings-${++n}`, 1);
    const { pilotId } = await runningPilot(ops, setup, [0.5, 0.5], extra);
    const variants = await server.db.prisma.pilotVariant.findMany({ where: { pilotId } });
    const byKey = Object.fromEntries(variants.map((v) => [v.key, v.id])) as Record<string, string>;
    return { pilotId, key: `ratings-${n}`, control: byKey.control!, treatment: byKey["variant-1"]! };
  }

  const rate = (client: GqlClient, input: Record<string, unknown>) =>
    run(client, "rateVariant", { clarity: 4, workability: 3, ...input });

  it("lets agents, ops, managers and admins rate; refuses viewers, API tokens and anonymous callers", async () => {
    const { treatment } = await pilot();
    for (const role of ["AGENT", "OPS", "MANAGER", "ADMIN"] as const) {
      const result = await rate(await server.as(role), { variantId: treatment, comment: `From ${role}` });
      expect(result.__typename, JSON.stringify(result)).toBe("MutationRateVariantSuccess");
      expect(result.data.variant.id).toBe(treatment);
    }
    const viewer = await server.as("VIEWER");
    const before = await fingerprint(server.db);
    for (const client of [viewer, helpdesk, server.anonymous()]) {
      const result = await rate(client, { variantId: treatment });
      expect(result.__typename).toBe("NotAuthorizedError");
    }
    expect(await fingerprint(server.db)).toEqual(before);
    expect(await server.db.prisma.agentRating.count({ where: { variantId: treatment } })).toBe(4);
  });

  it("checks the scales and the comment's length", async () => {
    const { control } = await pilot();
    const before = await fingerprint(server.db);
    for (const bad of [{ clarity: 0 }, { clarity: 6 }, { workability: 0 }, { workability: 6 }]) {
      const result = await rate(agent, { variantId: control, ...bad });
      expect(result.__typename, JSON.stringify(bad)).toBe("ValidationError");
      expect(result.message).toMatch(/must be from 1 to 5/);
    }
    const long = await rate(agent, { variantId: control, comment: "x".repeat(2001) });
    expect(long.__typename).toBe("ValidationError");
    expect(long.message).toMatch(/at most 2000 characters/);
    const unknown = await rate(agent, { variantId: "var_nope" });
    expect(unknown.__typename).toBe("NotFoundError");
    expect(await fingerprint(server.db)).toEqual(before);
    const ok = await rate(agent, { variantId: control, clarity: 5, workability: 1, comment: "y".repeat(2000) });
    expect(ok.__typename).toBe("MutationRateVariantSuccess");
    // The database refuses out-of-range scores too (CHECK constraints), whatever writes them.
    await expect(
      server.db.sql.query(
        `INSERT INTO agent_ratings (id, pilot_id, variant_id, user_id, clarity, workability, week_start)
         SELECT 'ar_check', pilot_id, id, (SELECT id FROM users LIMIT 1), 9, 3, date '2026-11-30' FROM pilot_variants WHERE id = $1`,
        [control],
      ),
    ).rejects.toThrow(/agent_ratings_clarity_range/);
  });

  it("accepts one rating per variant per ISO week, says when the next is possible, and audits each", async () => {
    const { pilotId, control, treatment } = await pilot();
    const first = await rate(agent, { variantId: treatment, comment: "Clear, but the 50 EUR limit is tight." });
    expect(first.__typename).toBe("MutationRateVariantSuccess");
    const monday = isoWeekStart(server.clock.now());
    expect(first.data.weekStart).toBe(monday.toISOString().slice(0, 10));
    expect(new Date(`${first.data.weekStart}T00:00:00Z`).getUTCDay()).toBe(1);

    const before = await fingerprint(server.db);
    const again = await rate(agent, { variantId: treatment, clarity: 2 });
    expect(again.__typename).toBe("AlreadyRatedError");
    expect(again.code).toBe("ALREADY_RATED");
    const next = new Date(monday.getTime() + 7 * DAY_MS);
    expect(again.nextRatingAt).toBe(next.toISOString());
    expect(again.message).toMatch(
      new RegExp(`rated variant .* this week already .* rate it again from Monday ${next.toISOString().slice(0, 10)}`),
    );
    expect(await fingerprint(server.db)).toEqual(before);
    // Another variant of the same pilot is a separate rating.
    expect((await rate(agent, { variantId: control })).__typename).toBe("MutationRateVariantSuccess");

    const rateable = (await agent.ok(RATEABLE)).rateableVariants.filter((r: Json) => r.pilotId === pilotId);
    expect(rateable.map((r: Json) => r.canRate)).toEqual([false, false]);
    expect(rateable[0].nextRatingAt).toBe(next.toISOString());

    server.clock.advance(7 * DAY_MS);
    try {
      // Sessions last 12 hours: sign in again a week later.
      const later = new GqlClient(server.url);
      await later.login(emailOf("AGENT"), TEST_PASSWORD);
      const nextWeek = await rate(later, { variantId: treatment, clarity: 5 });
      expect(nextWeek.__typename, JSON.stringify(nextWeek)).toBe("MutationRateVariantSuccess");
      expect(nextWeek.data.weekStart).toBe(next.toISOString().slice(0, 10));
    } finally {
      server.clock.advance(-7 * DAY_MS);
      // Signing in a week later forgot the agent's older (then expired) sessions: sign the shared client in again.
      await agent.login(emailOf("AGENT"), TEST_PASSWORD);
    }
    const ratings = await server.db.prisma.agentRating.findMany({ where: { pilotId } });
    expect(ratings).toHaveLength(3);
    const audits = await server.db.prisma.auditEvent.findMany({ where: { type: "agent_rating.submitted" } });
    for (const r of ratings) {
      const audit = audits.find((a) => a.subjectId === r.id);
      expect(audit?.subjectType).toBe("agent_rating");
      expect(audit?.actorLabel).toBe(emailOf("AGENT"));
      expect((audit?.data as { variantId?: string } | undefined)?.variantId).toBe(r.variantId);
    }
  });

  it("accepts ratings only while the pilot is RUNNING", async () => {
    const { pilotId, treatment } = await pilot();
    await runOk(ops, "pausePilot", { pilotId });
    const before = await fingerprint(server.db);
    const paused = await rate(agent, { variantId: treatment });
    expect(paused.__typename).toBe("InvalidStateError");
    expect(paused.message).toMatch(/only while its pilot is RUNNING; pilot .* is PAUSED/);
    expect(await fingerprint(server.db)).toEqual(before);
    const setup = await policyWithDrafts(ops, manager, `ratings-draft-${++n}`, 1);
    const draft = await runOk(ops, "createPilot", {
      policyId: setup.policyId,
      name: "Draft",
      control: { weight: 0.5 },
      treatments: [{ key: "b", name: "B", policyVersionId: setup.draftIds[0], weight: 0.5 }],
    });
    const draftBefore = await fingerprint(server.db);
    const result = await rate(agent, { variantId: draft.variants[1].id });
    expect(result.__typename).toBe("InvalidStateError");
    expect(result.message).toMatch(/is DRAFT/);
    expect(await fingerprint(server.db)).toEqual(draftBefore);
    expect(await server.db.prisma.agentRating.count({ where: { pilotId } })).toBe(0);
  });

  it("lets an agent with a helpdesk agent id rate only their assigned variant when the pilot assigns agents", async () => {
    const { pilotId, key, control, treatment } = await pilot({ unit: "AGENT" });
    const agentUser = await server.db.prisma.user.findFirstOrThrow({ where: { role: "AGENT" } });
    // Without a helpdesk agent id, any variant may be rated.
    const opsUser = await server.db.prisma.user.findFirstOrThrow({ where: { role: "OPS" } });
    expect(opsUser.helpdeskAgentId).toBeNull();

    const applied = await runOk(helpdesk, "policyFor", { policy: key, customerId: "c-1", agentId: "helpdesk-agent-9" });
    const mine = applied.variantKey === "control" ? control : treatment;
    const other = mine === control ? treatment : control;
    await runOk(admin, "setUserHelpdeskAgentId", { userId: agentUser.id, helpdeskAgentId: "helpdesk-agent-9" });
    try {
      const rateable = (await agent.ok(RATEABLE)).rateableVariants.filter((r: Json) => r.pilotId === pilotId);
      const byId = Object.fromEntries(rateable.map((r: Json) => [r.variantId, r]));
      expect(byId[mine].canRate).toBe(true);
      expect(byId[mine].isYourVariant).toBe(true);
      expect(byId[other].canRate).toBe(false);
      expect(byId[other].reason).toMatch(/you may rate only that variant/);

      const before = await fingerprint(server.db);
      const refused = await rate(agent, { variantId: other });
      expect(refused.__typename).toBe("NotAuthorizedError");
      expect(refused.message).toMatch(/works under variant .*, and you may rate only that variant/);
      expect(await fingerprint(server.db)).toEqual(before);
      expect((await rate(agent, { variantId: mine })).__typename).toBe("MutationRateVariantSuccess");

      // A pilot assigning agents where this agent has no assignment yet: nothing of theirs to rate.
      const unassigned = await pilot({ unit: "AGENT" });
      const none = await rate(agent, { variantId: unassigned.treatment });
      expect(none.__typename).toBe("NotAuthorizedError");
      expect(none.message).toMatch(/not assigned in it yet/);

      // Customers randomised: agents serve both arms and may rate either.
      const byCustomer = await pilot();
      expect((await rate(agent, { variantId: byCustomer.control })).__typename).toBe("MutationRateVariantSuccess");
      expect((await rate(agent, { variantId: byCustomer.treatment })).__typename).toBe("MutationRateVariantSuccess");
    } finally {
      await runOk(admin, "setUserHelpdeskAgentId", { userId: agentUser.id, helpdeskAgentId: null });
    }
    // A helpdesk agent id belongs to one user.
    const opsId = (await server.db.prisma.user.findFirstOrThrow({ where: { role: "OPS" } })).id;
    await runOk(admin, "setUserHelpdeskAgentId", { userId: agentUser.id, helpdeskAgentId: "helpdesk-agent-1" });
    const taken = await run(admin, "setUserHelpdeskAgentId", { userId: opsId, helpdeskAgentId: "helpdesk-agent-1" });
    expect(taken.__typename).toBe("ConflictError");
    expect(taken.message).toMatch(/belongs to agent@test.policy-pilot.test already/);
    await runOk(admin, "setUserHelpdeskAgentId", { userId: agentUser.id, helpdeskAgentId: null });
    // No helpdesk agent id: any variant of the agent-assigned pilot.
    expect((await rate(ops, { variantId: other })).__typename).toBe("MutationRateVariantSuccess");
  });

  it("shows managers per variant n, mean clarity and workability, and the comments newest first, paginated", async () => {
    const { pilotId, control, treatment } = await pilot();
    const scores: [string, number, number, string | null][] = [
      ["AGENT", 5, 4, "Much clearer refund limits."],
      ["OPS", 3, 2, null],
      ["MANAGER", 4, 3, "Works, but escalation text is long."],
    ];
    for (const [role, clarity, workability, comment] of scores) {
      const result = await rate(await server.as(role as "AGENT"), {
        variantId: treatment,
        clarity,
        workability,
        comment,
      });
      expect(result.__typename).toBe("MutationRateVariantSuccess");
      await new Promise((done) => setTimeout(done, 5));
    }
    const data = await manager.ok(AGENT_RATINGS, { id: pilotId, first: 1 });
    const summary = Object.fromEntries(data.pilot.agentRatings.map((s: Json) => [s.variantId, s]));
    expect(summary[control]).toMatchObject({ count: 0, meanClarity: null, meanWorkability: null });
    expect(summary[treatment].count).toBe(3);
    expect(summary[treatment].meanClarity).toBeCloseTo(4, 10);
    expect(summary[treatment].meanWorkability).toBeCloseTo(3, 10);
    expect(summary[treatment].commentCount).toBe(2);
    const page1 = data.pilot.agentRatingComments;
    expect(page1.totalCount).toBe(2);
    expect(page1.edges[0].node.comment).toBe("Works, but escalation text is long.");
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await manager.ok(AGENT_RATINGS, { id: pilotId, first: 1, after: page1.pageInfo.endCursor });
    expect(page2.pilot.agentRatingComments.edges[0].node.comment).toBe("Much clearer refund limits.");
    const ofControl = await manager.ok(AGENT_RATINGS, { id: pilotId, first: 5, variantId: control });
    expect(ofControl.pilot.agentRatingComments.totalCount).toBe(0);
    // Any signed-in user reads them (like results); integration tokens do not read pilots.
    const viewer = await (await server.as("VIEWER")).ok(AGENT_RATINGS, { id: pilotId, first: 1 });
    expect(viewer.pilot.agentRatings).toHaveLength(2);
  });

  if (backend === "postgres")
    it("keeps exactly one of two simultaneous ratings by the same agent of the same variant", async () => {
      for (let round = 0; round < 5; round++) {
        const { treatment } = await pilot();
        const results = await Promise.all([
          rate(agent, { variantId: treatment, clarity: 2 }),
          rate(agent, { variantId: treatment, clarity: 5 }),
        ]);
        const kinds = results.map((r) => r.__typename).sort();
        expect(kinds, JSON.stringify(results)).toEqual(["AlreadyRatedError", "MutationRateVariantSuccess"]);
        expect(await server.db.prisma.agentRating.count({ where: { variantId: treatment } })).toBe(1);
        const audits = await server.db.prisma.auditEvent.count({
          where: { type: "agent_rating.submitted", data: { path: ["variantId"], equals: treatment } },
        });
        expect(audits).toBe(1);
      }
    });
});
