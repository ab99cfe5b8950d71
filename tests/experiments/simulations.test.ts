import { describe, expect, it } from "vitest";
import { compareVariants, type MeanStat, type RatioStat } from "../../experiments/src/index.js";
import { mulberry32, normal, type Rng } from "./support/rng.js";

/**
 * Seeded Monte-Carlo checks of the engine's error rates (no Math.random: every run sees the same data).
 * Simulation error: with R replications a rate near 5 % has a standard deviation of √(0.05·0.95/R).
 */
const ALPHA = 0.05;

type Acc = { n: number; sum: number; sumSquares: number };
const add = (acc: Acc, x: number) => {
  acc.n += 1;
  acc.sum += x;
  acc.sumSquares += x * x;
};
const asStat = (acc: Acc): MeanStat => ({ type: "mean", ...acc });

/** An A/A pilot looked at once a day for `days` days: does any look reject at α? */
function peekedAA(rng: Rng, days: number, unitsPerArmPerDay: number, sequential: boolean): boolean {
  const c: Acc = { n: 0, sum: 0, sumSquares: 0 };
  const t: Acc = { n: 0, sum: 0, sumSquares: 0 };
  for (let day = 0; day < days; day++) {
    for (let i = 0; i < unitsPerArmPerDay; i++) {
      add(c, normal(rng, 4, 1));
      add(t, normal(rng, 4, 1));
    }
    const r = compareVariants(asStat(c), asStat(t), {
      engine: "frequentist",
      difference: "absolute",
      ...(sequential ? { sequential: { tuning: 5000 } } : {}),
    });
    if (r.interval[0] > 0 || r.interval[1] < 0) return true;
  }
  return false;
}

