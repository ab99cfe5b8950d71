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
};

/** A comparison: see compareVariants for every field's meaning and the degenerate result. */
export type CompareResult = {
  estimate: number;
  interval: [number, number];
  standardError: number;
  pValue?: number;
  chanceToWin?: number;
  risk?: [number, number];
  error?: string;
};

/** GrowthBook's default significance level. */
export const DEFAULT_ALPHA = 0.05;
/** GrowthBook's default tuning parameter of sequential testing (expected sample size at which the CS is tightest). */
export const DEFAULT_SEQUENTIAL_TUNING = 5000;
