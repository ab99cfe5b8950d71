import tCdf from "@stdlib/stats-base-dists-t-cdf";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { armEstimates } from "./arm-estimates.js";
import { effectOf } from "./compare-variants.js";
import { InvalidStatError } from "./moments.js";
import { DEFAULT_ALPHA, type MetricStat } from "./types.js";

export type NonInferiorityResult = {
  /** True when the treatment is shown to be no worse than the margin allows. */
  pass: boolean;
  /** One-sided p-value of H0: the treatment is worse by the margin or more. */
  pValue: number;
  estimate: number;
  /** The one-sided (1 − α) bound on the side that matters: lower bound, or upper bound when `inverse`. */
  bound: number;
  margin: number;
  error?: string;
};

/**
 * Non-inferiority test for a guardrail ("CSAT may not drop by more than 2 %"): H0 effect ≤ −margin (or ≥ +margin
 * when lower is better) against H1 the treatment is within the margin, with Welch's t on the relative (default) or
 * absolute difference. Passes when the one-sided p-value is below alpha, i.e. the (1 − α) bound clears the margin.
 * Reference: Schuirmann (1987); FDA guidance "Non-Inferiority Clinical Trials" (2016), §IV.
 *
 * @param margin The tolerated harm, > 0, in the difference's units (0.02 = 2 % when relative).
 * @returns Degenerate input (too few units, no variance, zero baseline): pass false, pValue 1 and an `error`.
 * @example
 * nonInferiority({ type: "mean", n: 1000, sum: 4000, sumSquares: 17000 }, { type: "mean", n: 1000, sum: 3990, sumSquares: 16910 },
 *   { margin: 0.05 }).pass; // true
 */
export function nonInferiority(
  control: MetricStat,
  treatment: MetricStat,
  options: { margin: number; difference?: "relative" | "absolute"; alpha?: number; inverse?: boolean },
): NonInferiorityResult {
  const alpha = options.alpha ?? DEFAULT_ALPHA;
  if (!(options.margin > 0)) throw new InvalidStatError(`margin is ${options.margin}; it must be above 0.`);
  if (!(alpha > 0 && alpha < 1)) throw new InvalidStatError(`alpha is ${alpha}; it must be between 0 and 1.`);
  const [c, t] = armEstimates(control, treatment);
  const effect = effectOf(c, t, options.difference ?? "relative");
  if ("error" in effect)
    return { pass: false, pValue: 1, estimate: 0, bound: 0, margin: options.margin, error: effect.error };
  const se = Math.sqrt(effect.variance);
  const critical = tQuantile(1 - alpha, effect.df) * se;
  // Distance from the harmful boundary, in the good direction.
  const distance = options.inverse ? options.margin - effect.estimate : effect.estimate + options.margin;
  const pValue = Math.min(1, Math.max(0, 1 - tCdf(distance / se, effect.df)));
  return {
    pass: pValue < alpha,
    pValue,
    estimate: effect.estimate,
    bound: options.inverse ? effect.estimate + critical : effect.estimate - critical,
    margin: options.margin,
  };
}