describe("simulations", () => {
  it("daily peeking at an A/A pilot inflates fixed-horizon false positives, and sequential intervals keep them at α", () => {
    const replications = 400;
    const sd = Math.sqrt((ALPHA * (1 - ALPHA)) / replications);
    let fixedRejections = 0;
    let sequentialRejections = 0;
    const rngFixed = mulberry32(101);
    const rngSeq = mulberry32(101);
    for (let r = 0; r < replications; r++) {
      if (peekedAA(rngFixed, 30, 40, false)) fixedRejections++;
      if (peekedAA(rngSeq, 30, 40, true)) sequentialRejections++;
    }
    const fixedRate = fixedRejections / replications;
    const sequentialRate = sequentialRejections / replications;
    console.log(
      `[A/A, 30 daily looks, ${replications} pilots] fixed-horizon ${fixedRate}, sequential ${sequentialRate}`,
    );
    // Peeking 30 times typically gives 20–30 % false positives at α = 5 %; assert a clear inflation.
    expect(fixedRate).toBeGreaterThan(ALPHA + 6 * sd);
    expect(sequentialRate).toBeLessThanOrEqual(ALPHA + 3 * sd);
  });

  it("agent-clustered outcomes: the ratio method covers at the nominal rate, a naive per-interaction t-test does not", () => {
    const replications = 500;
    const agentsPerArm = 30;
    const icc = 0.15;
    const rng = mulberry32(202);
    let ratioCovered = 0;
    let naiveCovered = 0;
    for (let r = 0; r < replications; r++) {
      const arms = [0, 1].map(() => {
        const perInteraction: Acc = { n: 0, sum: 0, sumSquares: 0 };
        const num: Acc = { n: 0, sum: 0, sumSquares: 0 };
        const den: Acc = { n: 0, sum: 0, sumSquares: 0 };
        let sumOfProducts = 0;
        for (let a = 0; a < agentsPerArm; a++) {
          const agentEffect = normal(rng, 0, Math.sqrt(icc));
          const interactions = 10 + Math.floor(rng() * 40);
          let total = 0;
          for (let i = 0; i < interactions; i++) {
            const y = 4 + agentEffect + normal(rng, 0, Math.sqrt(1 - icc));
            add(perInteraction, y);
            total += y;
          }
          add(num, total);
          add(den, interactions);
          sumOfProducts += total * interactions;
        }
        const ratio: RatioStat = {
          type: "ratio",
          n: agentsPerArm,
          numerator: asStat(num),
          denominator: asStat(den),
          sumOfProducts,
        };
        return { ratio, naive: asStat(perInteraction) };
      });
      const options = { engine: "frequentist" as const, difference: "absolute" as const };
      const byRatio = compareVariants(arms[0]!.ratio, arms[1]!.ratio, options);
      const naive = compareVariants(arms[0]!.naive, arms[1]!.naive, options);
      if (byRatio.interval[0] <= 0 && byRatio.interval[1] >= 0) ratioCovered++;
      if (naive.interval[0] <= 0 && naive.interval[1] >= 0) naiveCovered++;
    }
    const sd = Math.sqrt((0.95 * 0.05) / replications);
    const ratioCoverage = ratioCovered / replications;
    const naiveCoverage = naiveCovered / replications;
    console.log(
      `[clustered A/A, ${replications} pilots] ratio coverage ${ratioCoverage}, naive coverage ${naiveCoverage}`,
    );
    expect(Math.abs(ratioCoverage - 0.95)).toBeLessThanOrEqual(3 * sd + 0.01);
    expect(naiveCoverage).toBeLessThan(0.8);
  });

  it("30 agents (15 per arm), ICC 0.15: the small-sample cluster correction covers the true effect in ≥ 94 % of pilots", () => {
    const replications = 2000;
    const agentsPerArm = 15;
    const icc = 0.15;
    const effect = 0.1;
    const rng = mulberry32(303);
    let plainCovered = 0;
    let correctedCovered = 0;
    const started = performance.now();
    for (let r = 0; r < replications; r++) {
      const [control, treatment] = [0, effect].map((shift) => {
        const num: Acc = { n: 0, sum: 0, sumSquares: 0 };
        const den: Acc = { n: 0, sum: 0, sumSquares: 0 };
        let sumOfProducts = 0;
        for (let a = 0; a < agentsPerArm; a++) {
          const agentEffect = normal(rng, 0, Math.sqrt(icc));
          const interactions = 10 + Math.floor(rng() * 40);
          let total = 0;
          for (let i = 0; i < interactions; i++) total += 4 + shift + agentEffect + normal(rng, 0, Math.sqrt(1 - icc));
          add(num, total);
          add(den, interactions);
          sumOfProducts += total * interactions;
        }
        const stat: RatioStat = {
          type: "ratio",
          n: agentsPerArm,
          numerator: asStat(num),
          denominator: asStat(den),
          sumOfProducts,
        };
        return stat;
      }) as [RatioStat, RatioStat];
      const options = { engine: "frequentist" as const, difference: "absolute" as const };
      const plain = compareVariants(control, treatment, options);
      const corrected = compareVariants(control, treatment, { ...options, smallSampleClusters: true });
      if (plain.interval[0] <= effect && plain.interval[1] >= effect) plainCovered++;
      if (corrected.interval[0] <= effect && corrected.interval[1] >= effect) correctedCovered++;
    }
    const plainCoverage = plainCovered / replications;
    const correctedCoverage = correctedCovered / replications;
    console.log(
      `[15 + 15 agents, ICC ${icc}, ${replications} pilots] delta method (Welch t) coverage ${plainCoverage}, ` +
        `small-sample corrected (CR2-type, t with min G* − 1 df) ${correctedCoverage}, ${Math.round(performance.now() - started)} ms`,
    );
    expect(correctedCoverage).toBeGreaterThanOrEqual(0.94);
    expect(correctedCoverage).toBeGreaterThan(plainCoverage);
    // Not bought by absurdly wide intervals: at most 3 simulation SDs above 97 %.
    expect(correctedCoverage).toBeLessThanOrEqual(0.97 + 3 * Math.sqrt((0.97 * 0.03) / replications));
  });
});
