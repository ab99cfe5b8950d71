import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import { InvalidStatError } from "../stats/moments.js";
import { DEFAULT_ALPHA } from "../stats/types.js";

/** The conventional target power (probability of detecting a true effect of the MDE). */
export const DEFAULT_POWER = 0.8;

export type SampleSizeInput = {
  /** Control mean of the metric per observation (e.g. CSAT 3.9); must not be 0. */
  baselineMean: number;
  /** Variance of the metric per observation (e.g. 1.1 for CSAT); > 0. */
  variance: number;
  /** Minimum detectable effect, relative to the baseline (0.05 = 5 %); > 0. */
  relativeMde: number;
  alpha?: number;
  power?: number;
  /**
   * When the unit randomised is an agent but outcomes are per interaction: interactions per agent (m ≥ 1) and the
   * intra-cluster correlation (ICC in [0, 1]). The design effect 1 + (m − 1)·ICC inflates the sample.
   */
  cluster?: { interactionsPerUnit: number; icc: number };
};

export type SampleSize = {
  /** Observations (interactions or customers) needed per arm. */
  observationsPerArm: number;
  /** Randomised units needed per arm (= observations unless clustered). */
  unitsPerArm: number;
  designEffect: number;
};

/**
 * Sample size per arm for a two-sided test of a difference in means between two equal arms:
 * n = 2·(z₁₋α/₂ + z_power)²·σ² / (MDE·μ)², times the design effect 1 + (m − 1)·ICC for clustered outcomes
 * (Kish 1965; Donner & Klar 2000, "Design and Analysis of Cluster Randomization Trials", ch. 5).
 *
 * @returns Counts rounded up. Throws InvalidStatError on a zero baseline, non-positive variance or MDE, or
 *   parameters out of range.
 * @example
 * sampleSizePerArm({ baselineMean: 4, variance: 1, relativeMde: 0.05 }).unitsPerArm; // 393
 */
export function sampleSizePerArm(input: SampleSizeInput): SampleSize {
  const alpha = input.alpha ?? DEFAULT_ALPHA;
  const power = input.power ?? DEFAULT_POWER;
  if (!(alpha > 0 && alpha < 1)) throw new InvalidStatError(`alpha is ${alpha}; it must be between 0 and 1.`);
  if (!(power > 0 && power < 1)) throw new InvalidStatError(`power is ${power}; it must be between 0 and 1.`);
  if (!(input.variance > 0)) throw new InvalidStatError(`variance is ${input.variance}; it must be above 0.`);
  if (!(input.relativeMde > 0)) throw new InvalidStatError(`relativeMde is ${input.relativeMde}; it must be above 0.`);
  if (!Number.isFinite(input.baselineMean) || input.baselineMean === 0) {
    throw new InvalidStatError("baselineMean must be a finite number other than 0 for a relative effect.");
  }
  const m = input.cluster?.interactionsPerUnit ?? 1;
  const icc = input.cluster?.icc ?? 0;
  if (!(m >= 1)) throw new InvalidStatError(`interactionsPerUnit is ${m}; it must be 1 or more.`);
  if (!(icc >= 0 && icc <= 1)) throw new InvalidStatError(`icc is ${icc}; it must be between 0 and 1.`);
  const z = normalQuantile(1 - alpha / 2, 0, 1) + normalQuantile(power, 0, 1);
  const delta = input.relativeMde * Math.abs(input.baselineMean);
  const designEffect = 1 + (m - 1) * icc;
  const observations = Math.ceil(((2 * z * z * input.variance) / (delta * delta)) * designEffect);
  return { observationsPerArm: observations, unitsPerArm: Math.ceil(observations / m), designEffect };
}

/**
 * Days until every arm reaches `requiredPerArm` units at the current traffic (new units per day across the pilot,
 * split by the arms' weights). 0 when already reached; Infinity when an arm with a shortfall gets no traffic.
 * @example
 * daysRemaining({ requiredPerArm: 1000, currentPerArm: [400, 380], weights: [0.5, 0.5], unitsPerDay: 100 }); // 13
 */
export function daysRemaining(input: {
  requiredPerArm: number;
  currentPerArm: number[];
  weights: number[];
  unitsPerDay: number;
}): number {
  if (input.currentPerArm.length !== input.weights.length) {
    throw new InvalidStatError("currentPerArm and weights must list the same arms.");
  }
  if (!(input.unitsPerDay >= 0))
    throw new InvalidStatError(`unitsPerDay is ${input.unitsPerDay}; it must be 0 or more.`);
  let days = 0;
  input.currentPerArm.forEach((current, i) => {
    const missing = input.requiredPerArm - current;
    if (missing <= 0) return;
    const perDay = input.unitsPerDay * input.weights[i]!;
    days = Math.max(days, perDay > 0 ? missing / perDay : Number.POSITIVE_INFINITY);
  });
  return Number.isFinite(days) ? Math.ceil(days) : days;
}
