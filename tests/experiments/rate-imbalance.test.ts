import { describe, expect, it } from "vitest";
import { rateImbalancePValue } from "../../experiments/src/index.js";

/** Reference p-values from scipy.stats.chi2_contingency(table, correction=False) (scipy 1.17). */
describe("rateImbalancePValue (chi-square test of homogeneity of proportions)", () => {
  it.each([
    [[120, 60], [400, 400], 3.7742477554876693e-7],
    [[120, 118], [400, 400], 0.8770780373946747],
    [[30, 45, 10], [100, 200, 100], 0.002107053008921904],
  ])("successes %j of %j agree with scipy", (successes, trials, expected) => {
    expect(rateImbalancePValue(successes, trials)).toBeCloseTo(expected, 9);
    expect(rateImbalancePValue(successes, trials) / expected).toBeCloseTo(1, 6);
  });

  it("answers p = 1 when there is nothing to compare", () => {
    expect(rateImbalancePValue([5], [10])).toBe(1);
    expect(rateImbalancePValue([0, 0], [10, 10])).toBe(1);
    expect(rateImbalancePValue([10, 10], [10, 10])).toBe(1);
    expect(rateImbalancePValue([3, 0], [10, 0])).toBe(1);
  });

  it("refuses impossible counts, naming the arm", () => {
    expect(() => rateImbalancePValue([11], [10])).toThrow(/arm 0: 11 successes of 10 trials/);
    expect(() => rateImbalancePValue([1, 2], [3])).toThrow(/2 arms but trials has 1/);
  });
});
