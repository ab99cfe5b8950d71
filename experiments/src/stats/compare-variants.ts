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
  type StatErrorCode,
} from "./types.js";

/** A difference between arms with the variance of its estimate and Welch–Satterthwaite degrees of freedom. */
export type Effect = { estimate: number; variance: number; df: number };
/** Why there is no effect to report: a sentence and its code. */
export type NoEffect = { error: string; errorCode: StatErrorCode };

/**
 * Compares a treatment with the control on one metric.
 *
 * - Frequentist: Welch's t test with Welch–Satterthwaite degrees of freedom from the unit-level variances; with
 *   `sequential`, the asymptotic confidence sequence of Waudby-Smith et al. (2023, arXiv 2103.06476, eq. 9 and the
 *   ρ of eq. 161) as GrowthBook computes it, valid however often results are looked at.
 * - Bayesian: a Gaussian model of the effect with an optional Gaussian prior (conjugate update); chance to win
 *   P(effect > 0) and risk as expected loss [E max(effect, 0), E max(−effect, 0)] (flipped when `inverse`).
 * - Relative difference (μT − μC)/|μC| uses the delta method; absolute is μT − μC.
 * - Agreement with GrowthBook's gbstats (docs/adr/0017): per-arm variances, Welch–Satterthwaite degrees of freedom
 *   from the statistics' own variances (CUPED-adjusted, delta-method for ratios), gbstats's relative-CUPED variance,
 *   sequential intervals with eq. 9 (two-sided) or eq. 134 with ρ from 2α (one-sided), and sequential p-values as
 *   the inversion of those intervals at fixed ρ (eq. 155 two-sided; the exact root of gbstats's one-sided search).
 *
 * @param control Sufficient statistics of the control arm (n ≥ 0, finite sums).
 * @param treatment Sufficient statistics of the treatment arm.
 * @param options engine, difference, alpha in (0, 1) (default 0.05), alternative (frequentist), sequential tuning
 *   (> 0, default 5000), prior (bayesian, variance > 0), inverse (lower is better).
 * @param options.smallSampleClusters Ratio metrics over few clusters (agents): CR2-type variance and t with
 *   min(G*C, G*T) − 1 degrees of freedom (see CompareOptions).
 * @returns The estimate, its interval (±Infinity on the open side of one-sided tests), standard error and p-value
 *   or chance to win and risk. Degenerate input returns gbstats's default output — estimate 0, interval [0, 0],
 *   standard error 0, pValue 1 / chanceToWin 0.5, risk [0, 0] — with an `error` sentence and an `errorCode`
 *   (StatErrorCode): fewer than 2 units, or zero or negative variance, in either arm → `ZERO_NEGATIVE_VARIANCE`; a
 *   zero control mean for a relative difference → `ZERO_NEGATIVE_BASELINE_VARIATION`; sequential one-sided with
 *   alpha ≥ 0.5 → `ALPHA_GREATER_THAN_0.5_FOR_SEQUENTIAL_ONE_SIDED_TEST`. NaN or negative counts throw
 *   InvalidStatError.
 *
 * @example
 * compareVariants({ type: "mean", n: 100, sum: 400, sumSquares: 1700 }, { type: "mean", n: 100, sum: 430, sumSquares: 1930 },
 *   { engine: "frequentist", difference: "absolute" }).pValue?.toFixed(4); // "0.0277"
 * compareVariants({ type: "mean", n: 10, sum: 40, sumSquares: 150 }, { type: "mean", n: 10, sum: 45, sumSquares: 215 },
 *   { engine: "frequentist", difference: "absolute" }).errorCode; // "ZERO_NEGATIVE_VARIANCE"
 */
export function compareVariants(control: MetricStat, treatment: MetricStat, options: CompareOptions): CompareResult {
  const alpha = options.alpha ?? DEFAULT_ALPHA;
  if (!(alpha > 0 && alpha < 1)) throw new InvalidStatError(`alpha is ${alpha}; it must be between 0 and 1.`);
  if (options.smallSampleClusters && control.type !== "ratio") {
    throw new InvalidStatError(`smallSampleClusters applies to ratio metrics only; got ${control.type}.`);
  }
  const [c, t] = armEstimates(control, treatment);
  const oneSidedSequential = options.sequential && (options.alternative ?? "two-sided") !== "two-sided";
  if (options.engine === "frequentist" && oneSidedSequential && alpha >= 0.5) {
    return degenerate(options, {
      error: `Sequential one-sided tests need alpha below 0.5; got ${alpha}.`,
      errorCode: "ALPHA_GREATER_THAN_0.5_FOR_SEQUENTIAL_ONE_SIDED_TEST",
    });
  }
  const effect = effectOf(c, t, options.difference, { smallSampleClusters: options.smallSampleClusters ?? false });
  return compareEffect(effect, options, c.n + t.n);
}

