import chisquareCdf from "@stdlib/stats-base-dists-chisquare-cdf";
import { InvalidStatError } from "./moments.js";

/** GrowthBook's default SRM threshold: below it the split is treated as broken (also used for rate imbalances). */
export const SRM_THRESHOLD = 0.001;

/**
 * Sample-ratio mismatch: the chi-square goodness-of-fit p-value of observed units per arm against the expected
 * shares, as GrowthBook's back-end `checkSrm` (packages/back-end/src/util/stats.ts): arms with weight 0 or without a
 * user count (counts shorter than weights) are skipped, the weights of the rest are normalised, and the test has
 * (arms left − 1) degrees of freedom.
 *
 * @param counts Units per arm, each ≥ 0; may be shorter than weights (missing arms are skipped), not longer.
 * @param weights Intended shares per arm, each ≥ 0.
 * @returns p in [0, 1]; 1, never an exception, when fewer than 2 weighted arms have a count or there are no units.
 * Reference: Fabijan et al. (2019), "Diagnosing Sample Ratio Mismatch in Online Controlled Experiments".
 * @example
 * srmPValue([500, 500], [0.5, 0.5]); // 1
 * srmPValue([1200], [0.5, 0.5]); // 1
 */
export function srmPValue(counts: number[], weights: number[]): number {
  if (counts.length > weights.length) {
    throw new InvalidStatError(`counts has ${counts.length} arms but weights has only ${weights.length}.`);
  }
  counts.forEach((c, i) => {
    if (!Number.isFinite(c) || c < 0) throw new InvalidStatError(`counts[${i}] is ${c}; it must be 0 or more.`);
  });
  weights.forEach((w, i) => {
    if (!Number.isFinite(w) || w < 0) throw new InvalidStatError(`weights[${i}] is ${w}; it must be 0 or more.`);
  });
  const arms = weights.flatMap((w, i) => (w > 0 && i < counts.length ? [{ c: counts[i]!, w }] : []));
  const total = arms.reduce((s, a) => s + a.c, 0);
  const weightSum = arms.reduce((s, a) => s + a.w, 0);
  if (arms.length < 2 || total === 0) return 1;
  const statistic = arms.reduce((s, a) => {
    const expected = (total * a.w) / weightSum;
    return s + (a.c - expected) ** 2 / expected;
  }, 0);
  return Math.min(1, Math.max(0, 1 - chisquareCdf(statistic, arms.length - 1)));
}

/**
 * Whether a rate differs between arms (response rate, withdrawal rate): the chi-square test of homogeneity of
 * proportions, `successes[i]` of `trials[i]` per arm, with (arms − 1) degrees of freedom. Arms without trials are
 * left out; with fewer than two arms, or no success or no failure at all, the answer is p = 1 (nothing to compare).
 * Flag an imbalance as the sample-ratio check does, at p below SRM_THRESHOLD.
 *
 * @param successes Per arm, 0 ≤ successes[i] ≤ trials[i].
 * @param trials Per arm.
 * @example
 * rateImbalancePValue([120, 60], [400, 400]) < 0.001; // true: 30 % against 15 % answered
 * rateImbalancePValue([120, 118], [400, 400]) > 0.5; // true
 */
export function rateImbalancePValue(successes: number[], trials: number[]): number {
  if (successes.length !== trials.length) {
    throw new InvalidStatError(`successes has ${successes.length} arms but trials has ${trials.length}.`);
  }
  successes.forEach((k, i) => {
    const n = trials[i]!;
    if (!Number.isFinite(k) || !Number.isFinite(n) || k < 0 || n < 0 || k > n) {
      throw new InvalidStatError(`arm ${i}: ${k} successes of ${n} trials; need 0 ≤ successes ≤ trials.`);
    }
  });
  const arms = trials.flatMap((n, i) => (n > 0 ? [{ k: successes[i]!, n }] : []));
  const total = arms.reduce((s, a) => s + a.n, 0);
  const hits = arms.reduce((s, a) => s + a.k, 0);
  if (arms.length < 2 || hits === 0 || hits === total) return 1;
  const rate = hits / total;
  const statistic = arms.reduce((s, a) => {
    const expectedHits = a.n * rate;
    const expectedMisses = a.n * (1 - rate);
    return s + (a.k - expectedHits) ** 2 / expectedHits + (a.n - a.k - expectedMisses) ** 2 / expectedMisses;
  }, 0);
  return Math.min(1, Math.max(0, 1 - chisquareCdf(statistic, arms.length - 1)));
}

/**
 * Multiple-comparison adjustment, returned in the input's order.
 * holm-bonferroni controls the family-wise error rate (Holm 1979); benjamini-hochberg the false discovery rate
 * (Benjamini & Hochberg 1995).
 *
 * @param pValues Each in [0, 1].
 * @example
 * adjustPValues([0.01, 0.04, 0.03], "holm-bonferroni"); // [0.03, 0.06, 0.06]
 */
export function adjustPValues(pValues: number[], method: "holm-bonferroni" | "benjamini-hochberg"): number[] {
  pValues.forEach((p, i) => {
    if (!(p >= 0 && p <= 1)) throw new InvalidStatError(`pValues[${i}] is ${p}; it must be between 0 and 1.`);
  });
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const adjusted = new Array<number>(m);
  if (method === "holm-bonferroni") {
    let running = 0;
    order.forEach(({ p, i }, rank) => {
      running = Math.max(running, Math.min(1, (m - rank) * p));
      adjusted[i] = running;
    });
  } else {
    let running = 1;
    for (let rank = m - 1; rank >= 0; rank--) {
      const { p, i } = order[rank]!;
      running = Math.min(running, Math.min(1, (m / (rank + 1)) * p));
      adjusted[i] = running;
    }
  }
  return adjusted;
}
