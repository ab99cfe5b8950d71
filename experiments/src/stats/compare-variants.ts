import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import tCdf from "@stdlib/stats-base-dists-t-cdf";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { type ArmEstimate, armEstimates } from "./arm-estimates.js";
import { InvalidStatError } from "./moments.js";
import {
  type CompareOptions,
  type CompareResult,
  DEFAULT_ALPHA,
  DEFAULT_SEQUENTIAL_TUNING,
  type MetricStat,
} from "./types.js";

/** A difference between arms with the variance of its estimate and Welch–Satterthwaite degrees of freedom. */
export type Effect = { estimate: number; variance: number; df: number };

/**
 * Compares a treatment with the control on one metric.
 *
 * - Frequentist: Welch's t test with Welch–Satterthwaite degrees of freedom from the unit-level variances; with
 *   `sequential`, the asymptotic confidence sequence of Waudby-Smith et al. (2023, arXiv 2103.06476, eq. 9 and the
 *   ρ of eq. 161) as GrowthBook computes it, valid however often results are looked at.
 * - Bayesian: a Gaussian model of the effect with an optional Gaussian prior (conjugate update); chance to win
 *   P(effect > 0) and risk as expected loss [E max(effect, 0), E max(−effect, 0)] (flipped when `inverse`).
 * - Relative difference (μT − μC)/|μC| uses the delta method; absolute is μT − μC.
 *
 * @param control Sufficient statistics of the control arm (n ≥ 0, finite sums).
 * @param treatment Sufficient statistics of the treatment arm.
 * @param options engine, difference, alpha in (0, 1) (default 0.05), alternative (frequentist), sequential tuning
 *   (> 0, default 5000), prior (bayesian, variance > 0), inverse (lower is better).
 * @returns The estimate, its interval (±Infinity on the open side of one-sided tests), standard error and p-value
 *   or chance to win and risk. Degenerate input (fewer than 2 units in an arm, zero variance in both, a zero
 *   control mean for a relative difference) returns estimate 0, interval [0, 0], pValue 1 / chanceToWin 0.5,
 *   risk [0, 0] and an `error` sentence. NaN or negative counts throw InvalidStatError.
 *
 * @example
 * compareVariants({ type: "mean", n: 100, sum: 400, sumSquares: 1700 }, { type: "mean", n: 100, sum: 430, sumSquares: 1930 },
 *   { engine: "frequentist", difference: "absolute" }).pValue?.toFixed(4); // "0.0277"
 */
export function compareVariants(control: MetricStat, treatment: MetricStat, options: CompareOptions): CompareResult {
  const alpha = options.alpha ?? DEFAULT_ALPHA;
  if (!(alpha > 0 && alpha < 1)) throw new InvalidStatError(`alpha is ${alpha}; it must be between 0 and 1.`);
  const [c, t] = armEstimates(control, treatment);
  const effect = effectOf(c, t, options.difference);
  if (typeof effect === "string") return degenerate(options, effect);
  return options.engine === "bayesian"
    ? bayesian(effect, alpha, options)
    : frequentist(effect, alpha, options, c.n + t.n);
}

export function effectOf(c: ArmEstimate, t: ArmEstimate, difference: "relative" | "absolute"): Effect | string {
  if (c.n < 2 || t.n < 2) return "Each arm needs at least 2 units before it can be compared.";
  if (c.varA === 0 && t.varA === 0) return "Both arms have zero variance; there is nothing to compare.";
  // Welch–Satterthwaite degrees of freedom from the variances of the two means.
  const df = (c.varA + t.varA) ** 2 / (c.varA ** 2 / (c.n - 1) + t.varA ** 2 / (t.n - 1));
  const diff = t.a - c.a;
  if (difference === "absolute") return { estimate: diff, variance: c.varA + t.varA, df };
  if (c.c === 0) return "The control mean is 0, so a relative difference is undefined; use the absolute difference.";
  // d = (aT − aC)/|cC| by the delta method; aC and cC are correlated within the control arm (equal without CUPED).
  const base = c.c;
  const variance =
    t.varA / base ** 2 + c.varA / base ** 2 + (diff ** 2 * c.varC) / base ** 4 + (2 * diff * c.covAC) / base ** 3;
  return { estimate: diff / Math.abs(base), variance: Math.max(variance, 0), df };
}

