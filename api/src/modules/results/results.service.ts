import { adjustPValues, compareNps, compareVariants, npsScore, srmPValue } from "@policy-pilot/experiments";
import type { Db } from "../../db/create-db.js";
import type { Clock } from "../../lib/clock.js";
import { type VariantSufficientStats, variantSufficientStats } from "./results.read-model.js";

/** Significance level for the results page; the SRM check uses GrowthBook's stricter default. */
export const RESULTS_ALPHA = 0.05;
export const SRM_ALPHA = 0.001;

export type MetricKey = "csat" | "satisfied" | "nps" | "ces";

export const METRICS: Record<MetricKey, { label: string; lowerIsBetter: boolean; unit: string }> = {
  csat: { label: "CSAT (1–5)", lowerIsBetter: false, unit: "points" },
  satisfied: { label: "Satisfied (CSAT 4–5)", lowerIsBetter: false, unit: "share" },
  nps: { label: "NPS (−100…100)", lowerIsBetter: false, unit: "NPS points" },
  ces: { label: "Customer effort (1–7)", lowerIsBetter: true, unit: "points" },
};

export type MetricComparison = {
  metric: MetricKey;
  /** Relative lift versus control ((T − C) / |C|); for NPS the absolute difference in NPS points. */
  difference: "relative" | "absolute";
  estimate: number;
  intervalLow: number;
  intervalHigh: number;
  pValue: number;
  /** Holm–Bonferroni across every variant × metric of this pilot. */
  adjustedPValue: number;
  verdict: "BETTER" | "WORSE" | "INCONCLUSIVE";
  error: string | null;
};

export type VariantResult = {
  variantId: string;
  key: string;
  name: string;
  isControl: boolean;
  weight: number;
  participants: number;
  exposures: number;
  csatN: number;
  csatMean: number | null;
  satisfiedShare: number | null;
  npsN: number;
  nps: number | null;
  cesN: number;
  cesMean: number | null;
  comments: number;
  comparisons: MetricComparison[];
};

export type PilotResults = {
  pilotId: string;
  computedAt: string;
  primaryMetric: string;
  alpha: number;
  srmPValue: number;
  srmHealthy: boolean;
  totalParticipants: number;
  totalResponses: number;
  variants: VariantResult[];
};

type PilotForResults = {
  id: string;
  primaryMetric: string;
  variants: { id: string; key: string; name: string; isControl: boolean; weight: number; position: number }[];
};

const mean = (s: { n: number; sum: number }) => (s.n > 0 ? s.sum / s.n : null);

