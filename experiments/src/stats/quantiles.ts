import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import { InvalidStatError } from "./moments.js";
import { type CompareResult, DEFAULT_ALPHA } from "./types.js";

export type QuantileEstimate = { n: number; quantile: number; interval: [number, number]; standardError: number };

function checkedSorted(values: readonly number[], label: string): number[] {
  values.forEach((v, i) => {
    if (!Number.isFinite(v)) throw new InvalidStatError(`${label}[${i}] is ${v}; durations must be finite numbers.`);
  });
  return [...values].sort((a, b) => a - b);
}

/** Linear interpolation between order statistics (Hyndman & Fan type 7, numpy's default). */
function sampleQuantile(sorted: number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/**
 * A quantile of a sample (e.g. the median or p90 of first-response times, in any time unit) with a
 * distribution-free confidence interval between two order statistics, whose ranks come from the normal
 * approximation of the binomial: n·q ∓ z·√(n·q·(1 − q)) (Conover 1999, "Practical Nonparametric Statistics", §3.2;
 * the method of GrowthBook's quantile metrics). The standard error is the interval's width over 2z.
 *
 * @param values One duration per unit or interaction; at least 1; finite.
 * @param q The quantile, in (0, 1): 0.5 median, 0.9 p90.
 * @param alpha Two-sided level in (0, 1), default 0.05.
 * @returns With fewer than 2 values: the value itself (or 0), interval [x, x] and standard error 0.
 * @example
 * quantileEstimate([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5).quantile; // 5.5
 */
export function quantileEstimate(values: readonly number[], q: number, alpha = DEFAULT_ALPHA): QuantileEstimate {
  if (!(q > 0 && q < 1)) throw new InvalidStatError(`q is ${q}; a quantile must be between 0 and 1 (exclusive).`);
  if (!(alpha > 0 && alpha < 1)) throw new InvalidStatError(`alpha is ${alpha}; it must be between 0 and 1.`);
  const sorted = checkedSorted(values, "values");
  const n = sorted.length;
  if (n < 2) {
    const x = sorted[0] ?? 0;
    return { n, quantile: x, interval: [x, x], standardError: 0 };
  }
  const z = normalQuantile(1 - alpha / 2, 0, 1);
  const spread = z * Math.sqrt(n * q * (1 - q));
  const lowerRank = Math.max(1, Math.floor(n * q - spread));
  const upperRank = Math.min(n, Math.ceil(n * q + spread + 1));
  const interval: [number, number] = [sorted[lowerRank - 1]!, sorted[upperRank - 1]!];
  return { n, quantile: sampleQuantile(sorted, q), interval, standardError: (interval[1] - interval[0]) / (2 * z) };
}

/**
 * Compares a quantile (median, p90…) of durations between arms with a normal test on the difference, each arm's
 * standard error from quantileEstimate. Relative: (qT − qC)/|qC| with the delta method. `inverse` (lower is better,
 * the usual case for durations) only matters to callers reading `estimate < 0` as good; the test is two-sided.
 * Degenerate input (fewer than 2 values in an arm, zero spread in both, qC = 0 for relative) returns estimate 0,
 * interval [0, 0], pValue 1 and an `error`.
 * @example
 * compareQuantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 0.5, { difference: "absolute" }).estimate; // 1
 */
export function compareQuantiles(
  control: readonly number[],
  treatment: readonly number[],
  q: number,
  options: { difference: "relative" | "absolute"; alpha?: number },
): CompareResult {
  const alpha = options.alpha ?? DEFAULT_ALPHA;
  const c = quantileEstimate(control, q, alpha);
  const t = quantileEstimate(treatment, q, alpha);
  const degenerate = (error: string): CompareResult => ({
    estimate: 0,
    interval: [0, 0],
    standardError: 0,
    pValue: 1,
    error,
  });
  if (c.n < 2 || t.n < 2) return degenerate("Each arm needs at least 2 values before its quantiles can be compared.");
  if (c.standardError === 0 && t.standardError === 0)
    return degenerate("Both arms have no spread around that quantile.");
  const diff = t.quantile - c.quantile;
  let estimate = diff;
  let variance = c.standardError ** 2 + t.standardError ** 2;
  if (options.difference === "relative") {
    if (c.quantile === 0) return degenerate("The control quantile is 0, so a relative difference is undefined.");
    estimate = diff / Math.abs(c.quantile);
    variance = t.standardError ** 2 / c.quantile ** 2 + (t.quantile ** 2 * c.standardError ** 2) / c.quantile ** 4;
  }
  const se = Math.sqrt(variance);
  const z = normalQuantile(1 - alpha / 2, 0, 1);
  const pValue = 2 * (1 - normalCdf(Math.abs(estimate) / se, 0, 1));
  return {
    estimate,
    interval: [estimate - z * se, estimate + z * se],
    standardError: se,
    pValue: Math.min(1, Math.max(0, pValue)),
  };
}