function frequentist(effect: Effect, alpha: number, options: CompareOptions, totalUnits: number): CompareResult {
  const se = Math.sqrt(effect.variance);
  const alternative = options.alternative ?? "two-sided";
  if (options.sequential) {
    const tuning = options.sequential.tuning ?? DEFAULT_SEQUENTIAL_TUNING;
    if (!(tuning > 0)) throw new InvalidStatError(`sequential.tuning is ${tuning}; it must be above 0.`);
    const halfwidth = (a: number) => sequentialHalfwidth(se, totalUnits, tuning, a);
    const width = halfwidth(alternative === "two-sided" ? alpha : 2 * alpha);
    const interval = sidedInterval(effect.estimate, width, alternative);
    return {
      estimate: effect.estimate,
      interval,
      standardError: se,
      pValue: sequentialPValue(effect.estimate, halfwidth, alternative),
    };
  }
  const z = effect.estimate / se;
  const pValue =
    alternative === "two-sided"
      ? 2 * (1 - tCdf(Math.abs(z), effect.df))
      : alternative === "greater"
        ? 1 - tCdf(z, effect.df)
        : tCdf(z, effect.df);
  const critical = tQuantile(alternative === "two-sided" ? 1 - alpha / 2 : 1 - alpha, effect.df) * se;
  return {
    estimate: effect.estimate,
    interval: sidedInterval(effect.estimate, critical, alternative),
    standardError: se,
    pValue: clamp01(pValue),
  };
}

/** Waudby-Smith et al. (2023) eq. 9, as in GrowthBook's gbstats SequentialTwoSidedTTest. */
function sequentialHalfwidth(se: number, n: number, tuning: number, alpha: number): number {
  const rho = Math.sqrt((-2 * Math.log(alpha) + Math.log(-2 * Math.log(alpha) + 1)) / tuning);
  const s2 = se * se * n;
  const first = (2 * (n * rho * rho + 1)) / (n * rho) ** 2;
  const second = Math.log(Math.sqrt(n * rho * rho + 1) / alpha);
  return Math.sqrt(s2) * Math.sqrt(first * second);
}

/** The smallest alpha at which the confidence sequence excludes 0 (bisection on log alpha). */
function sequentialPValue(
  estimate: number,
  halfwidth: (alpha: number) => number,
  alternative: "two-sided" | "greater" | "less",
): number {
  const excludes = (a: number) => {
    const width = halfwidth(alternative === "two-sided" ? a : 2 * a);
    if (alternative === "greater") return estimate - width > 0;
    if (alternative === "less") return estimate + width < 0;
    return Math.abs(estimate) > width;
  };
  if (!excludes(0.999999)) return 1;
  let lo = -745;
  let hi = Math.log(0.999999);
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (excludes(Math.exp(mid))) hi = mid;
    else lo = mid;
  }
  return clamp01(Math.exp(hi));
}

function bayesian(effect: Effect, alpha: number, options: CompareOptions): CompareResult {
  const dataPrecision = 1 / effect.variance;
  const prior = options.prior;
  if (prior && !(prior.variance > 0))
    throw new InvalidStatError(`prior.variance is ${prior.variance}; it must be above 0.`);
  const precision = dataPrecision + (prior ? 1 / prior.variance : 0);
  const mean = (effect.estimate * dataPrecision + (prior ? prior.mean / prior.variance : 0)) / precision;
  const sd = Math.sqrt(1 / precision);
  const z = normalQuantile(1 - alpha / 2, 0, 1);
  const up = 1 - normalCdf(0, mean, sd);
  const gain = expectedPositivePart(mean, sd);
  const loss = expectedPositivePart(-mean, sd);
  return {
    estimate: mean,
    interval: [mean - z * sd, mean + z * sd],
    standardError: sd,
    chanceToWin: clamp01(options.inverse ? 1 - up : up),
    // [risk of keeping control, risk of shipping the treatment]
    risk: options.inverse ? [loss, gain] : [gain, loss],
  };
}

/** E[max(X, 0)] for X ~ N(m, s²). */
function expectedPositivePart(m: number, s: number): number {
  const z = m / s;
  return m * normalCdf(z, 0, 1) + (s * Math.exp(-0.5 * z * z)) / Math.sqrt(2 * Math.PI);
}

function sidedInterval(
  estimate: number,
  width: number,
  alternative: "two-sided" | "greater" | "less",
): [number, number] {
  if (alternative === "greater") return [estimate - width, Number.POSITIVE_INFINITY];
  if (alternative === "less") return [Number.NEGATIVE_INFINITY, estimate + width];
  return [estimate - width, estimate + width];
}

function degenerate(options: CompareOptions, error: string): CompareResult {
  return options.engine === "bayesian"
    ? { estimate: 0, interval: [0, 0], standardError: 0, chanceToWin: 0.5, risk: [0, 0], error }
    : { estimate: 0, interval: [0, 0], standardError: 0, pValue: 1, error };
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}