export function buildResults(
  pilot: PilotForResults,
  stats: Map<string, VariantSufficientStats>,
  at: Date,
): PilotResults {
  const variants = [...pilot.variants].sort((a, b) => a.position - b.position);
  const empty: VariantSufficientStats = {
    variantId: "",
    participants: 0,
    exposures: 0,
    csat: { n: 0, sum: 0, sumSquares: 0, satisfied: 0 },
    nps: { n: 0, promoters: 0, passives: 0, detractors: 0 },
    ces: { n: 0, sum: 0, sumSquares: 0 },
    comments: 0,
  };
  const of = (id: string) => stats.get(id) ?? empty;
  const control = variants.find((v) => v.isControl);
  const c = control ? of(control.id) : empty;

  const raw: { variantId: string; comparison: Omit<MetricComparison, "adjustedPValue" | "verdict"> }[] = [];
  for (const v of variants) {
    if (v.isControl || !control) continue;
    const t = of(v.id);
    const options = { engine: "frequentist" as const, alpha: RESULTS_ALPHA };
    const push = (metric: MetricKey, difference: "relative" | "absolute", r: ReturnType<typeof compareVariants>) =>
      raw.push({
        variantId: v.id,
        comparison: {
          metric,
          difference,
          estimate: r.estimate,
          intervalLow: r.interval[0],
          intervalHigh: r.interval[1],
          pValue: r.pValue ?? 1,
          error: r.error ?? null,
        },
      });
    push(
      "csat",
      "relative",
      compareVariants(
        { type: "mean", n: c.csat.n, sum: c.csat.sum, sumSquares: c.csat.sumSquares },
        { type: "mean", n: t.csat.n, sum: t.csat.sum, sumSquares: t.csat.sumSquares },
        { ...options, difference: "relative" },
      ),
    );
    push(
      "satisfied",
      "relative",
      compareVariants(
        { type: "proportion", n: c.csat.n, sum: c.csat.satisfied },
        { type: "proportion", n: t.csat.n, sum: t.csat.satisfied },
        { ...options, difference: "relative" },
      ),
    );
    push("nps", "absolute", compareNps(npsCounts(c), npsCounts(t), { ...options, difference: "absolute" }));
    push(
      "ces",
      "relative",
      compareVariants(
        { type: "mean", n: c.ces.n, sum: c.ces.sum, sumSquares: c.ces.sumSquares },
        { type: "mean", n: t.ces.n, sum: t.ces.sum, sumSquares: t.ces.sumSquares },
        { ...options, difference: "relative", inverse: true },
      ),
    );
  }
  const adjusted = raw.length
    ? adjustPValues(
        raw.map((r) => r.comparison.pValue),
        "holm-bonferroni",
      )
    : [];
  const comparisons = raw.map((r, i) => {
    const adjustedPValue = adjusted[i] ?? 1;
    const better = METRICS[r.comparison.metric].lowerIsBetter ? r.comparison.estimate < 0 : r.comparison.estimate > 0;
    const verdict: MetricComparison["verdict"] =
      r.comparison.error || adjustedPValue >= RESULTS_ALPHA ? "INCONCLUSIVE" : better ? "BETTER" : "WORSE";
    return { variantId: r.variantId, comparison: { ...r.comparison, adjustedPValue, verdict } };
  });

  const counts = variants.map((v) => of(v.id).participants);
  const totalParticipants = counts.reduce((a, b) => a + b, 0);
  const srm =
    totalParticipants > 0
      ? srmPValue(
          counts,
          variants.map((v) => v.weight),
        )
      : 1;
  return {
    pilotId: pilot.id,
    computedAt: at.toISOString(),
    primaryMetric: pilot.primaryMetric,
    alpha: RESULTS_ALPHA,
    srmPValue: srm,
    srmHealthy: srm >= SRM_ALPHA,
    totalParticipants,
    totalResponses: variants.reduce((total, v) => total + Math.max(of(v.id).csat.n, of(v.id).nps.n, of(v.id).ces.n), 0),
    variants: variants.map((v) => {
      const s = of(v.id);
      return {
        variantId: v.id,
        key: v.key,
        name: v.name,
        isControl: v.isControl,
        weight: v.weight,
        participants: s.participants,
        exposures: s.exposures,
        csatN: s.csat.n,
        csatMean: mean(s.csat),
        satisfiedShare: s.csat.n > 0 ? s.csat.satisfied / s.csat.n : null,
        npsN: s.nps.n,
        nps: s.nps.n > 0 ? npsScore(npsCounts(s)) : null,
        cesN: s.ces.n,
        cesMean: mean(s.ces),
        comments: s.comments,
        comparisons: comparisons.filter((x) => x.variantId === v.id).map((x) => x.comparison),
      };
    }),
  };
}

function npsCounts(s: VariantSufficientStats) {
  return { promoters: s.nps.promoters, passives: s.nps.passives, detractors: s.nps.detractors };
}

export type ResultsServiceDeps = { db: Db; clock: Clock };

export function createResultsService({ db, clock }: ResultsServiceDeps) {
  async function forPilot(pilot: PilotForResults, tx: Db = db): Promise<PilotResults> {
    return buildResults(pilot, await variantSufficientStats(tx, pilot.id), clock.now());
  }
  return { forPilot };
}

export type ResultsService = ReturnType<typeof createResultsService>;
