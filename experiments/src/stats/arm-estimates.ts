import { InvalidStatError, momentsOf } from "./moments.js";
import type { CupedStat, MeanStat, MetricStat, ProportionStat, RatioStat } from "./types.js";

/**
 * What the comparison needs of one arm: the (possibly CUPED-adjusted) mean `a` with the variance of that mean,
 * the unadjusted mean `c` (the base of a relative difference) with its variance, and their covariance. For plain
 * means and ratios a = c.
 */
export type ArmEstimate = {
  n: number;
  a: number;
  varA: number;
  c: number;
  varC: number;
  covAC: number;
  /** The statistic's own unit-level variance as gbstats defines it (adjusted for CUPED, delta method for ratios); not floored, so ≤ 0 flags a degenerate arm. */
  unitVariance: number;
  /** CUPED terms for gbstats's relative-CUPED variance. */
  cuped?: { theta: number; postMean: number; postVariance: number; preVariance: number; covariance: number };
  /** Ratio arms: the denominator's Σy and Σy², for the small-sample cluster correction. */
  clusters?: { sumDen: number; sumDenSquares: number };
};

type Sums = { n: number; sum: number; sumSquares: number };

function sumsOf(stat: MeanStat | ProportionStat): Sums {
  // For a 0/1 outcome the sum of squares equals the number of successes.
  return stat.type === "mean" ? stat : { n: stat.n, sum: stat.sum, sumSquares: stat.sum };
}

/** Sample covariance of two per-unit quantities from their sums (n − 1 denominator). */
function covariance(n: number, sumX: number, sumY: number, sumXY: number): number {
  return n > 1 ? (sumXY - (sumX * sumY) / n) / (n - 1) : 0;
}

/**
 * gbstats's compute_covariance: the population form Σxy/n − ΣxΣy/n² when both are 0/1 (matching their p(1 − p)
 * variances), the n − 1 form otherwise.
 */
function statCovariance(
  n: number,
  x: MeanStat | ProportionStat,
  y: MeanStat | ProportionStat,
  sumOfProducts: number,
): number {
  if (n <= 1) return 0;
  if (x.type === "proportion" && y.type === "proportion") return sumOfProducts / n - (x.sum * y.sum) / n ** 2;
  return covariance(n, x.sum, y.sum, sumOfProducts);
}

function simpleArm(stat: MeanStat | ProportionStat, label: string): ArmEstimate {
  const m = momentsOf(stat, label);
  const varMean = m.n > 0 ? m.variance / m.n : 0;
  return { n: m.n, a: m.mean, varA: varMean, c: m.mean, varC: varMean, covAC: varMean, unitVariance: m.rawVariance };
}

/**
 * Ratio of per-unit totals (e.g. resolved tickets per agent over tickets per agent), by the delta method over units:
 * Var(X̄/Ȳ) ≈ (σx²/μy² − 2μxσxy/μy³ + μx²σy²/μy⁴)/n (Deng et al. 2018, "Applying the Delta Method in Metric Analytics").
 */
function ratioArm(stat: RatioStat, label: string): ArmEstimate {
  if (stat.numerator.n !== stat.n || stat.denominator.n !== stat.n) {
    throw new InvalidStatError(
      `${label}: numerator, denominator and the ratio must count the same units (n = ${stat.n}).`,
    );
  }
  const x = momentsOf(stat.numerator, `${label}.numerator`);
  const y = momentsOf(stat.denominator, `${label}.denominator`);
  if (!Number.isFinite(stat.sumOfProducts))
    throw new InvalidStatError(`${label}.sumOfProducts must be a finite number.`);
  if (stat.n <= 1 || y.mean === 0) return { n: stat.n, a: 0, varA: 0, c: 0, varC: 0, covAC: 0, unitVariance: 0 };
  const cov = covariance(stat.n, stat.numerator.sum, stat.denominator.sum, stat.sumOfProducts);
  const r = stat.numerator.sum / stat.denominator.sum;
  // gbstats's variance_of_ratios on the unit-level moments (RatioStatistic.variance).
  const unitVariance =
    x.rawVariance / y.mean ** 2 - (2 * x.mean * cov) / y.mean ** 3 + (x.mean ** 2 * y.rawVariance) / y.mean ** 4;
  const varMean = Math.max(0, unitVariance) / stat.n;
  return {
    n: stat.n,
    a: r,
    varA: varMean,
    c: r,
    varC: varMean,
    covAC: varMean,
    unitVariance,
    clusters: { sumDen: stat.denominator.sum, sumDenSquares: stat.denominator.sumSquares },
  };
}

