import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GqlClient } from "../testkit/graphql.js";
import { policyWithDrafts, runningPilot, runOk } from "../testkit/operations.js";
import { startTestServer, type TestServer } from "../testkit/server.js";

/** Assign, change weights, assign again: nobody moves; only newcomers follow the new weights. */
describe("sticky assignment (PGlite)", () => {
  let server: TestServer;
  let ops: GqlClient;
  let helpdesk: GqlClient;

  beforeAll(async () => {
    server = await startTestServer("pglite");
    ops = await server.as("OPS");
    helpdesk = await server.integration();
  });
  afterAll(async () => server?.close());

  const ask = async (customerId: string) =>
    (await runOk(helpdesk, "policyFor", { policy: "sticky", customerId })).variantKey as string;

  it("keeps every assigned participant in their variant after the weights change", async () => {
    const setup = await policyWithDrafts(ops, await server.as("MANAGER"), "sticky", 1);
    const { pilotId } = await runningPilot(ops, setup, [0.5, 0.5]);
    const ids = Array.from({ length: 200 }, (_, i) => `early-${i}`);
    const first = new Map<string, string>();
    for (const id of ids) first.set(id, await ask(id));
    const counts: Record<string, number> = {};
    for (const key of first.values()) counts[key] = (counts[key] ?? 0) + 1;
    expect(counts.control).toBeGreaterThan(60);
    expect(counts["variant-1"]).toBeGreaterThan(60);

    await runOk(ops, "updatePilotWeights", {
      pilotId,
      weights: [
        { key: "control", weight: 0.9 },
        { key: "variant-1", weight: 0.1 },
      ],
    });
    let moved = 0;
    for (const id of ids) if ((await ask(id)) !== first.get(id)) moved++;
    expect(moved).toBe(0);
    expect(await server.db.prisma.assignment.count({ where: { pilotId } })).toBe(200);

    // Newcomers follow the new weights (90 % control): at least 75 % of 200 by a wide binomial margin.
    let control = 0;
    for (let i = 0; i < 200; i++) if ((await ask(`late-${i}`)) === "control") control++;
    expect(control).toBeGreaterThan(150);
  });

  it("gives the same variant to the same customer on a fresh server (deterministic hashing)", async () => {
    const setup = await policyWithDrafts(ops, await server.as("MANAGER"), "deterministic", 1);
    const { pilotId } = await runningPilot(ops, setup, [0.5, 0.5]);
    const stored = await server.db.prisma.pilot.findUniqueOrThrow({
      where: { id: pilotId },
      include: { variants: true },
    });
    const { compileAssignment } = await import("@policy-pilot/experiments");
    const assign = compileAssignment({
      key: stored.id,
      seed: stored.hashSeed,
      variants: stored.variants.sort((a, b) => a.position - b.position).map((v) => ({ key: v.key, weight: v.weight })),
    });
    for (let i = 0; i < 50; i++) {
      const got = (await runOk(helpdesk, "policyFor", { policy: "deterministic", customerId: `d-${i}` })).variantKey;
      const expected = assign(`d-${i}`, { id: `d-${i}` });
      expect(expected.inExperiment && expected.variantKey).toBe(got);
    }
  });

  it("assigns by agent when the pilot's unit is AGENT: every customer of an agent gets the agent's variant", async () => {
    const manager = await server.as("MANAGER");
    const setup = await policyWithDrafts(ops, manager, "by-agent", 1);
    await runningPilot(ops, setup, [0.5, 0.5], { unit: "AGENT" });
    const missing = await helpdesk.ok(
      `mutation { policyFor(input: { policy: "by-agent", customerId: "c-1" }) { __typename ... on Error { message } } }`,
    );
    expect(missing.policyFor.__typename).toBe("ValidationError");
    expect(missing.policyFor.message).toMatch(/assigns by agent; pass agentId/);
    for (let agent = 0; agent < 6; agent++) {
      const variants = new Set<string>();
      for (let customer = 0; customer < 5; customer++) {
        const applied = await runOk(helpdesk, "policyFor", {
          policy: "by-agent",
          customerId: `c-${agent}-${customer}`,
          agentId: `agent-${agent}`,
        });
        variants.add(applied.variantKey);
      }
      expect(variants.size).toBe(1);
    }
    const participants = await server.db.prisma.participant.findMany({
      where: { externalId: { startsWith: "agent-" } },
    });
    expect(participants.every((p) => p.kind === "AGENT")).toBe(true);
  });
});