/**
 * The inference step of compareVariants on an effect computed elsewhere (e.g. a difference of quantiles): the
 * frequentist test (fixed-horizon or sequential) or the Bayesian update, with the same options and the same
 * degenerate output when `effect` is a NoEffect.
 *
 * @param totalUnits Units of both arms (the n of the sequential interval).
 * @example
 * compareEffect({ estimate: 0.1, variance: 0.0025, df: 200 }, { engine: "frequentist", difference: "absolute" }, 202)
 *   .pValue?.toFixed(4); // "0.0469"
 */
export function compareEffect(effect: Effect | NoEffect, options: CompareOptions, totalUnits: number): CompareResult {
  const alpha = options.alpha ?? DEFAULT_ALPHA;
  if (!(alpha > 0 && alpha < 1)) throw new InvalidStatError(`alpha is ${alpha}; it must be between 0 and 1.`);
  if ("error" in effect) return degenerate(options, effect);
  return options.engine === "bayesian"
    ? bayesian(effect, alpha, options)
    : frequentist(effect, alpha, options, totalUnits);
}

/**
 * The CR2-type variance of one ratio arm's mean with the mean leverage, and its effective number of clusters.
 * Per arm the ratio Σx/Σy is the interaction-level mean; cluster g has leverage hᵍ = yᵍ/Σy, and CR2 divides each
 * squared cluster residual eᵍ² by 1 − hᵍ (Bell & McCaffrey 2002; Pustejovsky & Tipton 2018). Sufficient statistics
 * give Σeᵍ² = (n − 1)·ȳ²·σ²_delta and Σhᵍ² = Σy²/(Σy)², not the hᵍ one by one, so every hᵍ is replaced by the
 * interaction-weighted mean Σhᵍ²; G* = 1/Σhᵍ² is Kish's effective number of clusters.
 */
function clusterCorrected(arm: ArmEstimate): { variance: number; effectiveClusters: number } {
  const sumDen = arm.clusters?.sumDen ?? 0;
  const meanLeverage = sumDen > 0 ? (arm.clusters?.sumDenSquares ?? 0) / sumDen ** 2 : 1;
  if (!(meanLeverage < 1)) return { variance: 0, effectiveClusters: 1 };
  return {
    variance: (arm.varA * (arm.n - 1)) / (arm.n * (1 - meanLeverage)),
    effectiveClusters: 1 / meanLeverage,
  };
}

/**
 * The difference between arms with its variance and degrees of freedom, or why there is none. Checks in gbstats's
 * order (EffectMoments.compute_result): either arm's variance ≤ 0 (fewer than 2 units included), then a zero control
 * mean (relative only), then the difference's variance ≤ 0.
 */
export function effectOf(
  c: ArmEstimate,
  t: ArmEstimate,
  difference: "relative" | "absolute",
  options: { smallSampleClusters?: boolean } = {},
): Effect | NoEffect {
  const zero = "ZERO_NEGATIVE_VARIANCE" as const;
  if (c.n < 2 || t.n < 2)
    return { error: "Each arm needs at least 2 units before it can be compared.", errorCode: zero };
  if (c.unitVariance <= 0 && t.unitVariance <= 0)
    return { error: "Both arms have zero variance; there is nothing to compare.", errorCode: zero };
  for (const [arm, name] of [
    [c, "control"],
    [t, "treatment"],
  ] as const) {
    if (arm.unitVariance <= 0)
      return { error: `The ${name} arm has zero or negative variance; there is nothing to compare.`, errorCode: zero };
  }
  if (difference === "relative" && (c.c === 0 || c.a === 0)) {
    return {
      error: "The control mean is 0, so a relative difference is undefined; use the absolute difference.",
      errorCode: "ZERO_NEGATIVE_BASELINE_VARIATION",
    };
  }
  let varC = c.varA;
  let varT = t.varA;
  // Welch–Satterthwaite degrees of freedom from the variances of the two means (gbstats's TTest.dof).
  let df = (varC + varT) ** 2 / (varC ** 2 / (c.n - 1) + varT ** 2 / (t.n - 1));
  if (options.smallSampleClusters) {
    const cc = clusterCorrected(c);
    const tc = clusterCorrected(t);
    if (cc.effectiveClusters < 2 || tc.effectiveClusters < 2)
      return {
        error: "Each arm needs at least 2 effective clusters for the small-sample correction.",
        errorCode: "TOO_FEW_CLUSTERS",
      };
    varC = cc.variance;
    varT = tc.variance;
    // Conservative Behrens–Fisher degrees of freedom (Hsu 1938) on the effective numbers of clusters.
    df = Math.min(cc.effectiveClusters, tc.effectiveClusters) - 1;
  }
  const diff = t.a - c.a;
  let variance: number;
  if (difference === "absolute") variance = varC + varT;
  else if (c.cuped && t.cuped && !options.smallSampleClusters) {
    // gbstats's frequentist_variance_relative_cuped: the control's post-period gradient uses the treatment's
    // unadjusted (post) mean.
    const base = c.c;
    const theta = c.cuped.theta;
    const vTrt = t.unitVariance / (t.n * base ** 2);
    const k = -t.cuped.postMean;
    const numA = (c.cuped.postVariance * k ** 2) / c.cuped.postMean ** 2;
    const numB = (2 * theta * c.cuped.covariance * k) / c.cuped.postMean;
    const numC = theta ** 2 * c.cuped.preVariance;
    variance = vTrt + (numA + numB + numC) / (c.n * base ** 2);
  } else {
    // d = (aT − aC)/|cC| by the delta method (gbstats's variance_of_ratios with no covariance between arms).
    const base = c.c;
    variance = varT / base ** 2 + (varC * t.a ** 2) / base ** 4;
  }
  if (!(variance > 0))
    return { error: "The difference has zero or negative variance; there is nothing to compare.", errorCode: zero };
  return {
    estimate: difference === "absolute" ? diff : diff / Math.abs(c.c),
    variance,
    df,
  };
}

