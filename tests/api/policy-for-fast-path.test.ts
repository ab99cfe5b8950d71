import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../api/src/app.js";
import type { SqlRunner } from "../../api/src/db/sql-runner.js";
import { createInProcessQueue } from "../../api/src/lib/jobs/in-process-queue.js";
import { createLogger } from "../../api/src/lib/logger.js";
import { createSecretBox } from "../../api/src/lib/secret-box.js";
import { createServices, type Services } from "../../api/src/services.js";
import { backends } from "../testkit/db.js";
import { GqlClient } from "../testkit/graphql.js";
import { policyWithDrafts, runningPilot } from "../testkit/operations.js";
import { startTestServer, type TestServer } from "../testkit/server.js";

const SET_ROUTING = `mutation($input: SetPilotRoutingInput!) { setPilotRouting(input: $input) { __typename
  ... on Error { message } ... on ValidationError { issues { path message } }
  ... on MutationSetPilotRoutingSuccess { data { id customerRouting variants { key agentGroup } } } } }`;
const ASK = `mutation($input: PolicyForInput!) { policyFor(input: $input) { __typename ... on Error { message }
  ... on MutationPolicyForSuccess { data { reason variantKey assignmentId decidedBy agentGroup } } } }`;
const PILOT = `query($id: ID!) { node(id: $id) { ... on Pilot { customerRouting consistencyViolations
  variants { key agentGroup } } } }`;

type Applied = {
  reason: string;
  variantKey: string | null;
  assignmentId: string | null;
  decidedBy: string | null;
  agentGroup: string | null;
};

/**
 * A second API instance on the same database (its own caches, as a second replica behind a load balancer would
 * have). Its SQL channel counts statements; its clock stands still unless advanced (its caches expire only then).
 */
async function secondInstance(server: TestServer) {
  let statements = 0;
  let now = server.clock.now().getTime();
  const clock = {
    now: () => new Date(now),
    advance: (ms: number) => (now += ms),
    set: (at: Date) => (now = at.getTime()),
  };
  const sql: SqlRunner = {
    ...server.db.sql,
    query: (text, params) => {
      statements++;
      return server.db.sql.query(text, params);
    },
  };
  const logger = createLogger("silent");
  const services: Services = createServices({
    db: server.db.prisma,
    sql,
    clock,
    logger,
    sessionTtlHours: 12,
    jobs: createInProcessQueue(logger),
    secrets: createSecretBox(randomBytes(32)),
    publicUrl: "http://surveys.test",
    mailer: null,
  });
  const { app } = buildApp({
    services,
    db: server.db.prisma,
    config: { nodeEnv: "test", cookieSecure: false, consoleDist: "console/dist" },
  });
  const listening = app.listen(0, "127.0.0.1");
  await new Promise<void>((done) => listening.once("listening", () => done()));
  return {
    services,
    clock,
    url: `http://127.0.0.1:${(listening.address() as AddressInfo).port}`,
    statements: () => statements,
    close: async () => {
      listening.closeAllConnections();
      await new Promise<void>((done) => listening.close(() => done()));
    },
  };
}

