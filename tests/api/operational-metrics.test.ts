import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "../testkit/db.js";
import type { GqlClient, Json } from "../testkit/graphql.js";
import { CONNECT_HELPDESK } from "../testkit/helpdesk.js";
import { policyWithDrafts, runningPilot, runOk } from "../testkit/operations.js";
import { startTestServer, type TestServer } from "../testkit/server.js";

const RESULTS = `query($id: ID!) { pilot(id: $id) { results { csv
  metrics { key label role }
  variants { key values { metric n value } comparisons { metric role estimate intervalLow intervalHigh verdict error } } } } }`;

/** Operational metrics from the helpdesk's ticket events, through the ingestion path, in the pilot's design. */
describe.each(backends())("operational metrics on %s", (backend) => {
  let server: TestServer;
  let ops: GqlClient;
  let manager: GqlClient;
  let helpdesk: GqlClient;
  let integrationId: string;

  beforeAll(async () => {
    server = await startTestServer(backend);
    ops = await server.as("OPS");
    manager = await server.as("MANAGER");
    helpdesk = await server.integration();
    const admin = await server.as("ADMIN");
    const connected = await admin.mutate("connectHelpdesk", CONNECT_HELPDESK, {
      input: { vendor: "GENERIC", name: "ops metrics", secret: "ops-metrics-secret" },
    });
    integrationId = connected.id;
  });
  afterAll(async () => server?.close());

  it("compares first-response and resolution medians and p90s, reopen and escalation rates per arm", async () => {
    const setup = await policyWithDrafts(ops, manager, "ops-metrics", 1);
    const { pilotId } = await runningPilot(ops, setup, [0.5, 0.5], {
      design: {
        primaryMetric: "first_response_median",
        secondaryMetrics: ["first_response_p90", "resolution_median", "resolution_p90"],
        guardrails: [
          { metric: "reopen_rate", margin: 0.5 },
          { metric: "escalation_rate", margin: 0.5 },
        ],
      },
    });
    const base = new Date(server.clock.now().getTime() - 3 * 86_400_000);
    const at = (hours: number) => new Date(base.getTime() + hours * 3_600_000).toISOString();
    const record = (event: Record<string, unknown>) =>
      runOk(helpdesk, "recordInteractionEvent", { integrationId, event });
    const arms: Record<string, number> = {};
    for (let i = 0; i < 80; i++) {
      const ticketId = `om-${i}`;
      const customerId = `om-c-${i}`;
      const applied = await runOk(helpdesk, "policyFor", { policy: "ops-metrics", customerId, ticketId });
      arms[applied.variantKey] = (arms[applied.variantKey] ?? 0) + 1;
      const fast = applied.variantKey === "variant-1";
      // First reply: control about 4 h (3–5 h), treatment about 1 h (0.5–1.5 h); solved 10–20 h after opening.
      const reply = fast ? 0.5 + (i % 11) / 10 : 3 + (i % 21) / 10;
      const solved = 10 + (i % 11);
      const common = { ticketId, customerId, ticketCreatedAt: at(0) };
      await record({ ...common, id: `${ticketId}-c`, type: "ticket.created", occurredAt: at(0) });
      await record({ ...common, id: `${ticketId}-r`, type: "ticket.agent_replied", occurredAt: at(reply) });
      await record({ ...common, id: `${ticketId}-s`, type: "ticket.solved", occurredAt: at(solved) });
      if (i % 4 === 0) await record({ ...common, id: `${ticketId}-e`, type: "ticket.escalated", occurredAt: at(1) });
      if (i % 5 === 0)
        await record({ ...common, id: `${ticketId}-o`, type: "ticket.reopened", occurredAt: at(solved + 1) });
      if (i % 5 === 0)
        await record({ ...common, id: `${ticketId}-s2`, type: "ticket.solved", occurredAt: at(solved + 2) });
    }
    await server.services.jobs.idle();
    const interactions = await server.db.prisma.interaction.count({ where: { pilotId } });
    expect(interactions).toBe(80);

    const { pilot } = await manager.ok(RESULTS, { id: pilotId });
    const byKey = Object.fromEntries(pilot.results.variants.map((v: Json) => [v.key, v]));
    const value = (arm: string, metric: string) =>
      byKey[arm].values.find((x: Json) => x.metric === metric) as { n: number; value: number };
    expect(value("control", "first_response_median").n).toBe(arms.control);
    expect(value("control", "first_response_median").value).toBeGreaterThan(3);
    expect(value("control", "first_response_median").value).toBeLessThan(5);
    expect(value("variant-1", "first_response_median").value).toBeLessThan(1.6);
    expect(value("variant-1", "first_response_p90").value).toBeGreaterThan(
      value("variant-1", "first_response_median").value,
    );
    expect(value("control", "resolution_median").value).toBeGreaterThanOrEqual(10);
    const reopen = value("control", "reopen_rate");
    expect(reopen.value).toBeGreaterThan(0);
    expect(reopen.value).toBeLessThan(0.5);
    const comparisons = Object.fromEntries(byKey["variant-1"].comparisons.map((c: Json) => [c.metric, c]));
    expect(comparisons.first_response_median.estimate).toBeLessThan(-0.5);
    expect(comparisons.first_response_median.intervalHigh).toBeLessThan(0);
    expect(comparisons.first_response_median.verdict).toBe("BETTER");
    expect(comparisons.reopen_rate.role).toBe("guardrail");
    expect(comparisons.escalation_rate.error).toBeNull();
    expect(pilot.results.metrics.map((m: Json) => m.label)).toContain("median first response time");
    // The CSV carries the same rows.
    expect(pilot.results.csv).toMatch(/\r\nvariant-1,[^\r]*,first_response_median,primary,\d+,[\d.]+,relative,-0\.\d+/);
  }, 240_000);
});
