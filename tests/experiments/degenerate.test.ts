import { describe, expect, it } from "vitest";
import {
  adjustPValues,
  compareNps,
  compareQuantiles,
  compareVariants,
  InvalidStatError,
  type MeanStat,
  nonInferiority,
  npsScore,
  quantileEstimate,
  type RatioStat,
  sampleSizePerArm,
  srmPValue,
} from "../../experiments/src/index.js";

const mean = (n: number, sum: number, sumSquares: number): MeanStat => ({ type: "mean", n, sum, sumSquares });
const ok = mean(50, 200, 850);

describe("degenerate input gives a defined result, never NaN", () => {
  it.each([
    ["n = 0", mean(0, 0, 0), /at least 2 units/],
    ["n = 1", mean(1, 4, 16), /at least 2 units/],
  ])("%s", (_label, control, message) => {
    for (const engine of ["frequentist", "bayesian"] as const) {
      const r = compareVariants(control, ok, { engine, difference: "relative" });
      expect(r.error).toMatch(message);
      expect(r.estimate).toBe(0);
      expect(r.interval).toEqual([0, 0]);
      if (engine === "frequentist") expect(r.pValue).toBe(1);
      else {
        expect(r.chanceToWin).toBe(0.5);
        expect(r.risk).toEqual([0, 0]);
      }
    }
  });

  it("zero variance in both arms", () => {
    const r = compareVariants(mean(10, 40, 160), mean(12, 48, 192), { engine: "frequentist", difference: "absolute" });
    expect(r).toEqual({
      estimate: 0,
      interval: [0, 0],
      standardError: 0,
      pValue: 1,
      error: expect.stringMatching(/zero variance/),
      errorCode: "ZERO_NEGATIVE_VARIANCE",
    });
  });

  it("zero or negative variance in one arm is gbstats's default output, not a confident estimate", () => {
    // sumSquares 150 < sum²/n = 160: a negative sample variance (inconsistent sums upstream).
    const negative = mean(10, 40, 150);
    for (const [c, t] of [
      [negative, ok],
      [ok, negative],
      [mean(12, 48, 192), ok],
    ] as const) {
      const r = compareVariants(c, t, { engine: "frequentist", difference: "absolute" });
      expect(r).toMatchObject({ estimate: 0, interval: [0, 0], standardError: 0, pValue: 1 });
      expect(r.errorCode).toBe("ZERO_NEGATIVE_VARIANCE");
      expect(r.error).toMatch(/zero or negative variance/);
    }
    expect(
      compareVariants(
        { type: "proportion", n: 30, sum: 30 },
        { type: "proportion", n: 30, sum: 20 },
        {
          engine: "bayesian",
          difference: "relative",
        },
      ),
    ).toMatchObject({ chanceToWin: 0.5, risk: [0, 0], errorCode: "ZERO_NEGATIVE_VARIANCE" });
  });

  it("a zero baseline for a relative difference, and the absolute difference still works", () => {
    const zero = mean(10, 0, 10); // ±1: mean 0, variance 10/9
    const other = mean(10, 5, 5);
    const relative = compareVariants(zero, other, { engine: "frequentist", difference: "relative" });
    expect(relative.error).toMatch(/control mean is 0/);
    expect(relative.errorCode).toBe("ZERO_NEGATIVE_BASELINE_VARIATION");
    const absolute = compareVariants(zero, other, { engine: "frequentist", difference: "absolute" });
    expect(absolute.error).toBeUndefined();
    expect(absolute.estimate).toBe(0.5);
  });

  it.each([
    ["NaN sum", mean(10, Number.NaN, 10), /control.sum is NaN/],
    ["negative n", mean(-3, 10, 40), /control.n is -3/],
    ["infinite sum of squares", mean(10, 10, Number.POSITIVE_INFINITY), /control.sumSquares/],
  ])("%s throws a clear error", (_label, control, message) => {
    expect(() => compareVariants(control, ok, { engine: "frequentist", difference: "absolute" })).toThrow(
      InvalidStatError,
    );
    expect(() => compareVariants(control, ok, { engine: "frequentist", difference: "absolute" })).toThrow(message);
  });

  it("a proportion with more successes than units is refused", () => {
    expect(() =>
      compareVariants(
        { type: "proportion", n: 10, sum: 11 },
        { type: "proportion", n: 10, sum: 3 },
        { engine: "frequentist", difference: "absolute" },
      ),
    ).toThrow(/exceeds control.n/);
  });

  it("smallSampleClusters: ratio metrics only; equal cluster sizes keep the delta-method variance; t with min G* − 1 df", () => {
    expect(() =>
      compareVariants(ok, ok, { engine: "frequentist", difference: "absolute", smallSampleClusters: true }),
    ).toThrow(/ratio metrics only/);
    // Four agents per arm with 10 interactions each: leverage 1/4 for every agent, so CR2 = the delta method.
    const arm = (totals: number[]): RatioStat => ({
      type: "ratio",
      n: totals.length,
      numerator: mean(
        totals.length,
        totals.reduce((a, b) => a + b, 0),
        totals.reduce((a, b) => a + b * b, 0),
      ),
      denominator: mean(totals.length, 10 * totals.length, 100 * totals.length),
      sumOfProducts: 10 * totals.reduce((a, b) => a + b, 0),
    });
    const c = arm([38, 41, 45, 36]);
    const t = arm([44, 47, 40, 49]);
    const plain = compareVariants(c, t, { engine: "frequentist", difference: "absolute" });
    const corrected = compareVariants(c, t, {
      engine: "frequentist",
      difference: "absolute",
      smallSampleClusters: true,
    });
    expect(corrected.standardError).toBeCloseTo(plain.standardError, 12);
    // df = min(4, 4) − 1 = 3 instead of Welch's ≈ 6: a wider interval.
    expect(corrected.interval[1] - corrected.interval[0]).toBeGreaterThan(plain.interval[1] - plain.interval[0]);
    const oneBigAgent = { ...arm([38, 41]), denominator: mean(2, 1000, 998_002), sumOfProducts: 38 * 999 + 41 };
    expect(
      compareVariants(oneBigAgent, t, { engine: "frequentist", difference: "absolute", smallSampleClusters: true })
        .errorCode,
    ).toBe("TOO_FEW_CLUSTERS");
  });

  it("mixing metric types is refused", () => {
    expect(() =>
      compareVariants(ok, { type: "proportion", n: 10, sum: 3 }, { engine: "frequentist", difference: "absolute" }),
    ).toThrow(/same metric type/);
  });

  it("alpha out of range is refused", () => {
    expect(() => compareVariants(ok, ok, { engine: "frequentist", difference: "absolute", alpha: 1.5 })).toThrow(
      /alpha is 1.5/,
    );
  });

  it("NPS with no responses and negative counts", () => {
    expect(npsScore({ promoters: 0, passives: 0, detractors: 0 })).toBe(0);
    const none = compareNps(
      { promoters: 0, passives: 0, detractors: 0 },
      { promoters: 3, passives: 1, detractors: 1 },
      { engine: "frequentist", difference: "absolute" },
    );
    expect(none.error).toBeDefined();
    expect(() => npsScore({ promoters: -1, passives: 0, detractors: 0 })).toThrow(/promoters is -1/);
  });

  it("SRM, corrections, quantiles, guardrails and sample sizes on empty or bad input", () => {
    expect(srmPValue([0, 0], [0.5, 0.5])).toBe(1);
    expect(() => srmPValue([10, -1], [0.5, 0.5])).toThrow(/counts\[1\] is -1/);
    expect(srmPValue([10], [0.5, 0.5])).toBe(1);
    expect(srmPValue([], [0.5, 0.5])).toBe(1);
    expect(() => srmPValue([10, 10, 10], [0.5, 0.5])).toThrow(/3 arms but weights has only 2/);
    expect(adjustPValues([], "holm-bonferroni")).toEqual([]);
    expect(() => adjustPValues([Number.NaN], "benjamini-hochberg")).toThrow(/pValues\[0\] is NaN/);
    expect(quantileEstimate([], 0.5)).toEqual({ n: 0, quantile: 0, interval: [0, 0], standardError: 0 });
    expect(() => quantileEstimate([1, 2], 1)).toThrow(/between 0 and 1/);
    expect(() => quantileEstimate([1, Number.NaN], 0.5)).toThrow(/values\[1\] is NaN/);
    expect(compareQuantiles([5], [1, 2, 3], 0.5, { difference: "absolute" }).error).toMatch(/at least 2 values/);
    expect(nonInferiority(mean(1, 4, 16), ok, { margin: 0.02 })).toMatchObject({ pass: false, pValue: 1 });
    expect(() => nonInferiority(ok, ok, { margin: 0 })).toThrow(/margin is 0/);
    expect(() => sampleSizePerArm({ baselineMean: 0, variance: 1, relativeMde: 0.05 })).toThrow(/other than 0/);
    expect(() =>
      sampleSizePerArm({
        baselineMean: 4,
        variance: 1,
        relativeMde: 0.05,
        cluster: { interactionsPerUnit: 10, icc: 2 },
      }),
    ).toThrow(/icc is 2/);
  });
});
