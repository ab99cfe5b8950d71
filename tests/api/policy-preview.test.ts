import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "../testkit/db.js";
import { fingerprint } from "../testkit/fingerprint.js";
import type { GqlClient, Json } from "../testkit/graphql.js";
import { POLICY_PREVIEW, policyWithDrafts, runningPilot, runOk } from "../testkit/operations.js";
import { startTestServer, type TestServer } from "../testkit/server.js";

/**
 * The agent's preview (ADR 0020): says which text applies to a customer — and, for one not assigned yet, what their
 * first policyFor would give — without writing a single row, on every backend.
 */
describe.each(backends())("policy preview on %s", (backend) => {
  let server: TestServer;
  let ops: GqlClient;
  let manager: GqlClient;
  let agent: GqlClient;
  let helpdesk: GqlClient;

  beforeAll(async () => {
    server = await startTestServer(backend);
    ops = await server.as("OPS");
    manager = await server.as("MANAGER");
    agent = await server.as("AGENT");
    helpdesk = await server.integration();
  });
  afterAll(async () => server?.close());

  async function preview(client: GqlClient, input: Record<string, unknown>): Promise<Json> {
    const data = await client.ok(POLICY_PREVIEW, { input });
    return data.policyPreview;
  }
  async function previewOk(client: GqlClient, input: Record<string, unknown>): Promise<Json> {
    const result = await preview(client, input);
    expect(result.__typename, JSON.stringify(result)).toBe("QueryPolicyPreviewSuccess");
    return result.data;
  }

  it("records nothing, and gives new customers the variant their first policyFor then gets", async () => {
    const setup = await policyWithDrafts(ops, manager, "preview-refunds", 1);
    await runningPilot(ops, setup, [0.5, 0.5]);
    const customers = Array.from({ length: 30 }, (_, i) => `pv-new-${i}`);
    await server.services.jobs.idle();
    const before = await fingerprint(server.db);
    const previews = new Map<string, Json>();
    for (const customerId of customers) {
      const data = await previewOk(agent, { customerId, policy: "preview-refunds", ticketId: `T-${customerId}` });
      expect(data.entries).toHaveLength(1);
      previews.set(customerId, data.entries[0]);
    }
    // Without a policy: every published policy, still nothing recorded.
    const all = await previewOk(agent, { customerId: "pv-new-0" });
    expect(all.entries.map((e: Json) => e.policyKey)).toContain("preview-refunds");
    expect(await fingerprint(server.db)).toEqual(before);

    const keys = new Set<string>();
    for (const customerId of customers) {
      const entry = previews.get(customerId);
      expect(entry.status).toBe("NOT_ENROLLED");
      expect(entry.enrolled).toBe(false);
      expect(entry.inBeta).toBe(false);
      expect(entry.summary).toMatch(/not enrolled yet; on their first ask they would get/);
      const applied = await runOk(helpdesk, "policyFor", { policy: "preview-refunds", customerId });
      expect(applied.variantKey).toBe(entry.variant.key);
      expect(applied.version.id).toBe(entry.version.id);
      expect(entry.wouldBeInBeta).toBe(applied.inBeta);
      keys.add(applied.variantKey);
    }
    expect(keys.size).toBe(2);

    // Assigned now: the stored variant, and the beta status to tell the customer.
    await server.services.jobs.idle();
    const afterAsks = await fingerprint(server.db);
    for (const customerId of customers) {
      const [entry] = (await previewOk(agent, { customerId, policy: "preview-refunds" })).entries;
      const stored = await server.db.prisma.assignment.findFirstOrThrow({
        where: { participant: { kind: "CUSTOMER", externalId: customerId } },
        include: { variant: true },
      });
      expect(entry.status).toBe("ENROLLED");
      expect(entry.variant.key).toBe(stored.variant.key);
      expect(entry.inBeta).toBe(!stored.variant.isControl);
      expect(entry.summary).toMatch(entry.inBeta ? /is in the beta of pilot/ : /on the control arm/);
    }
    expect(await fingerprint(server.db)).toEqual(afterAsks);
  });

  it("keeps the stored variant after the weights change, where fresh hashing would differ", async () => {
    const setup = await policyWithDrafts(ops, manager, "preview-sticky", 1);
    const { pilotId } = await runningPilot(ops, setup, [0.5, 0.5]);
    const customers = Array.from({ length: 20 }, (_, i) => `pv-sticky-${i}`);
    const first = new Map<string, string>();
    for (const customerId of customers) {
      first.set(customerId, (await runOk(helpdesk, "policyFor", { policy: "preview-sticky", customerId })).variantKey);
    }
    await runOk(ops, "updatePilotWeights", {
      pilotId,
      weights: [
        { key: "control", weight: 0 },
        { key: "variant-1", weight: 1 },
      ],
    });
    for (const customerId of customers) {
      const [entry] = (await previewOk(agent, { customerId, policy: "preview-sticky" })).entries;
      expect(entry.variant.key).toBe(first.get(customerId));
    }
    const [newcomer] = (await previewOk(agent, { customerId: "pv-sticky-new", policy: "preview-sticky" })).entries;
    expect(newcomer.variant.key).toBe("variant-1");
  });

  it("says the published policy applies outside the coverage, while paused, and until consent", async () => {
    const partial = await policyWithDrafts(ops, manager, "preview-coverage", 1);
    await runningPilot(ops, partial, [0.5, 0.5], { coverage: 0.3 });
    let outside = 0;
    for (let i = 0; i < 40; i++) {
      const customerId = `pv-cov-${i}`;
      const [entry] = (await previewOk(agent, { customerId, policy: "preview-coverage" })).entries;
      const applied = await runOk(helpdesk, "policyFor", { policy: "preview-coverage", customerId });
      if (entry.status === "NOT_IN_AUDIENCE") {
        outside++;
        expect(entry.source).toBe("PUBLISHED");
        expect(entry.summary).toMatch(/outside the audience .* the published policy/);
        expect(applied.source).toBe("PUBLISHED");
        expect(applied.reason).toBe("NOT_IN_AUDIENCE");
      } else {
        expect(applied.variantKey).toBe(entry.variant.key);
      }
    }
    expect(outside).toBeGreaterThan(10);

    const consent = await policyWithDrafts(ops, manager, "preview-consent", 1);
    await runningPilot(ops, consent, [0.5, 0.5], { consentRequired: true });
    const before = await fingerprint(server.db);
    const [entry] = (await previewOk(agent, { customerId: "pv-consent-1", policy: "preview-consent" })).entries;
    expect(entry.status).toBe("CONSENT_REQUIRED");
    expect(entry.source).toBe("PUBLISHED");
    expect(entry.version.id).toBe(consent.publishedId);
    expect(entry.inBeta).toBe(false);
    expect(entry.summary).toMatch(
      /^Consent required: the published policy .* applies until the customer accepts the beta/,
    );
    expect(await fingerprint(server.db)).toEqual(before);

    const paused = await policyWithDrafts(ops, manager, "preview-paused", 1);
    const { pilotId } = await runningPilot(ops, paused, [0.5, 0.5]);
    await runOk(ops, "pausePilot", { pilotId });
    const [pausedEntry] = (await previewOk(agent, { customerId: "pv-paused-1", policy: "preview-paused" })).entries;
    expect(pausedEntry.status).toBe("PILOT_PAUSED");
    expect(pausedEntry.version.id).toBe(paused.publishedId);

    const none = await policyWithDrafts(ops, manager, "preview-none", 0);
    const [noneEntry] = (await previewOk(agent, { customerId: "pv-none-1", policy: "preview-none" })).entries;
    expect(noneEntry.status).toBe("NO_ACTIVE_PILOT");
    expect(noneEntry.version.id).toBe(none.publishedId);
    expect(noneEntry.version.content.purpose).toMatch(/Resolve every complaint/);
  });

  it("uses the agent's id when the pilot assigns agents, by default the signed-in user's helpdesk agent id", async () => {
    const setup = await policyWithDrafts(ops, manager, "preview-by-agent", 1);
    await runningPilot(ops, setup, [0.5, 0.5], { unit: "AGENT" });
    const [missing] = (await previewOk(agent, { customerId: "c-1", policy: "preview-by-agent" })).entries;
    expect(missing.status).toBe("AGENT_ID_REQUIRED");
    expect(missing.version).toBeNull();

    const [withId] = (await previewOk(agent, { customerId: "c-1", agentId: "pv-agent-7", policy: "preview-by-agent" }))
      .entries;
    expect(withId.status).toBe("NOT_ENROLLED");
    expect(withId.unitId).toBe("pv-agent-7");
    const applied = await runOk(helpdesk, "policyFor", {
      policy: "preview-by-agent",
      customerId: "c-1",
      agentId: "pv-agent-7",
    });
    expect(applied.variantKey).toBe(withId.variant.key);

    const agentUser = await server.db.prisma.user.findFirstOrThrow({ where: { role: "AGENT" } });
    await runOk(await server.as("ADMIN"), "setUserHelpdeskAgentId", {
      userId: agentUser.id,
      helpdeskAgentId: "pv-agent-7",
    });
    const mine = await previewOk(agent, { customerId: "c-2", policy: "preview-by-agent" });
    expect(mine.agentId).toBe("pv-agent-7");
    expect(mine.entries[0].status).toBe("ENROLLED");
    expect(mine.entries[0].variant.key).toBe(applied.variantKey);
    await runOk(await server.as("ADMIN"), "setUserHelpdeskAgentId", { userId: agentUser.id, helpdeskAgentId: null });
  });

  it("lets agents, ops, managers, admins and integration tokens preview; refuses viewers and anonymous callers", async () => {
    await policyWithDrafts(ops, manager, "preview-roles", 0);
    for (const role of ["AGENT", "OPS", "MANAGER", "ADMIN"] as const) {
      await previewOk(await server.as(role), { customerId: "r-1", policy: "preview-roles" });
    }
    await previewOk(helpdesk, { customerId: "r-1", policy: "preview-roles" });
    const viewerClient = await server.as("VIEWER"); // signing in is audited: before the fingerprint
    const before = await fingerprint(server.db);
    const viewer = await preview(viewerClient, { customerId: "r-1", policy: "preview-roles" });
    expect(viewer.__typename).toBe("NotAuthorizedError");
    expect(viewer.message).toMatch(/not allowed/);
    const anonymous = await preview(server.anonymous(), { customerId: "r-1", policy: "preview-roles" });
    expect(anonymous.__typename).toBe("NotAuthorizedError");
    expect(anonymous.message).toMatch(/Sign in first/);
    const unknown = await preview(agent, { customerId: "r-1", policy: "no-such-policy" });
    expect(unknown.__typename).toBe("NotFoundError");
    const blank = await preview(agent, { customerId: "  " });
    expect(blank.__typename).toBe("ValidationError");
    expect(await fingerprint(server.db)).toEqual(before);
  });
});
