/** Sufficient statistics of a metric over units: the only data the statistics engine sees. */
export type MeanStat = { type: "mean"; n: number; sum: number; sumSquares: number };
/** `sum` = number of successes among `n` units. */
export type ProportionStat = { type: "proportion"; n: number; sum: number };
/** `n` = units (e.g. agents); numerator and denominator are per-unit totals; `sumOfProducts` = Σ num·den per unit. */
export type RatioStat = { type: "ratio"; n: number; numerator: MeanStat; denominator: MeanStat; sumOfProducts: number };
/** CUPED: the metric after (`post`) and before (`pre`) the pilot per unit; `sumOfProducts` = Σ post·pre. */
export type CupedStat = {
  type: "cuped";
  n: number;
  post: MeanStat | ProportionStat;
  pre: MeanStat | ProportionStat;
  sumOfProducts: number;
  theta?: number;
};
export type MetricStat = MeanStat | ProportionStat | RatioStat | CupedStat;

/**
 * Options of compareVariants. `prior` is a Gaussian on the effect in the units of `difference` (a relative lift when
 * relative, GrowthBook's convention; the metric's units when absolute).
 */
export type CompareOptions = {
  engine: "frequentist" | "bayesian";
  difference: "relative" | "absolute";
  alpha?: number;
  alternative?: "two-sided" | "greater" | "less";
  sequential?: { tuning: number };
  prior?: { mean: number; variance: number };
  inverse?: boolean;
  /**
   * Ratio metrics whose units are clusters (agents): a small-sample correction for few clusters — a CR2-type
   * variance with every cluster's leverage replaced by the interaction-weighted mean leverage Σhᵍ² (hᵍ = the agent's
   * share of its arm's denominator), and Student t with min(G*C, G*T) − 1 degrees of freedom, G* = (Σy)²/Σy² the
   * effective number of clusters per arm. Off by default (gbstats has no such correction); refused for other metric
   * types. See docs/adr/0017-engine-agreement-with-gbstats.md for the measured coverage.
   */
  smallSampleClusters?: boolean;
};

/**
 * Why a comparison returned the default (empty) output. The first three are gbstats's codes (`errorMessage` /
 * `pValueErrorMessage` of its FrequentistTestResult, messages.py):
 * - `ZERO_NEGATIVE_VARIANCE`: an arm has fewer than 2 units, or zero or negative sample variance (also a
 *   sum of squares below sum²/n), or the difference has no positive variance.
 * - `ZERO_NEGATIVE_BASELINE_VARIATION`: the control mean is 0, so a relative difference is undefined (gbstats
 *   reports this case as ZERO_NEGATIVE_VARIANCE, because it defines the relative variance as 0 there).
 * - `ALPHA_GREATER_THAN_0.5_FOR_SEQUENTIAL_ONE_SIDED_TEST`: sequential one-sided tests need alpha below 0.5.
 * - `TOO_FEW_CLUSTERS` (ours): `smallSampleClusters` with fewer than 2 effective clusters in an arm.
 */
export type StatErrorCode =
  | "ZERO_NEGATIVE_VARIANCE"
  | "ZERO_NEGATIVE_BASELINE_VARIATION"
  | "ALPHA_GREATER_THAN_0.5_FOR_SEQUENTIAL_ONE_SIDED_TEST"
  | "TOO_FEW_CLUSTERS";

/** A comparison: see compareVariants for every field's meaning and the degenerate result. */
export type CompareResult = {
  estimate: number;
  interval: [number, number];
  standardError: number;
  pValue?: number;
  chanceToWin?: number;
  risk?: [number, number];
  /** A sentence for people, set together with errorCode on the default output. */
  error?: string;
  /** Machine-readable reason for the default output (see StatErrorCode); absent when the comparison is informative. */
  errorCode?: StatErrorCode;
};

/** GrowthBook's default significance level. */
export const DEFAULT_ALPHA = 0.05;
/** GrowthBook's default tuning parameter of sequential testing (expected sample size at which the CS is tightest). */
export const DEFAULT_SEQUENTIAL_TUNING = 5000;