function frequentist(effect: Effect, alpha: number, options: CompareOptions, totalUnits: number): CompareResult {
  const se = Math.sqrt(effect.variance);
  const alternative = options.alternative ?? "two-sided";
  if (options.sequential) {
    const tuning = options.sequential.tuning ?? DEFAULT_SEQUENTIAL_TUNING;
    if (!(tuning > 0)) throw new InvalidStatError(`sequential.tuning is ${tuning}; it must be above 0.`);
    const cs = confidenceSequence(se, totalUnits, tuning, alpha, alternative);
    return {
      estimate: effect.estimate,
      interval: sidedInterval(effect.estimate, cs.halfwidth(alpha), alternative),
      standardError: se,
      pValue: clamp01(cs.pValue(effect.estimate)),
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

/**
 * The asymptotic confidence sequence of Waudby-Smith et al. (2023, arXiv 2103.06476v7) as gbstats computes it
 * (frequentist/tests.py): ρ from eq. 161 at alpha (two-sided) or 2·alpha (one-sided, `sequential_rho`), held fixed;
 * half-width by eq. 9 (two-sided) or eq. 134 (one-sided, log(1 + √(nρ² + 1)/(2α))), with s² = se²·n and n the
 * units of both arms. The p-value is the α at which the sequence's bound reaches 0 at that fixed ρ: eq. 155's
 * e-value for two-sided tests; for one-sided tests the closed-form root of eq. 134 (gbstats bisects for it to
 * within 1e-6 of the bound on [1e-5, 0.4999]), and 1 when the estimate points the other way.
 */
function confidenceSequence(
  se: number,
  n: number,
  tuning: number,
  alpha: number,
  alternative: "two-sided" | "greater" | "less",
): { halfwidth: (a: number) => number; pValue: (estimate: number) => number } {
  const twoSided = alternative === "two-sided";
  const alphaArg = twoSided ? alpha : 2 * alpha;
  const rho = Math.sqrt((-2 * Math.log(alphaArg) + Math.log(-2 * Math.log(alphaArg) + 1)) / tuning);
  const s2 = se * se * n;
  const tr2p1 = n * rho * rho + 1;
  const scale = (2 * tr2p1) / (n * rho) ** 2;
  if (twoSided) {
    return {
      halfwidth: (a) => Math.sqrt(s2) * Math.sqrt(scale * Math.log(Math.sqrt(tr2p1) / a)),
      pValue: (estimate) => {
        const st2 = (estimate * estimate * n) / (se * se);
        const logEvalue = (rho * rho * st2) / (2 * tr2p1) - 0.5 * Math.log(tr2p1);
        return Math.min(1, Math.exp(-logEvalue));
      },
    };
  }
  return {
    halfwidth: (a) => Math.sqrt(s2 * scale * Math.log(1 + Math.sqrt(tr2p1) / (2 * a))),
    pValue: (estimate) => {
      const favourable = alternative === "greater" ? estimate > 0 : estimate < 0;
      if (!favourable) return 1;
      // s2·scale·log(1 + √(nρ² + 1)/(2α)) = estimate²  ⇔  α = √(nρ² + 1) / (2·(exp(estimate²/(s2·scale)) − 1))
      return Math.min(1, Math.sqrt(tr2p1) / (2 * Math.expm1((estimate * estimate) / (s2 * scale))));
    },
  };
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

/** gbstats's default output (`_default_output`): estimate 0, interval [0, 0], p-value 1 (chance to win 0.5). */
function degenerate(options: CompareOptions, reason: NoEffect): CompareResult {
  const { error, errorCode } = reason;
  return options.engine === "bayesian"
    ? { estimate: 0, interval: [0, 0], standardError: 0, chanceToWin: 0.5, risk: [0, 0], error, errorCode }
    : { estimate: 0, interval: [0, 0], standardError: 0, pValue: 1, error, errorCode };
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}
