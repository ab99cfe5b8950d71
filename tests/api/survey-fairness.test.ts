import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../api/src/lib/ids.js";
import { mulberry32 } from "../../api/src/seed/rng.js";
import type { GqlClient } from "../testkit/graphql.js";
import { CONNECT_HELPDESK } from "../testkit/helpdesk.js";
import { policyWithDrafts, runningPilot, runOk } from "../testkit/operations.js";
import { startTestServer, type TestServer } from "../testkit/server.js";

const FAIRNESS = `query($id: ID!) { node(id: $id) { ... on Pilot { surveyFairness {
  arms { variantKey assigned withdrawn sent answered opened }
  consents { pending accepted declined }
  responseRate { pValue imbalanced rates } withdrawalRate { pValue imbalanced rates } } } } }`;

/**
 * Simulated pilots: every participant's ticket is solved and invited; in one pilot the control answers 45 % and the
 * variant 25 % (flagged), in the other both answer about 40 % (not flagged). Opt-outs likewise.
 */
describe("is the survey still a fair comparison? (PGlite)", () => {
  let server: TestServer;
  let helpdesk: GqlClient;
  let integrationId: string;

  beforeAll(async () => {
    server = await startTestServer("pglite");
    helpdesk = await server.integration();
    integrationId = (
      await (
        await server.as("ADMIN")
      ).mutate("connectHelpdesk", CONNECT_HELPDESK, {
        input: { vendor: "GENERIC", name: "Helpdesk", secret: "fairness-secret" },
      })
    ).id;
  });
  afterAll(async () => server?.close());

  async function simulate(key: string, answerRate: Record<string, number>, withdrawRate: Record<string, number>) {
    const ops = await server.as("OPS");
    const { pilotId } = await runningPilot(
      ops,
      await policyWithDrafts(ops, await server.as("MANAGER"), key, 1),
      [0.5, 0.5],
    );
    for (let i = 0; i < 400; i++) await runOk(helpdesk, "policyFor", { policy: key, customerId: `${key}-${i}` });
    const assignments = await server.db.prisma.assignment.findMany({ where: { pilotId }, include: { variant: true } });
    const rng = mulberry32(key.length * 7919);
    const now = server.clock.now();
    for (const a of assignments) {
      const interactionId = newId("interaction");
      await server.db.prisma.interaction.create({
        data: {
          id: interactionId,
          integrationId,
          ticketExternalId: `t-${a.id}`,
          isSolved: true,
          pilotId,
          variantId: a.variantId,
          assignmentId: a.id,
        },
      });
      const answered = rng() < (answerRate[a.variant.key] ?? 0);
      await server.db.prisma.surveyInvitation.create({
        data: {
          id: newId("invitation"),
          interactionId,
          customerExternalId: a.participantId,
          pilotId,
          variantId: a.variantId,
          assignmentId: a.id,
          decision: "SENT",
          delivery: "HELPDESK",
          createdAt: now,
          expiresAt: new Date(now.getTime() + 7 * 86_400_000),
          openedAt: answered ? now : null,
          answeredAt: answered ? now : null,
        },
      });
      if (rng() < (withdrawRate[a.variant.key] ?? 0)) {
        await server.db.prisma.assignment.update({
          where: { id: a.id },
          data: { withdrawnAt: now, withdrawalChannel: "WEB" },
        });
      }
    }
    return (await (await server.as("MANAGER")).ok(FAIRNESS, { id: pilotId })).node.surveyFairness;
  }

  it("flags an arm that answers and leaves less often", async () => {
    const fairness = await simulate(
      "unfair",
      { control: 0.45, "variant-1": 0.25 },
      { control: 0.02, "variant-1": 0.12 },
    );
    const sent = fairness.arms.reduce((s: number, a: { sent: number }) => s + a.sent, 0);
    expect(sent).toBe(fairness.arms.reduce((s: number, a: { assigned: number }) => s + a.assigned, 0));
    expect(fairness.responseRate.imbalanced).toBe(true);
    expect(fairness.responseRate.pValue).toBeLessThan(0.001);
    expect(fairness.responseRate.rates[0]).toBeGreaterThan(fairness.responseRate.rates[1]);
    expect(fairness.withdrawalRate.imbalanced).toBe(true);
    console.log(
      `[fairness] unfair pilot: response ${fairness.responseRate.rates.map((r: number) => r.toFixed(2))} p=${fairness.responseRate.pValue.toExponential(2)}`,
    );
  });

  it("does not flag a pilot whose arms answer and leave alike", async () => {
    const fairness = await simulate("fair", { control: 0.4, "variant-1": 0.4 }, { control: 0.05, "variant-1": 0.05 });
    expect(fairness.responseRate.imbalanced).toBe(false);
    expect(fairness.withdrawalRate.imbalanced).toBe(false);
    expect(fairness.consents).toEqual({ pending: 0, accepted: 0, declined: 0 });
    console.log(
      `[fairness] fair pilot: response ${fairness.responseRate.rates.map((r: number) => r.toFixed(2))} p=${fairness.responseRate.pValue.toFixed(3)}`,
    );
  });
});
