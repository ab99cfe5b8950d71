import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "../testkit/db.js";
import type { GqlClient } from "../testkit/graphql.js";
import { policyWithDrafts, run, runningPilot, runOk } from "../testkit/operations.js";
import { startTestServer, type TestServer } from "../testkit/server.js";

/**
 * The whole pilot loop over real HTTP, as its users would drive it: ops write a policy and drafts, a manager
 * publishes, ops launch a pilot, the helpdesk asks which policy applies and reports ratings, the manager reads the
 * results and promotes a variant, and the policy's published version changes.
 */
describe.each(backends())("the pilot loop on %s", (backend) => {
  let server: TestServer;
  let ops: GqlClient;
  let manager: GqlClient;
  let helpdesk: GqlClient;

  beforeAll(async () => {
    server = await startTestServer(backend);
    ops = await server.as("OPS");
    manager = await server.as("MANAGER");
    helpdesk = await server.integration();
  });
  afterAll(async () => server?.close());

  it("answers /healthz", async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("runs from a new policy to a promoted variant", async () => {
    const setup = await policyWithDrafts(ops, manager, "returns-and-refunds", 2);
    const { pilotId } = await runningPilot(ops, setup);

    // The helpdesk asks for 120 customers; each gets a variant, stored as an assignment.
    const seen = new Map<string, { variantKey: string; assignmentId: string }>();
    for (let i = 0; i < 120; i++) {
      const applied = await runOk(helpdesk, "policyFor", {
        policy: "returns-and-refunds",
        customerId: `cust-${i}`,
        agentId: `agent-${i % 7}`,
        ticketId: `t-${i}`,
      });
      expect(applied.source).toBe("PILOT");
      expect(applied.pilotId).toBe(pilotId);
      expect(applied.inBeta).toBe(!applied.isControl);
      if (applied.isControl) expect(applied.version.id).toBe(setup.publishedId);
      else expect(setup.draftIds).toContain(applied.version.id);
      seen.set(`cust-${i}`, { variantKey: applied.variantKey, assignmentId: applied.assignmentId });
    }
    const arms = new Set([...seen.values()].map((s) => s.variantKey));
    expect(arms).toEqual(new Set(["control", "variant-1", "variant-2"]));

    // Ratings: variant-1 customers are happier.
    let i = 0;
    for (const [customer, { variantKey, assignmentId }] of seen) {
      const csat = variantKey === "variant-1" ? 5 - (i % 2) : 3 + (i % 3 === 0 ? 1 : 0);
      await runOk(helpdesk, "submitFeedback", {
        assignmentId,
        csat,
        nps: Math.min(10, csat * 2),
        comment: i % 10 === 0 ? `Comment from ${customer}` : null,
        idempotencyKey: `survey-${customer}`,
      });
      i++;
    }

    const results = await manager.ok(
      `query($id: ID!) { pilot(id: $id) { status participantCount feedbackCount
         comments(first: 3) { totalCount edges { node { comment } } }
         participants(first: 5) { totalCount edges { node { participant { externalId kind } variant { key } } } }
         results { totalParticipants srmPValue variants { key isControl participants csatN csatMean nps
           comparisons { metric estimate intervalLow intervalHigh pValue adjustedPValue verdict } } } } }`,
      { id: pilotId },
    );
    const pilot = results.pilot;
    expect(pilot.status).toBe("RUNNING");
    expect(pilot.participantCount).toBe(120);
    expect(pilot.feedbackCount).toBe(120);
    expect(pilot.comments.totalCount).toBe(12);
    expect(pilot.comments.edges).toHaveLength(3);
    expect(pilot.comments.edges[0].node.comment).toMatch(/^Comment from cust-/);
    expect(pilot.participants.totalCount).toBe(120);
    expect(pilot.participants.edges[0].node.participant.kind).toBe("CUSTOMER");
    expect(pilot.results.totalParticipants).toBe(120);
    const byKey = Object.fromEntries(pilot.results.variants.map((v: { key: string }) => [v.key, v]));
    expect(byKey.control.isControl).toBe(true);
    expect(byKey.control.comparisons).toEqual([]);
    expect(byKey["variant-1"].csatMean).toBeGreaterThan(byKey.control.csatMean);
    const csatLift = byKey["variant-1"].comparisons.find((c: { metric: string }) => c.metric === "csat");
    expect(csatLift.estimate).toBeGreaterThan(0);
    expect(csatLift.intervalLow).toBeLessThan(csatLift.estimate);
    expect(csatLift.intervalHigh).toBeGreaterThan(csatLift.estimate);
    expect(csatLift.verdict).toBe("BETTER");

    // The manager promotes variant-1.
    const decision = await runOk(manager, "promoteVariant", {
      pilotId,
      variantKey: "variant-1",
      rationale: "Variant 1 raised CSAT clearly and no guardrail got worse.",
    });
    expect(decision.outcome).toBe("PROMOTE_VARIANT");
    expect(decision.publishedVersion.status).toBe("PUBLISHED");
    expect(decision.publishedVersion.number).toBe(4);
    expect(decision.resultsSnapshot.totalParticipants).toBe(120);

    const after = await manager.ok(
      `query { policy(idOrKey: "returns-and-refunds") { publishedVersion { id number content { procedures } }
         versions(first: 10) { edges { node { number status } } } } }`,
    );
    expect(after.policy.publishedVersion.id).toBe(decision.publishedVersion.id);
    expect(after.policy.publishedVersion.content.procedures).toContain("Variant 1");
    const statuses = Object.fromEntries(
      after.policy.versions.edges.map((e: { node: { number: number; status: string } }) => [
        e.node.number,
        e.node.status,
      ]),
    );
    expect(statuses).toEqual({ 1: "ARCHIVED", 2: "DRAFT", 3: "DRAFT", 4: "PUBLISHED" });

    // The pilot is over: everyone now gets the new published version, and nothing more is recorded.
    const later = await runOk(helpdesk, "policyFor", { policy: "returns-and-refunds", customerId: "cust-1" });
    expect(later.source).toBe("PUBLISHED");
    expect(later.reason).toBe("NO_ACTIVE_PILOT");
    expect(later.version.id).toBe(decision.publishedVersion.id);
    const late = await run(helpdesk, "submitFeedback", { assignmentId: seen.get("cust-2")!.assignmentId, csat: 5 });
    expect(late.__typename).toBe("InvalidStateError");
    expect(late.message).toContain("RUNNING");

    // Every state change is in the audit log, attributed.
    const audit = await manager.ok(
      `query($id: String) { auditEvents(first: 20, subjectId: $id) { edges { node { type actorLabel } } } }`,
      {
        id: pilotId,
      },
    );
    const types = audit.auditEvents.edges.map((e: { node: { type: string } }) => e.node.type);
    expect(types).toEqual(expect.arrayContaining(["pilot.created", "pilot.started", "pilot.variant_promoted"]));
  });

  it("tells a paused pilot's customers the published policy and records nothing", async () => {
    const setup = await policyWithDrafts(ops, manager, "response-times", 1);
    const { pilotId } = await runningPilot(ops, setup, [0.5, 0.5]);
    await runOk(ops, "pausePilot", { pilotId });
    const before = await server.db.prisma.exposure.count({ where: { pilotId } });
    const applied = await runOk(helpdesk, "policyFor", { policy: "response-times", customerId: "c-paused" });
    expect(applied.source).toBe("PUBLISHED");
    expect(applied.reason).toBe("PILOT_PAUSED");
    expect(await server.db.prisma.exposure.count({ where: { pilotId } })).toBe(before);
    expect(await server.db.prisma.assignment.count({ where: { pilotId } })).toBe(0);
    await runOk(ops, "startPilot", { pilotId });
    const resumed = await runOk(helpdesk, "policyFor", { policy: "response-times", customerId: "c-paused" });
    expect(resumed.source).toBe("PILOT");
  });

  it("assigns a new customer once when the helpdesk asks many times at the same moment", async () => {
    const setup = await policyWithDrafts(ops, manager, "concurrent-asks", 1);
    const { pilotId } = await runningPilot(ops, setup, [0.5, 0.5]);
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        runOk(helpdesk, "policyFor", { policy: "concurrent-asks", customerId: "same-customer", ticketId: `t-${i}` }),
      ),
    );
    expect(new Set(answers.map((a) => a.assignmentId)).size).toBe(1);
    expect(new Set(answers.map((a) => a.variantKey)).size).toBe(1);
    expect(await server.db.prisma.assignment.count({ where: { pilotId } })).toBe(1);
    expect(await server.db.prisma.participant.count({ where: { externalId: "same-customer" } })).toBe(1);
    // Exposures are one per participant × pilot × day (issue 9, ADR 0025), however many tickets asked.
    expect(await server.db.prisma.exposure.count({ where: { pilotId } })).toBe(1);
  });

  it("keeps control when the manager promotes the control", async () => {
    const setup = await policyWithDrafts(ops, manager, "complaint-handling", 1);
    const { pilotId } = await runningPilot(ops, setup, [0.5, 0.5]);
    const decision = await runOk(manager, "promoteVariant", {
      pilotId,
      variantKey: "control",
      rationale: "No difference after four weeks; keep the current policy.",
    });
    expect(decision.outcome).toBe("KEEP_CONTROL");
    expect(decision.publishedVersion).toBeNull();
    const policy = await manager.ok(`query { policy(idOrKey: "complaint-handling") { publishedVersion { id } } }`);
    expect(policy.policy.publishedVersion.id).toBe(setup.publishedId);
  });
});
