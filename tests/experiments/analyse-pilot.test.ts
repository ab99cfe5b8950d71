import { describe, expect, it } from "vitest";
import {
  type AnalysisArm,
  type AnalysisInput,
  analysePilot,
  DEFAULT_DESIGN,
  formatPValue,
  InvalidStatError,
  type MeanStat,
  npsAsMean,
  type PilotDesign,
  quantileEstimate,
} from "../../experiments/src/index.js";

/** CSAT counts of ratings 1…5 as a mean statistic. */
function csat(counts: number[]): MeanStat {
  let n = 0;
  let sum = 0;
  let sumSquares = 0;
  counts.forEach((c, i) => {
    n += c;
    sum += c * (i + 1);
    sumSquares += c * (i + 1) ** 2;
  });
  return { type: "mean", n, sum, sumSquares };
}
const satisfied = (counts: number[]) => ({
  type: "proportion" as const,
  n: counts.reduce((a, b) => a + b, 0),
  sum: counts[3]! + counts[4]!,
});

function arm(key: string, metrics: AnalysisArm["metrics"], participants = 400, weight = 0.5): AnalysisArm {
  return { key, name: key, isControl: key === "control", weight, participants, exposures: participants, metrics };
}

function input(
  arms: AnalysisArm[],
  design: Partial<PilotDesign> = {},
  extra: Partial<AnalysisInput> = {},
): AnalysisInput {
  return {
    design: { ...DEFAULT_DESIGN, ...design },
    unit: "CUSTOMER",
    arms,
    phases: [
      { number: 1, startedAt: null, weights: arms.map((a) => a.weight), counts: arms.map((a) => a.participants) },
    ],
    daysRunning: 14,
    ...extra,
  };
}

const CONTROL = [30, 17, 113, 90, 150];
const LIFTED = [10, 0, 113, 110, 167];
const surveys = (counts: number[]) => ({ csat: csat(counts), satisfied: satisfied(counts) });

