import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "../testkit/db.js";
import type { GqlClient, Json } from "../testkit/graphql.js";
import { policyWithDrafts, runningPilot, runOk } from "../testkit/operations.js";
import { fillArms, ratingsFrom } from "../testkit/results-data.js";
import { startTestServer, type TestServer } from "../testkit/server.js";

const ERR = "__typename ... on Error { message } ... on ValidationError { issues { path message } }";
const DESIGN = `design { primaryMetric secondaryMetrics guardrails { metric margin } alpha engine priorMean priorVariance mde power }`;
const CREATE = `mutation($input: CreatePilotInput!) { createPilot(input: $input) { ${ERR}
  ... on MutationCreatePilotSuccess { data { id ${DESIGN} } } } }`;
const UPDATE = `mutation($input: UpdatePilotDesignInput!) { updatePilotDesign(input: $input) { ${ERR}
  ... on MutationUpdatePilotDesignSuccess { data { id ${DESIGN} } } } }`;
const RESULTS = `query($id: ID!) { pilot(id: $id) { ${DESIGN} results { engine correction
  recommendation { action variantKey headline reasons reasonDetails { code metric variantKey } }
  variants { key comparisons { metric role pValue adjustedPValue chanceToWin riskIfShipped verdict guardrailMargin guardrailBound } } } } }`;

