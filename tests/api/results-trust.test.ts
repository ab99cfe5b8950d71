import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pValue } from "../../console/src/lib/format.js";
import { backends } from "../testkit/db.js";
import { startDemoServer } from "../testkit/demo-server.js";
import type { Json } from "../testkit/graphql.js";
import { GqlClient } from "../testkit/graphql.js";
import { policyWithDrafts, runningPilot, runOk } from "../testkit/operations.js";
import { fillArms, ratingsFrom } from "../testkit/results-data.js";
import { startTestServer, type TestServer } from "../testkit/server.js";

/**
 * Issue 8, "What is wrong today": the results page must never contradict itself. Each case is what a manager saw.
 */
const RESULTS = `query($id: ID!) { pilot(id: $id) { id primaryMetric results {
  srmPValue srmHealthy requiredPerArm daysRemaining
  recommendation { action variantKey headline reasons }
  variants { key isControl participants comparisons { metric estimate pValue adjustedPValue verdict error } } } } }`;

const LABELS: Record<string, string> = {
  csat: "CSAT",
  satisfied: "satisfied share",
  nps: "NPS",
  ces: "customer effort",
};

/** Every "X improves M" of the recommendation has a BETTER row in the table, and every BETTER row's claim agrees. */
function expectRecommendationMatchesTable(results: Json) {
  const text = [results.recommendation.headline, ...results.recommendation.reasons].join("\n");
  for (const v of results.variants) {
    for (const c of v.comparisons) {
      const claim = new RegExp(`${v.key} improves ${LABELS[c.metric]}\\b`);
      if (c.verdict !== "BETTER") expect(text, `${v.key} ${c.metric} is ${c.verdict}`).not.toMatch(claim);
    }
  }
  if (results.recommendation.action === "SHIP") {
    const winner = results.variants.find((v: Json) => v.key === results.recommendation.variantKey);
    expect(winner.comparisons.some((c: Json) => c.verdict === "BETTER")).toBe(true);
  }
}

describe.each(backends())("results a manager can trust on %s", (backend) => {
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

  it("runs one multiple-comparison family: a +7.3 % CSAT lift on 400 + 400 is not INCONCLUSIVE in the table and Ship in the headline", async () => {
    const setup = await policyWithDrafts(ops, manager, "csat-lift", 1);
    const { pilotId } = await runningPilot(ops, setup, [0.5, 0.5]);
    await fillArms(helpdesk, "csat-lift", {
      control: ratingsFrom([30, 17, 113, 90, 150]),
      "variant-1": ratingsFrom([10, 0, 113, 110, 167]),
    });
    const { pilot } = await manager.ok(RESULTS, { id: pilotId });
    const csat = pilot.results.variants[1].comparisons.find((c: Json) => c.metric === "csat");
    expect(csat.estimate).toBeCloseTo(0.0734, 3);
    expectRecommendationMatchesTable(pilot.results);
    expect(csat.verdict === "BETTER").toBe(pilot.results.recommendation.action === "SHIP");
    // The p-value the headline cites is the table's, rounded the same way.
    const cited = pilot.results.recommendation.reasons.find((r: string) => r.includes("CSAT"));
    expect(cited).toContain(`adjusted p ${pValue(csat.adjustedPValue)}`);
  }, 240_000);

  it("recommends on the pilot's primary metric: an NPS pilot is not told to ship on CSAT", async () => {
    const setup = await policyWithDrafts(ops, manager, "nps-primary", 1);
    const { pilotId } = await runningPilot(ops, setup, [0.5, 0.5], { primaryMetric: "nps" });
    // CSAT clearly better in the treatment, NPS the same in both arms.
    const arm = (csat: number[]) =>
      ratingsFrom(csat).map((r, i) => ({ ...r, nps: [3, 7, 8, 9, 10, 6, 9, 10, 2, 8][i % 10] }));
    await fillArms(helpdesk, "nps-primary", {
      control: arm([40, 40, 60, 30, 30]),
      "variant-1": arm([5, 10, 40, 65, 80]),
    });
    const { pilot } = await manager.ok(RESULTS, { id: pilotId });
    const csat = pilot.results.variants[1].comparisons.find((c: Json) => c.metric === "csat");
    expect(csat.pValue).toBeLessThan(1e-6);
    expect(pilot.results.recommendation.action).not.toBe("SHIP");
    expect(pilot.results.recommendation.headline + pilot.results.recommendation.reasons.join(" ")).toMatch(/NPS/);
  }, 240_000);

  it("raises no sample-ratio alarm after a 70/30 → 50/50 weight change, and still raises one for a real imbalance", async () => {
    const setup = await policyWithDrafts(ops, manager, "weights-change", 1);
    const { pilotId } = await runningPilot(ops, setup, [0.7, 0.3]);
    server.clock.advance(60_000);
    const enrol = async (from: number, to: number) => {
      for (let i = from; i < to; i += 25) {
        await Promise.all(
          Array.from({ length: Math.min(25, to - i) }, (_, k) =>
            runOk(helpdesk, "policyFor", { policy: "weights-change", customerId: `w-${i + k}` }),
          ),
        );
      }
    };
    await enrol(0, 1000);
    server.clock.advance(3_600_000);
    await runOk(ops, "updatePilotWeights", {
      pilotId,
      weights: [
        { key: "control", weight: 0.5 },
        { key: "variant-1", weight: 0.5 },
      ],
    });
    server.clock.advance(60_000);
    await enrol(1000, 2000);
    const { pilot } = await manager.ok(RESULTS, { id: pilotId });
    const counts = pilot.results.variants.map((v: Json) => v.participants);
    expect(counts[0] / (counts[0] + counts[1])).toBeGreaterThan(0.56);
    expect(pilot.results.srmHealthy, `SRM p ${pilot.results.srmPValue} with ${counts}`).toBe(true);
    expect(pilot.results.recommendation.action).not.toBe("UNHEALTHY");

    // A real imbalance: the open phase's participants against weights they were not assigned with (as when the
    // assignment path ignored a weight change). The same check must now fail.
    await server.db.prisma.pilotPhase.updateMany({
      where: { pilotId, endedAt: null },
      data: { weights: { control: 0.8, "variant-1": 0.2 } },
    });
    const broken = (await manager.ok(RESULTS, { id: pilotId })).pilot.results;
    expect(broken.srmHealthy).toBe(false);
    expect(broken.recommendation.action).toBe("UNHEALTHY");
  }, 240_000);
});