describe("analysePilot", () => {
  it("runs one family: the table's verdict is the recommendation's (+7.3 % CSAT on 400 + 400)", () => {
    const a = analysePilot(input([arm("control", surveys(CONTROL)), arm("b", surveys(LIFTED))]));
    const c = a.comparisons.find((x) => x.metric === "csat")!;
    expect(c.estimate).toBeCloseTo(0.0734, 3);
    // Family: csat, satisfied, nps (no data: p = 1) for one treatment; the guardrail is not in it.
    expect(c.adjustedPValue).toBeCloseTo(3 * c.pValue!, 12);
    expect(a.comparisons.find((x) => x.metric === "ces")!.adjustedPValue).toBeNull();
    expect(c.verdict).toBe("BETTER");
    expect(a.recommendation.action).toBe("ship");
    const reason = a.recommendation.reasons.find((r) => r.code === "PRIMARY_BETTER")!;
    expect(reason.text).toContain(`adjusted p ${formatPValue(c.adjustedPValue!)}`);
    // Every claim is a verdict of the table.
    for (const r of a.recommendation.reasons.filter((x) => x.code.endsWith("_BETTER"))) {
      expect(a.comparisons.find((x) => x.metric === r.metric && x.variant === r.variant)!.verdict).toBe("BETTER");
    }
  });

  it("never says 'more days' when it recommends shipping", () => {
    const a = analysePilot(input([arm("control", surveys(CONTROL), 450), arm("b", surveys(LIFTED), 450)]));
    expect(a.recommendation.action).toBe("ship");
    expect(a.progress?.reached).toBe(false);
    const text = [a.recommendation.headline, ...a.recommendation.reasons.map((r) => r.text)].join(" ");
    expect(text).not.toMatch(/more days/);
    expect(a.recommendation.reasons.map((r) => r.code)).toContain("STOPPED_EARLY");
  });

  it("recommends on the design's primary metric: NPS primary, CSAT better, NPS the same → no ship", () => {
    const nps = npsAsMean({ promoters: 120, passives: 160, detractors: 120 });
    const a = analysePilot(
      input(
        [
          arm("control", { ...surveys([40, 40, 60, 30, 30]), nps }),
          arm("b", { ...surveys([5, 10, 40, 65, 80]), nps: { ...nps } }),
        ],
        { primaryMetric: "nps", secondaryMetrics: ["csat", "satisfied"], mde: 5 },
      ),
    );
    expect(a.comparisons.find((x) => x.metric === "csat")!.verdict).toBe("BETTER");
    expect(a.recommendation.action).not.toBe("ship");
    expect(a.recommendation.reasons.find((r) => r.metric === "nps")?.code).toBe("PRIMARY_NO_DIFFERENCE");
    expect(a.recommendation.headline).toMatch(/NPS|Keep running/);
  });

  it("does not ship when a guardrail margin is breached", () => {
    const effort = (sum: number) => ({ type: "mean" as const, n: 400, sum, sumSquares: sum * 3.6 });
    const arms = [
      arm("control", { ...surveys(CONTROL), ces: effort(1200) }),
      arm("b", { ...surveys(LIFTED), ces: effort(1290) }), // effort +7.5 %, margin 5 %
    ];
    const a = analysePilot(input(arms));
    const g = a.comparisons.find((x) => x.metric === "ces")!;
    expect(g.estimate).toBeCloseTo(0.075, 6);
    expect(g.verdict).toBe("HARMED");
    expect(a.recommendation.action).toBe("keep-control");
    expect(a.recommendation.reasons.map((r) => r.code)).toContain("GUARDRAIL_HARMED");
    // A wider margin (10 %) that the effort stays within by its one-sided bound: ship.
    const within = analysePilot(input(arms, { guardrails: [{ metric: "ces", margin: 0.2 }] }));
    expect(within.comparisons.find((x) => x.metric === "ces")!.verdict).not.toBe("HARMED");
  });

  it("Bayesian: chance to win and risk, no correction, ships above 1 − α", () => {
    const a = analysePilot(
      input([arm("control", surveys(CONTROL)), arm("b", surveys(LIFTED))], {
        engine: "bayesian",
        prior: { mean: 0, variance: 0.09 },
      }),
    );
    const c = a.comparisons.find((x) => x.metric === "csat")!;
    expect(a.correction).toBe("none");
    expect(c.pValue).toBeNull();
    expect(c.chanceToWin).toBeGreaterThan(0.99);
    expect(c.risk!.ship).toBeLessThan(c.risk!.keepControl);
    expect(a.recommendation.action).toBe("ship");
    expect(a.recommendation.reasons.find((r) => r.code === "PRIMARY_BETTER")!.text).toMatch(/chance to win/);
  });

  it("fixed horizon: no decision before the planned sample, however significant", () => {
    const a = analysePilot(
      input([arm("control", surveys(CONTROL), 450), arm("b", surveys(LIFTED), 450)], { engine: "fixed-horizon" }),
    );
    expect(a.comparisons.find((x) => x.metric === "csat")!.verdict).toBe("BETTER");
    expect(a.recommendation.action).toBe("keep-running");
    expect(a.recommendation.reasons.map((r) => r.code)).toContain("FIXED_HORIZON_EARLY");
  });

  it("checks the sample ratio per phase: 70/30 then 50/50 is healthy, a phase off its weights is not", () => {
    const arms = [arm("control", {}, 1200), arm("b", {}, 800)];
    const phases = [
      { number: 1, startedAt: null, weights: [0.7, 0.3], counts: [700, 300] },
      { number: 2, startedAt: null, weights: [0.5, 0.5], counts: [500, 500] },
    ];
    const healthy = analysePilot(input(arms, {}, { phases }));
    expect(healthy.health.srm.healthy).toBe(true);
    expect(healthy.health.srm.phases.map((p) => p.pValue)).toEqual([1, 1]);
    // Today's weights for everyone (the old check) would have cried wolf.
    const pooled = analysePilot(
      input(arms, {}, { phases: [{ number: 1, startedAt: null, weights: [0.5, 0.5], counts: [1200, 800] }] }),
    );
    expect(pooled.health.srm.healthy).toBe(false);
    const broken = analysePilot(
      input(
        arms,
        {},
        { phases: [phases[0]!, { number: 2, startedAt: null, weights: [0.5, 0.5], counts: [600, 400] }] },
      ),
    );
    expect(broken.health.srm.pValue).toBeCloseTo(Math.min(1, 2 * broken.health.srm.phases[1]!.pValue), 12);
    expect(broken.recommendation.action).toBe("unhealthy");
    expect(broken.recommendation.reasons[0]!.code).toBe("SAMPLE_RATIO_MISMATCH");
  });

  it("flags arms answering surveys at different rates", () => {
    const a = analysePilot(
      input(
        [arm("control", surveys(CONTROL)), arm("b", surveys(LIFTED))],
        {},
        {
          responses: { successes: [120, 60], trials: [400, 400] },
        },
      ),
    );
    expect(a.health.status).toBe("WARNING");
    expect(a.recommendation.reasons.map((r) => r.code)).toContain("RESPONSE_RATE_IMBALANCE");
  });

  it("compares quantiles of durations (lower is better) and ratio metrics over agents", () => {
    const hours = (shift: number) => Array.from({ length: 300 }, (_, i) => 1 + ((i * 37) % 100) / 10 + shift);
    const q = (values: number[]) => {
      const e = quantileEstimate(values, 0.5);
      return { type: "quantile" as const, n: e.n, quantile: e.quantile, standardError: e.standardError };
    };
    const a = analysePilot(
      input(
        [arm("control", { first_response_median: q(hours(0)) }), arm("b", { first_response_median: q(hours(-2)) })],
        {
          primaryMetric: "first_response_median",
          secondaryMetrics: [],
          guardrails: [],
        },
      ),
    );
    const c = a.comparisons[0]!;
    expect(c.estimate).toBeLessThan(0);
    expect(c.verdict).toBe("BETTER");
    // Ratings over raters: a ratio per arm with the small-sample correction; 1 rater per arm cannot be compared.
    const ratio = (sum: number, count: number, raters: number) => ({
      type: "ratio" as const,
      n: raters,
      numerator: { type: "mean" as const, n: raters, sum, sumSquares: (sum * sum) / raters + 1 },
      denominator: { type: "mean" as const, n: raters, sum: count, sumSquares: (count * count) / raters },
      sumOfProducts: (sum * count) / raters,
    });
    const one = analysePilot(
      input([arm("control", { clarity: ratio(8, 2, 1) }), arm("b", { clarity: ratio(9, 2, 1) })], {
        primaryMetric: "clarity",
        secondaryMetrics: [],
        guardrails: [],
      }),
    );
    expect(one.comparisons[0]!.error).not.toBeNull();
  });

  it("refuses an invalid design and arms without one control", () => {
    expect(() => analysePilot(input([arm("control", {})], { secondaryMetrics: ["csat"] }))).toThrow(InvalidStatError);
    expect(() => analysePilot(input([arm("b", {}), arm("c", {})]))).toThrow(/exactly one control/);
  });
});
