import type { MeanStat, ProportionStat } from "./types.js";

/** `variance` is floored at 0; `rawVariance` is the sample variance as computed (negative when sumSquares < sum²/n). */
export type Moments = { n: number; mean: number; variance: number; rawVariance: number };

/**
 * Thrown for input that is wrong rather than merely small: NaN or infinite sums, negative counts, more successes than
 * units, mismatched arms, parameters out of range. The message names the field and what is allowed.
 */
export class InvalidStatError extends Error {
  override name = "InvalidStatError";
}

function assertCount(value: number, field: string): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new InvalidStatError(`${field} is ${value}; it must be a finite number of 0 or more.`);
  }
}

function assertFinite(value: number, field: string): void {
  if (!Number.isFinite(value)) throw new InvalidStatError(`${field} is ${value}; it must be a finite number.`);
}

/**
 * Mean and unit-level sample variance (n − 1 denominator; p(1 − p) for proportions) of a mean or proportion
 * statistic. Throws InvalidStatError on NaN, infinite or negative counts; a proportion with more successes than
 * units is refused too.
 */
export function momentsOf(stat: MeanStat | ProportionStat, label = "stat"): Moments {
  assertCount(stat.n, `${label}.n`);
  assertFinite(stat.sum, `${label}.sum`);
  if (stat.type === "proportion") {
    assertCount(stat.sum, `${label}.sum`);
    if (stat.sum > stat.n) throw new InvalidStatError(`${label}.sum (${stat.sum}) exceeds ${label}.n (${stat.n}).`);
    const p = stat.n > 0 ? stat.sum / stat.n : 0;
    return { n: stat.n, mean: p, variance: p * (1 - p), rawVariance: p * (1 - p) };
  }
  assertCount(stat.sumSquares, `${label}.sumSquares`);
  const mean = stat.n > 0 ? stat.sum / stat.n : 0;
  const rawVariance = stat.n > 1 ? (stat.sumSquares - (stat.sum * stat.sum) / stat.n) / (stat.n - 1) : 0;
  return { n: stat.n, mean, variance: Math.max(0, rawVariance), rawVariance };
}