describe("the demo's frozen snapshot", () => {
  let demo: Awaited<ReturnType<typeof startDemoServer>>;
  beforeAll(async () => {
    demo = await startDemoServer("pglite");
  });
  afterAll(async () => demo?.close());

  it("says nothing in its recommendation that its table contradicts", async () => {
    const manager = new GqlClient(demo.url);
    await manager.login("manager@demo.policy-pilot.test", "pilot-demo-2026");
    const data = await manager.ok(`query { pilots(first: 10, status: [CONCLUDED]) { edges { node { id } } } }`);
    const id = data.pilots.edges[0].node.id;
    const snapshot = await manager.ok(
      `query($id: ID!) { pilot(id: $id) { decision { resultsSnapshot {
        recommendation { action variantKey headline reasons }
        variants { key comparisons { metric verdict adjustedPValue } } } } } }`,
      { id },
    );
    const frozen = snapshot.pilot.decision.resultsSnapshot;
    expectRecommendationMatchesTable(frozen);
    // The banner cites the primary metric's adjusted p-value as the table shows it ("< 0.001", not "= 0.0000").
    const winner = frozen.variants.find((v: Json) => v.key === frozen.recommendation.variantKey);
    const csat = winner.comparisons.find((c: Json) => c.metric === "csat");
    const cited = frozen.recommendation.reasons.find((r: string) => /adjusted p/.test(r));
    expect(cited).toContain(`adjusted p ${pValue(csat.adjustedPValue)}`);
  });

  it("shows the running pilot analysed as designed, agent clarity and first-response times included, consistently", async () => {
    const manager = new GqlClient(demo.url);
    await manager.login("manager@demo.policy-pilot.test", "pilot-demo-2026");
    const data = await manager.ok(`query { pilots(first: 10, status: [RUNNING]) { edges { node { id } } } }`);
    const { pilot } = await manager.ok(
      `query($id: ID!) { pilot(id: $id) { design { primaryMetric secondaryMetrics } results {
        srmHealthy phases { number arms { key participants } }
        recommendation { action variantKey headline reasons }
        variants { key values { metric n value } comparisons { metric verdict adjustedPValue error } } } } }`,
      { id: data.pilots.edges[0].node.id },
    );
    expect(pilot.design.secondaryMetrics).toEqual(["satisfied", "nps", "clarity", "first_response_median"]);
    expectRecommendationMatchesTable(pilot.results);
    expect(pilot.results.srmHealthy).toBe(true);
    expect(pilot.results.phases).toHaveLength(1);
    const treatment = pilot.results.variants.find((v: Json) => !v.key.startsWith("control"));
    const metrics = treatment.comparisons.map((c: Json) => c.metric);
    expect(metrics).toEqual(expect.arrayContaining(["clarity", "first_response_median"]));
    const clarity = pilot.results.variants[0].values.find((v: Json) => v.metric === "clarity");
    expect(clarity.n).toBeGreaterThan(0);
  });
});