/**
 * θ pooled over both arms: Cov(post, pre)/Var(pre) of the joint sample, as GrowthBook's gbstats computes it
 * (Deng et al. 2013, "Improving the Sensitivity of Online Controlled Experiments by Utilizing Pre-Experiment Data").
 * Returns 0 when the pre-period metric has no variance (CUPED then changes nothing).
 * @example
 * const arm = (post: number[], pre: number[]) => ({ type: "cuped" as const, n: post.length,
 *   post: { type: "mean" as const, n: post.length, sum: post.reduce((a, b) => a + b), sumSquares: post.reduce((a, b) => a + b * b, 0) },
 *   pre: { type: "mean" as const, n: pre.length, sum: pre.reduce((a, b) => a + b), sumSquares: pre.reduce((a, b) => a + b * b, 0) },
 *   sumOfProducts: post.reduce((s, x, i) => s + x * pre[i]!, 0) });
 * pooledTheta(arm([2, 4], [1, 2]), arm([6, 8], [3, 4])); // 2
 */
export function pooledTheta(control: CupedStat, treatment: CupedStat): number {
  const pc = sumsOf(control.pre);
  const pt = sumsOf(treatment.pre);
  const qc = sumsOf(control.post);
  const qt = sumsOf(treatment.post);
  const n = control.n + treatment.n;
  const varPre = covariance(n, pc.sum + pt.sum, pc.sum + pt.sum, pc.sumSquares + pt.sumSquares);
  const varPost = covariance(n, qc.sum + qt.sum, qc.sum + qt.sum, qc.sumSquares + qt.sumSquares);
  // gbstats's compute_theta: 0 (no adjustment) when either joint variance is 0.
  if (varPre === 0 || varPost === 0) return 0;
  return covariance(n, qc.sum + qt.sum, pc.sum + pt.sum, control.sumOfProducts + treatment.sumOfProducts) / varPre;
}

function cupedArm(stat: CupedStat, theta: number, label: string): ArmEstimate {
  if (stat.post.n !== stat.n || stat.pre.n !== stat.n) {
    throw new InvalidStatError(
      `${label}: post, pre and the CUPED statistic must count the same units (n = ${stat.n}).`,
    );
  }
  const post = momentsOf(stat.post, `${label}.post`);
  const pre = momentsOf(stat.pre, `${label}.pre`);
  if (!Number.isFinite(stat.sumOfProducts))
    throw new InvalidStatError(`${label}.sumOfProducts must be a finite number.`);
  const cov = statCovariance(stat.n, stat.post, stat.pre, stat.sumOfProducts);
  // gbstats's RegressionAdjustedStatistic.variance (0 for n ≤ 1).
  const unitVariance = stat.n > 1 ? post.rawVariance + theta * theta * pre.rawVariance - 2 * theta * cov : 0;
  const n = Math.max(stat.n, 1);
  return {
    n: stat.n,
    a: post.mean - theta * pre.mean,
    varA: Math.max(0, unitVariance) / n,
    c: post.mean,
    varC: post.variance / n,
    covAC: (post.variance - theta * cov) / n,
    unitVariance,
    cuped: {
      theta,
      postMean: post.mean,
      postVariance: post.rawVariance,
      preVariance: pre.rawVariance,
      covariance: cov,
    },
  };
}

/** Both arms' estimates; CUPED arms share one θ (given on either stat, or pooled). */
export function armEstimates(control: MetricStat, treatment: MetricStat): [ArmEstimate, ArmEstimate] {
  if (control.type !== treatment.type) {
    throw new InvalidStatError(`Both arms must have the same metric type; got ${control.type} and ${treatment.type}.`);
  }
  if (control.type === "cuped" && treatment.type === "cuped") {
    const theta = control.theta ?? treatment.theta ?? pooledTheta(control, treatment);
    if (!Number.isFinite(theta)) throw new InvalidStatError(`theta is ${theta}; it must be a finite number.`);
    return [cupedArm(control, theta, "control"), cupedArm(treatment, theta, "treatment")];
  }
  if (control.type === "ratio" && treatment.type === "ratio")
    return [ratioArm(control, "control"), ratioArm(treatment, "treatment")];
  return [
    simpleArm(control as MeanStat | ProportionStat, "control"),
    simpleArm(treatment as MeanStat | ProportionStat, "treatment"),
  ];
}
