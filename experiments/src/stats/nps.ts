import { compareVariants } from "./compare-variants.js";
import { InvalidStatError } from "./moments.js";
import type { CompareOptions, CompareResult, MeanStat } from "./types.js";

/** Responses by NPS category: promoters rated 9–10, passives 7–8, detractors 0–6. */
export type NpsCounts = { promoters: number; passives: number; detractors: number };

function checked(c: NpsCounts, label: string): NpsCounts {
  for (const key of ["promoters", "passives", "detractors"] as const) {
    const v = c[key];
    if (!Number.isFinite(v) || v < 0) throw new InvalidStatError(`${label}.${key} is ${v}; it must be 0 or more.`);
  }
  return c;
}

/**
 * Net promoter score: share of promoters minus share of detractors, in NPS points (−100 to 100); 0 with no responses.
 * @example
 * npsScore({ promoters: 50, passives: 30, detractors: 20 }); // 30
 */
export function npsScore(counts: NpsCounts): number {
  const c = checked(counts, "counts");
  const n = c.promoters + c.passives + c.detractors;
  return n > 0 ? (100 * (c.promoters - c.detractors)) / n : 0;
}

/**
 * NPS as the mean of a per-response score (+100 promoter, 0 passive, −100 detractor): its variance is the
 * multinomial one, 100²·((p + d) − (p − d)²) with the n − 1 correction.
 * @example
 * npsAsMean({ promoters: 2, passives: 1, detractors: 1 }); // { type: "mean", n: 4, sum: 100, sumSquares: 30000 }
 */
export function npsAsMean(counts: NpsCounts, label = "counts"): MeanStat {
  const c = checked(counts, label);
  return {
    type: "mean",
    n: c.promoters + c.passives + c.detractors,
    sum: 100 * (c.promoters - c.detractors),
    sumSquares: 100 * 100 * (c.promoters + c.detractors),
  };
}

/**
 * Compares NPS between arms (absolute: difference in NPS points; relative: over |NPS of control|), with the
 * multinomial variance. Same options and degenerate behaviour as compareVariants.
 * Reference: Rocks (2016), "The Variance of the Net Promoter Score".
 * @example
 * compareNps({ promoters: 40, passives: 40, detractors: 20 }, { promoters: 50, passives: 35, detractors: 15 },
 *   { engine: "frequentist", difference: "absolute" }).estimate; // 15
 */
export function compareNps(control: NpsCounts, treatment: NpsCounts, options: CompareOptions): CompareResult {
  return compareVariants(npsAsMean(control, "control"), npsAsMean(treatment, "treatment"), options);
}
