import { describe, expect, it } from "vitest";
import * as e from "../../experiments/src/index.js";

/** Every `@example` in experiments/src gives exactly the output its TSDoc states. */
describe("TSDoc examples", () => {
  it("compileAssignment", () => {
    const assign = e.compileAssignment({
      key: "pil_1",
      seed: "abc",
      variants: [
        { key: "control", weight: 0.5 },
        { key: "b", weight: 0.5 },
      ],
    });
    expect(assign("u1")).toEqual({ inExperiment: true, variantKey: "b", variantIndex: 1, bucket: 0.5962 });
  });
  it("compareVariants", () => {
    const r = e.compareVariants(
      { type: "mean", n: 100, sum: 400, sumSquares: 1700 },
      { type: "mean", n: 100, sum: 430, sumSquares: 1930 },
      { engine: "frequentist", difference: "absolute" },
    );
    expect(r.pValue?.toFixed(4)).toBe("0.0277");
    expect(
      e.compareVariants(
        { type: "mean", n: 10, sum: 40, sumSquares: 150 },
        { type: "mean", n: 10, sum: 45, sumSquares: 215 },
        { engine: "frequentist", difference: "absolute" },
      ).errorCode,
    ).toBe("ZERO_NEGATIVE_VARIANCE");
  });
  it("srmPValue, adjustPValues", () => {
    expect(e.srmPValue([500, 500], [0.5, 0.5])).toBe(1);
    expect(e.srmPValue([1200], [0.5, 0.5])).toBe(1);
    expect(e.adjustPValues([0.01, 0.04, 0.03], "holm-bonferroni")).toEqual([0.03, 0.06, 0.06]);
  });
  it("npsScore, compareNps", () => {
    expect(e.npsScore({ promoters: 50, passives: 30, detractors: 20 })).toBe(30);
    expect(
      e.compareNps(
        { promoters: 40, passives: 40, detractors: 20 },
        { promoters: 50, passives: 35, detractors: 15 },
        { engine: "frequentist", difference: "absolute" },
      ).estimate,
    ).toBe(15);
  });
  it("quantileEstimate, compareQuantiles", () => {
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(e.quantileEstimate(ten, 0.5).quantile).toBe(5.5);
    expect(e.compareQuantiles(ten, [2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 0.5, { difference: "absolute" }).estimate).toBe(1);
  });
  it("nonInferiority", () => {
    const r = e.nonInferiority(
      { type: "mean", n: 1000, sum: 4000, sumSquares: 17000 },
      { type: "mean", n: 1000, sum: 3990, sumSquares: 16910 },
      { margin: 0.05 },
    );
    expect(r.pass).toBe(true);
  });
  it("sampleSizePerArm, daysRemaining", () => {
    expect(e.sampleSizePerArm({ baselineMean: 4, variance: 1, relativeMde: 0.05 }).unitsPerArm).toBe(393);
    expect(
      e.daysRemaining({ requiredPerArm: 1000, currentPerArm: [400, 380], weights: [0.5, 0.5], unitsPerDay: 100 }),
    ).toBe(13);
  });
  it("analysePilot, designIssues, formatPValue, formatEffect, compareEffect", () => {
    const arm = (key: string, sum: number) => ({
      key,
      name: key,
      isControl: key === "control",
      weight: 0.5,
      participants: 500,
      exposures: 500,
      metrics: { csat: { type: "mean" as const, n: 400, sum, sumSquares: sum * 4.4 } },
    });
    expect(
      e.analysePilot({
        design: { ...e.DEFAULT_DESIGN, secondaryMetrics: [], guardrails: [] },
        unit: "CUSTOMER",
        daysRunning: 10,
        arms: [arm("control", 1520), arm("b", 1640)],
        phases: [{ number: 1, startedAt: null, weights: [0.5, 0.5], counts: [500, 500] }],
      }).recommendation.action,
    ).toBe("ship");
    expect(e.designIssues({ ...e.DEFAULT_DESIGN, alpha: 0.7 })[0]?.message).toBe("must be above 0 and at most 0.5");
    expect(e.formatPValue(0.04921)).toBe("= 0.049");
    expect(e.formatPValue(0.00002)).toBe("< 0.001");
    expect(e.formatEffect({ difference: "relative" }, 0.0734)).toBe("+7.3 %");
    expect(e.formatEffect({ difference: "absolute" }, -4.21)).toBe("-4.2 pts");
    expect(
      e
        .compareEffect(
          { estimate: 0.1, variance: 0.0025, df: 200 },
          { engine: "frequentist", difference: "absolute" },
          202,
        )
        .pValue?.toFixed(4),
    ).toBe("0.0469");
  });
  it("pooledTheta, npsAsMean", () => {
    const arm = (post: number[], pre: number[]) => ({
      type: "cuped" as const,
      n: post.length,
      post: {
        type: "mean" as const,
        n: post.length,
        sum: post.reduce((a, b) => a + b),
        sumSquares: post.reduce((a, b) => a + b * b, 0),
      },
      pre: {
        type: "mean" as const,
        n: pre.length,
        sum: pre.reduce((a, b) => a + b),
        sumSquares: pre.reduce((a, b) => a + b * b, 0),
      },
      sumOfProducts: post.reduce((s, x, i) => s + x * pre[i]!, 0),
    });
    expect(e.pooledTheta(arm([2, 4], [1, 2]), arm([6, 8], [3, 4]))).toBe(2);
    expect(e.npsAsMean({ promoters: 2, passives: 1, detractors: 1 })).toEqual({
      type: "mean",
      n: 4,
      sum: 100,
      sumSquares: 30000,
    });
  });
});