describe.each(backends())("policyFor's fast path (%s)", (backend) => {
  let server: TestServer;
  let ops: GqlClient;
  let helpdesk: GqlClient;
  let other: Awaited<ReturnType<typeof secondInstance>>;
  let otherHelpdesk: GqlClient;

  beforeAll(async () => {
    server = await startTestServer(backend);
    ops = await server.as("OPS");
    helpdesk = await server.integration();
    other = await secondInstance(server);
    otherHelpdesk = new GqlClient(other.url, { token: helpdesk.token! });
  });
  afterAll(async () => {
    await other?.close();
    await server?.close();
  });

  const askVia = async (client: GqlClient, input: Record<string, unknown>): Promise<Applied> => {
    const data = await client.ok(ASK, { input });
    if (data.policyFor.__typename !== "MutationPolicyForSuccess") throw new Error(JSON.stringify(data.policyFor));
    return data.policyFor.data;
  };
  const ask = (input: Record<string, unknown>) => askVia(helpdesk, input);
  const exposures = async (pilotId: string) => server.db.prisma.exposure.count({ where: { pilotId } });
  const pilotNode = async (id: string) => (await ops.ok(PILOT, { id })).node;

  it("answers a known participant without a statement while the configuration is unchanged", async () => {
    const setup = await policyWithDrafts(ops, await server.as("MANAGER"), "no-read", 1);
    await runningPilot(ops, setup, [0.5, 0.5]);
    const first = await askVia(otherHelpdesk, { policy: "no-read", customerId: "k-1" });
    expect(first.reason).toBe("IN_PILOT");
    const before = other.statements();
    for (let i = 0; i < 5; i++) {
      const again = await askVia(otherHelpdesk, { policy: "no-read", customerId: "k-1", ticketId: `K-${i}` });
      expect(again).toEqual(first);
    }
    expect(other.statements() - before).toBe(0);
  });

  it("sees an opt-out at once on the instance that took it, and on another within the configuration's TTL", async () => {
    const setup = await policyWithDrafts(ops, await server.as("MANAGER"), "leaving", 1);
    const { pilotId } = await runningPilot(ops, setup, [0.5, 0.5]);
    for (const customerId of ["o-1", "o-2"]) {
      expect((await ask({ policy: "leaving", customerId })).reason).toBe("IN_PILOT");
      expect((await askVia(otherHelpdesk, { policy: "leaving", customerId })).reason).toBe("IN_PILOT");
    }
    const agentViewer = { kind: "token", tokenId: "t", name: "test" } as const;
    await server.services.beta.optOutCustomer({ pilotId, customerId: "o-1" }, agentViewer, "req-1");
    expect((await ask({ policy: "leaving", customerId: "o-1" })).reason).toBe("OPTED_OUT");
    other.clock.advance(2_100);
    expect((await askVia(otherHelpdesk, { policy: "leaving", customerId: "o-1" })).reason).toBe("OPTED_OUT");
    expect((await askVia(otherHelpdesk, { policy: "leaving", customerId: "o-2" })).reason).toBe("IN_PILOT");
  });

  it("resolves two-sided asks in CUSTOMER pilots: agents serve both arms, or customers are routed by arm", async () => {
    const setup = await policyWithDrafts(ops, await server.as("MANAGER"), "two-sided", 1);
    const { pilotId } = await runningPilot(ops, setup, [0.5, 0.5]);
    for (let c = 0; c < 4; c++) {
      const answers = [];
      for (let a = 0; a < 4; a++)
        answers.push(await ask({ policy: "two-sided", customerId: `ts-${c}`, agentId: `ag-${a}` }));
      expect(new Set(answers.map((x) => x.variantKey)).size).toBe(1);
      expect(answers.every((x) => x.decidedBy === "CUSTOMER" && x.agentGroup === null)).toBe(true);
    }
    expect((await pilotNode(pilotId)).consistencyViolations).toBe(0);

    const refused = await ops.ok(SET_ROUTING, { input: { pilotId, routing: "BY_ARM" } });
    expect(refused.setPilotRouting.__typename).toBe("ValidationError");
    expect(refused.setPilotRouting.message).toBe(
      "Routing by arm needs an agent group for every variant; give one to control, variant-1.",
    );
    const unknown = await ops.ok(SET_ROUTING, {
      input: { pilotId, routing: "BY_ARM", agentGroups: [{ variantKey: "nope", agentGroup: "x" }] },
    });
    expect(unknown.setPilotRouting.message).toMatch(/has no variant nope; its variants are control, variant-1/);
    const agent = await server.as("AGENT");
    expect((await agent.ok(SET_ROUTING, { input: { pilotId, routing: "ANY_AGENT" } })).setPilotRouting.__typename).toBe(
      "NotAuthorizedError",
    );

    const groups = [
      { variantKey: "control", agentGroup: "Tier 1 (current policy)" },
      { variantKey: "variant-1", agentGroup: "Tier 1 (pilot)" },
    ];
    const routed = await ops.ok(SET_ROUTING, { input: { pilotId, routing: "BY_ARM", agentGroups: groups } });
    expect(routed.setPilotRouting.data).toMatchObject({
      customerRouting: "BY_ARM",
      variants: [
        { key: "control", agentGroup: "Tier 1 (current policy)" },
        { key: "variant-1", agentGroup: "Tier 1 (pilot)" },
      ],
    });
    const group = new Map(groups.map((g) => [g.variantKey, g.agentGroup]));
    for (let c = 0; c < 4; c++) {
      const answer = await ask({ policy: "two-sided", customerId: `ts-${c}`, agentId: "ag-9" });
      expect(answer.agentGroup).toBe(group.get(answer.variantKey!));
    }
    const audit = await server.db.prisma.auditEvent.findFirst({
      where: { type: "pilot.routing_changed", subjectId: pilotId },
    });
    expect(audit?.data).toMatchObject({ before: { routing: "ANY_AGENT" }, after: { routing: "BY_ARM" } });
  });

  it("resolves AGENT pilots by the agent's variant and counts customers served under two arms", async () => {
    const setup = await policyWithDrafts(ops, await server.as("MANAGER"), "by-agents", 1);
    const { pilotId } = await runningPilot(ops, setup, [0.5, 0.5], { unit: "AGENT" });
    const refused = await ops.ok(SET_ROUTING, {
      input: {
        pilotId,
        routing: "BY_ARM",
        agentGroups: [
          { variantKey: "control", agentGroup: "a" },
          { variantKey: "variant-1", agentGroup: "b" },
        ],
      },
    });
    expect(refused.setPilotRouting.message).toMatch(/routing by arm applies to pilots that assign customers/);

    const armOf = new Map<string, string>();
    for (let a = 0; a < 12; a++) {
      const answer = await ask({ policy: "by-agents", customerId: `solo-${a}`, agentId: `agent-${a}` });
      expect(answer.decidedBy).toBe("AGENT");
      armOf.set(`agent-${a}`, answer.variantKey!);
    }
    expect((await pilotNode(pilotId)).consistencyViolations).toBe(0);
    const control = [...armOf].find(([, v]) => v === "control")![0];
    const treatment = [...armOf].find(([, v]) => v === "variant-1")![0];
    const first = await ask({ policy: "by-agents", customerId: "shared", agentId: control });
    const second = await ask({ policy: "by-agents", customerId: "shared", agentId: treatment });
    expect([first.variantKey, second.variantKey]).toEqual(["control", "variant-1"]);
    // One customer, two arms: one consistency violation (served twice by the same agent is not one).
    await ask({ policy: "by-agents", customerId: "solo-0", agentId: "agent-0" });
    expect((await pilotNode(pilotId)).consistencyViolations).toBe(1);
  });

  if (backend === "postgres") {
    it("stores exactly one assignment for concurrent first asks, through the lean path and across instances", async () => {
      const setup = await policyWithDrafts(ops, await server.as("MANAGER"), "racing", 1);
      const { pilotId } = await runningPilot(ops, setup, [0.5, 0.5]);
      const leanBefore = server.leanCounts().lean;
      const same = await Promise.all(
        Array.from({ length: 50 }, (_, i) => ask({ policy: "racing", customerId: "race-1", ticketId: `R-${i}` })),
      );
      expect(server.leanCounts().lean - leanBefore).toBe(50);
      expect(new Set(same.map((a) => a.assignmentId)).size).toBe(1);
      expect(new Set(same.map((a) => a.variantKey)).size).toBe(1);

      // Two instances (separate caches and pools), ten new customers, six concurrent asks each per instance.
      const asks = [];
      for (let c = 0; c < 10; c++)
        for (let i = 0; i < 6; i++) {
          const input = { policy: "racing", customerId: `race-many-${c}`, ticketId: `M-${c}-${i}` };
          asks.push(ask(input).then((a) => [c, a] as const));
          asks.push(askVia(otherHelpdesk, input).then((a) => [c, a] as const));
        }
      const answers = await Promise.all(asks);
      for (let c = 0; c < 10; c++) {
        const mine = answers.filter(([k]) => k === c).map(([, a]) => a);
        expect(mine.every((a) => a.reason === "IN_PILOT")).toBe(true);
        expect(new Set(mine.map((a) => a.assignmentId)).size).toBe(1);
      }
      const stored = await server.db.sql.query<{ external_id: string; n: string }>(
        `SELECT p.external_id, count(*) AS n FROM assignments a JOIN participants p ON p.id = a.participant_id
         WHERE a.pilot_id = $1 GROUP BY p.external_id`,
        [pilotId],
      );
      expect(stored).toHaveLength(11);
      expect(stored.every((r) => Number(r.n) === 1)).toBe(true);
      expect(await server.db.prisma.participant.count({ where: { externalId: { startsWith: "race-" } } })).toBe(11);
    });
  }
  it("stores one exposure per participant × pilot × day, however often and through whichever instance", async () => {
    // Not within an hour of a UTC day boundary (the test moves both instances' clocks a day on, so it runs last).
    const hour = server.clock.now().getUTCHours();
    if (hour === 23 || hour === 0) server.clock.advance(2 * 3_600_000);
    other.clock.set(server.clock.now());
    const setup = await policyWithDrafts(ops, await server.as("MANAGER"), "dedupe", 1);
    const { pilotId } = await runningPilot(ops, setup, [0.5, 0.5]);
    for (const ticketId of ["T-1", "T-2", "T-3"]) await ask({ policy: "dedupe", customerId: "d-1", ticketId });
    await askVia(otherHelpdesk, { policy: "dedupe", customerId: "d-1", ticketId: "T-4" });
    expect(await exposures(pilotId)).toBe(1);
    await ask({ policy: "dedupe", customerId: "d-2" });
    expect(await exposures(pilotId)).toBe(2);
    server.clock.advance(24 * 3_600_000);
    other.clock.advance(24 * 3_600_000);
    await ask({ policy: "dedupe", customerId: "d-1", ticketId: "T-5" });
    await askVia(otherHelpdesk, { policy: "dedupe", customerId: "d-1", ticketId: "T-6" });
    expect(await exposures(pilotId)).toBe(3);
    // The database holds the rule too: a second row for the same participant-day is refused.
    const [row] = await server.db.sql.query<Record<string, unknown>>(
      "SELECT * FROM exposures WHERE pilot_id = $1 ORDER BY occurred_at DESC LIMIT 1",
      [pilotId],
    );
    await expect(
      server.db.sql.query(
        `INSERT INTO exposures (id, pilot_id, variant_id, assignment_id, customer_external_id, occurred_at)
         VALUES ('exp_dup', $1, $2, $3, $4, $5)`,
        [row!.pilot_id, row!.variant_id, row!.assignment_id, row!.customer_external_id, row!.occurred_at],
      ),
    ).rejects.toThrow(/exposures_one_per_participant_day/);
  });
});
