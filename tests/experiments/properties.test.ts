import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { adjustPValues, compareNps, compareVariants, type MeanStat, srmPValue } from "../../experiments/src/index.js";

/** Invariants that must hold for any data (fast-check; STYLE.md rule 9). */
const ratings = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 60 });

function stat(values: number[]): MeanStat {
  return {
    type: "mean",
    n: values.length,
    sum: values.reduce((a, b) => a + b, 0),
    sumSquares: values.reduce((a, b) => a + b * b, 0),
  };
}

const engines = fc.constantFrom("frequentist" as const, "bayesian" as const);
const differences = fc.constantFrom("relative" as const, "absolute" as const);

describe("comparison invariants", () => {
  it("swapping the arms negates an absolute effect and mirrors its interval", () => {
    fc.assert(
      fc.property(ratings, ratings, fc.boolean(), (a, b, sequential) => {
        const options = {
          engine: "frequentist" as const,
          difference: "absolute" as const,
          ...(sequential ? { sequential: { tuning: 5000 } } : {}),
        };
        const ab = compareVariants(stat(a), stat(b), options);
        const ba = compareVariants(stat(b), stat(a), options);
        expect(ba.estimate).toBeCloseTo(-ab.estimate, 10);
        expect(ba.interval[0]).toBeCloseTo(-ab.interval[1], 10);
        expect(ba.pValue).toBeCloseTo(ab.pValue!, 10);
      }),
    );
  });

  it("the interval contains the estimate", () => {
    fc.assert(
      fc.property(ratings, ratings, engines, differences, (a, b, engine, difference) => {
        const r = compareVariants(stat(a), stat(b), { engine, difference });
        expect(r.interval[0]).toBeLessThanOrEqual(r.estimate);
        expect(r.interval[1]).toBeGreaterThanOrEqual(r.estimate);
      }),
    );
  });

  it("chance to win and p-values are probabilities, risks are not negative", () => {
    fc.assert(
      fc.property(ratings, ratings, differences, fc.boolean(), (a, b, difference, inverse) => {
        const bayes = compareVariants(stat(a), stat(b), { engine: "bayesian", difference, inverse });
        expect(bayes.chanceToWin).toBeGreaterThanOrEqual(0);
        expect(bayes.chanceToWin).toBeLessThanOrEqual(1);
        expect(bayes.risk![0]).toBeGreaterThanOrEqual(0);
        expect(bayes.risk![1]).toBeGreaterThanOrEqual(0);
        const freq = compareVariants(stat(a), stat(b), { engine: "frequentist", difference });
        expect(freq.pValue).toBeGreaterThanOrEqual(0);
        expect(freq.pValue).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("inverse flips chance to win and swaps the risks", () => {
    fc.assert(
      fc.property(ratings, ratings, (a, b) => {
        const up = compareVariants(stat(a), stat(b), { engine: "bayesian", difference: "absolute" });
        const down = compareVariants(stat(a), stat(b), { engine: "bayesian", difference: "absolute", inverse: true });
        if (up.error) return;
        expect(down.chanceToWin).toBeCloseTo(1 - up.chanceToWin!, 10);
        expect(down.risk).toEqual([up.risk![1], up.risk![0]]);
      }),
    );
  });

  it("an arm with zero units and zero weight changes neither the SRM check nor the corrections", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 2, maxLength: 5 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 8 }),
        (counts, ps) => {
          const weights = counts.map(() => 1 / counts.length);
          expect(srmPValue([...counts, 0], [...weights, 0])).toBe(srmPValue(counts, weights));
          expect(adjustPValues(ps, "holm-bonferroni").every((p, i) => p >= ps[i]!)).toBe(true);
          expect(adjustPValues(ps, "benjamini-hochberg").every((p, i) => p >= ps[i]! && p <= 1)).toBe(true);
        },
      ),
    );
  });

  it("NPS comparison of an arm with itself is exactly zero with p = 1", () => {
    fc.assert(
      fc.property(fc.nat(200), fc.nat(200), fc.nat(200), (promoters, passives, detractors) => {
        fc.pre(
          promoters + passives + detractors >= 2 &&
            (promoters > 0 ? 1 : 0) + (passives > 0 ? 1 : 0) + (detractors > 0 ? 1 : 0) >= 2,
        );
        const counts = { promoters, passives, detractors };
        const r = compareNps(counts, counts, { engine: "frequentist", difference: "absolute" });
        expect(r.estimate).toBe(0);
        expect(r.pValue).toBeCloseTo(1, 12);
      }),
    );
  });
});