describe.each(backends())("the pilot's design on %s", (backend) => {
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

  const pilotInput = (setup: { policyId: string; draftIds: string[] }, design?: Record<string, unknown>) => ({
    policyId: setup.policyId,
    name: "Designed",
    control: { weight: 0.5 },
    treatments: [{ key: "b", name: "B", policyVersionId: setup.draftIds[0], weight: 0.5 }],
    ...(design ? { design } : {}),
  });

  it("is chosen at creation (defaults otherwise), editable while DRAFT, frozen once started", async () => {
    const setup = await policyWithDrafts(ops, manager, "designed", 1);
    const plain = (await ops.ok(CREATE, { input: pilotInput(setup) })).createPilot.data;
    expect(plain.design).toEqual({
      primaryMetric: "csat",
      secondaryMetrics: ["satisfied", "nps"],
      guardrails: [{ metric: "ces", margin: 0.05 }],
      alpha: 0.05,
      engine: "SEQUENTIAL",
      priorMean: null,
      priorVariance: null,
      mde: 0.05,
      power: 0.8,
    });
    const nps = (await ops.ok(CREATE, { input: { ...pilotInput(setup), primaryMetric: "nps" } })).createPilot.data;
    expect(nps.design.primaryMetric).toBe("nps");
    expect(nps.design.secondaryMetrics).toEqual(["csat", "satisfied"]);
    expect(nps.design.mde).toBe(5);

    const design = {
      primaryMetric: "nps",
      secondaryMetrics: ["satisfied"],
      guardrails: [{ metric: "csat", margin: 0.02 }],
      alpha: 0.1,
      engine: "FIXED_HORIZON",
      mde: 4,
      power: 0.9,
    };
    const updated = (await ops.ok(UPDATE, { input: { pilotId: plain.id, design } })).updatePilotDesign;
    expect(updated.__typename).toBe("MutationUpdatePilotDesignSuccess");
    expect(updated.data.design).toMatchObject({ ...design, guardrails: [{ metric: "csat", margin: 0.02 }] });
    const audit = await server.db.prisma.auditEvent.findFirst({
      where: { subjectId: plain.id, type: "pilot.design_changed" },
    });
    expect(audit).not.toBeNull();

    await runOk(ops, "startPilot", { pilotId: plain.id });
    const frozen = (await ops.ok(UPDATE, { input: { pilotId: plain.id, design: { alpha: 0.2 } } })).updatePilotDesign;
    expect(frozen.__typename).toBe("InvalidStateError");
    expect(frozen.message).toMatch(/design of pilot "Designed" is frozen: it has started \(RUNNING\)/);
    const stored = await server.db.prisma.pilot.findUniqueOrThrow({ where: { id: plain.id } });
    expect(stored.alpha).toBe(0.1);
    // Phase 1 starts with the pilot.
    expect(await server.db.prisma.pilotPhase.count({ where: { pilotId: plain.id } })).toBe(1);
  });

  it("refuses a design that uses a metric twice, a prior without the Bayesian engine, or an unknown metric", async () => {
    const setup = await policyWithDrafts(ops, manager, "bad-design", 1);
    const twice = (
      await ops.ok(CREATE, {
        input: pilotInput(setup, {
          primaryMetric: "csat",
          secondaryMetrics: ["csat"],
          prior: { mean: 0, variance: 1 },
        }),
      })
    ).createPilot;
    expect(twice.__typename).toBe("ValidationError");
    expect(twice.issues).toEqual(
      expect.arrayContaining([
        {
          path: ["design", "secondaryMetrics", "0"],
          message: "CSAT is already the primary metric; use each metric once",
        },
        { path: ["design", "prior"], message: "a prior needs the Bayesian engine" },
      ]),
    );
    const unknown = (await ops.ok(CREATE, { input: pilotInput(setup, { secondaryMetrics: ["happiness"] }) }))
      .createPilot;
    expect(unknown.__typename).toBe("ValidationError");
    expect(JSON.stringify(unknown.issues)).toMatch(/unknown metric \\"happiness\\"; use one of csat, satisfied, nps/);
    expect(await server.db.prisma.pilot.count({ where: { policyId: setup.policyId } })).toBe(0);
  });

  it("runs the Bayesian engine end to end: chance to win and risk, and Ship on the primary metric", async () => {
    const setup = await policyWithDrafts(ops, manager, "bayes", 1);
    const { pilotId } = await runningPilot(ops, setup, [0.5, 0.5], {
      design: { engine: "BAYESIAN", prior: { mean: 0, variance: 0.04 }, secondaryMetrics: [], guardrails: [] },
    });
    await fillArms(helpdesk, "bayes", {
      control: ratingsFrom([20, 20, 50, 60, 50]),
      "variant-1": ratingsFrom([5, 10, 35, 70, 80]),
    });
    const { pilot } = await manager.ok(RESULTS, { id: pilotId });
    expect(pilot.design.engine).toBe("BAYESIAN");
    expect(pilot.results.engine).toBe("BAYESIAN");
    expect(pilot.results.correction).toBe("none");
    const csat = pilot.results.variants[1].comparisons.find((c: Json) => c.metric === "csat");
    expect(csat.pValue).toBeNull();
    expect(csat.chanceToWin).toBeGreaterThan(0.95);
    expect(csat.riskIfShipped).toBeGreaterThanOrEqual(0);
    expect(csat.verdict).toBe("BETTER");
    expect(pilot.results.recommendation.action).toBe("SHIP");
    expect(pilot.results.recommendation.reasons.join(" ")).toMatch(
      /variant-1 improves CSAT \(\+[\d.]+ %, chance to win \d/,
    );
  }, 240_000);

  it("does not ship a winner on the primary metric that breaches a guardrail's margin", async () => {
    const setup = await policyWithDrafts(ops, manager, "guarded", 1);
    const { pilotId } = await runningPilot(ops, setup, [0.5, 0.5], {
      design: { primaryMetric: "nps", secondaryMetrics: [], guardrails: [{ metric: "csat", margin: 0.02 }], mde: 10 },
    });
    // NPS far better in the treatment; CSAT about 10 % worse (the margin allows 2 %).
    const arm = (csat: number[], npsOf: (i: number) => number) =>
      ratingsFrom(csat).map((r, i) => ({ ...r, nps: npsOf(i) }));
    await fillArms(helpdesk, "guarded", {
      control: arm([10, 20, 60, 60, 50], (i) => [2, 5, 7, 8, 9, 10][i % 6]!),
      "variant-1": arm([20, 30, 70, 50, 30], (i) => [9, 10, 10, 9, 8, 10][i % 6]!),
    });
    const { pilot } = await manager.ok(RESULTS, { id: pilotId });
    const [nps, csat] = ["nps", "csat"].map((m) =>
      pilot.results.variants[1].comparisons.find((c: Json) => c.metric === m),
    );
    expect(nps.verdict).toBe("BETTER");
    expect(csat.role).toBe("guardrail");
    expect(csat.guardrailMargin).toBe(0.02);
    expect(csat.verdict).toBe("HARMED");
    expect(pilot.results.recommendation.action).not.toBe("SHIP");
    expect(pilot.results.recommendation.reasonDetails).toEqual(
      expect.arrayContaining([{ code: "GUARDRAIL_HARMED", metric: "csat", variantKey: "variant-1" }]),
    );
  }, 240_000);

  it("analyses a pilot that assigns agents over agents (ratios with the small-sample correction)", async () => {
    const setup = await policyWithDrafts(ops, manager, "by-agent", 1);
    const { pilotId } = await runningPilot(ops, setup, [0.5, 0.5], { unit: "AGENT" });
    const jobs: Promise<unknown>[] = [];
    const arms: Record<string, Set<string>> = {};
    for (let a = 0; a < 16; a++) {
      for (let c = 0; c < 6; c++) {
        const ticketId = `ba-${a}-${c}`;
        const applied = await runOk(helpdesk, "policyFor", {
          policy: "by-agent",
          customerId: `ba-c-${a}-${c}`,
          agentId: `ba-agent-${a}`,
          ticketId,
        });
        const seen = arms[applied.variantKey] ?? new Set<string>();
        seen.add(applied.assignmentId);
        arms[applied.variantKey] = seen;
        const csat = applied.variantKey === "variant-1" ? 4 + (c <= a % 4 ? 1 : 0) : 3 + ((a * c) % 3 === 0 ? 1 : 0);
        jobs.push(
          runOk(helpdesk, "submitFeedback", { assignmentId: applied.assignmentId, csat, idempotencyKey: ticketId }),
        );
      }
    }
    await Promise.all(jobs);
    const { pilot } = await manager.ok(
      `query($id: ID!) { pilot(id: $id) { results { variants { key participants csatN csatMean
        comparisons { metric estimate intervalLow intervalHigh error } } } } }`,
      { id: pilotId },
    );
    const [control, treatment] = pilot.results.variants;
    // n counts agents, not the 96 responses.
    expect(control.csatN).toBe(arms.control!.size);
    expect(treatment.csatN).toBe(arms["variant-1"]!.size);
    expect(control.csatN + treatment.csatN).toBe(16);
    expect(treatment.csatMean).toBeGreaterThan(control.csatMean);
    const csat = treatment.comparisons.find((c: Json) => c.metric === "csat");
    expect(csat.error).toBeNull();
    expect(csat.intervalLow).toBeLessThan(csat.estimate);
    expect(csat.intervalHigh).toBeGreaterThan(csat.estimate);
  }, 240_000);

  it("answers a weight change of a started pilot with a new phase, and of a draft with none", async () => {
    const setup = await policyWithDrafts(ops, manager, "phased", 1);
    const draft = (await ops.ok(CREATE, { input: pilotInput(setup) })).createPilot.data;
    const weights = (c: number) => [
      { key: "control", weight: c },
      { key: "b", weight: 1 - c },
    ];
    await runOk(ops, "updatePilotWeights", { pilotId: draft.id, weights: weights(0.6) });
    expect(await server.db.prisma.pilotPhase.count({ where: { pilotId: draft.id } })).toBe(0);
    await runOk(ops, "startPilot", { pilotId: draft.id });
    await runOk(helpdesk, "policyFor", { policy: "phased", customerId: "p-1" });
    await runOk(ops, "updatePilotWeights", { pilotId: draft.id, weights: weights(0.5) });
    const phases = await server.db.prisma.pilotPhase.findMany({
      where: { pilotId: draft.id },
      orderBy: { number: "asc" },
    });
    expect(phases.map((p) => [p.number, p.weights, p.endedAt !== null])).toEqual([
      [1, { control: 0.6, b: 0.4 }, true],
      [2, { control: 0.5, b: 0.5 }, false],
    ]);
    expect(Object.values(phases[0]!.counts as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(1);
  });
});
