import {
  adjustPValues,
  type CompareResult,
  compareNps,
  compareVariants,
  daysRemaining,
  type MetricEvidence,
  nonInferiority,
  npsScore,
  recommend,
  sampleSizePerArm,
  srmPValue,
} from "@policy-pilot/experiments";
import type { Db } from "../../db/create-db.js";
import type { Clock } from "../../lib/clock.js";
import { emptyStats, type VariantSufficientStats, variantSufficientStats } from "./results.read-model.js";

/** Significance level for the results page; the SRM check uses GrowthBook's stricter default. */
export const RESULTS_ALPHA = 0.05;
export const SRM_ALPHA = 0.001;
/**
 * Results are read every day, so comparisons use always-valid (sequential) intervals. The tuning parameter should be
 * near the sample a pilot expects (GrowthBook's default of 5000 suits web traffic; our pilots see hundreds to a few
 * thousand responses). See docs/adr/0012-results-are-sequential.md.
 */
export const SEQUENTIAL_TUNING = 1000;
/** The lift a pilot is sized to detect on its primary metric (relative), for "keep running about N days". */
export const DEFAULT_MDE = 0.05;
/** Customer effort is the guardrail: a treatment may not raise it by more than this share. */
export const EFFORT_GUARDRAIL_MARGIN = 0.05;

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

export type Recommendation = {
  action: "SHIP" | "KEEP_CONTROL" | "NO_DIFFERENCE" | "KEEP_RUNNING" | "UNHEALTHY";
  variantKey: string | null;
  headline: string;
  reasons: string[];
};

export type PilotResults = {
  pilotId: string;
  sequential: boolean;
  recommendation: Recommendation;
  requiredPerArm: number | null;
  daysRemaining: number | null;
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
  startedAt: Date | null;
  variants: { id: string; key: string; name: string; isControl: boolean; weight: number; position: number }[];
};

const mean = (s: { n: number; sum: number }) => (s.n > 0 ? s.sum / s.n : null);

export function buildResults(
  pilot: PilotForResults,
  stats: Map<string, VariantSufficientStats>,
  at: Date,
): PilotResults {
  const variants = [...pilot.variants].sort((a, b) => a.position - b.position);
  const of = (id: string) => stats.get(id) ?? emptyStats(id);
  const control = variants.find((v) => v.isControl);
  const c = control ? of(control.id) : emptyStats("");

  const raw: { variantId: string; comparison: Omit<MetricComparison, "adjustedPValue" | "verdict"> }[] = [];
  for (const v of variants) {
    if (v.isControl || !control) continue;
    const t = of(v.id);
    const options = { engine: "frequentist" as const, alpha: RESULTS_ALPHA, sequential: { tuning: SEQUENTIAL_TUNING } };
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
  const guidance = recommendation(pilot, variants, c, of, raw, at, counts);
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
    sequential: true,
    recommendation: guidance.recommendation,
    requiredPerArm: guidance.requiredPerArm,
    daysRemaining: guidance.daysRemaining,
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

const ACTIONS = {
  ship: "SHIP",
  "keep-control": "KEEP_CONTROL",
  "no-difference": "NO_DIFFERENCE",
  "keep-running": "KEEP_RUNNING",
  unhealthy: "UNHEALTHY",
} as const;

/** The plain-words recommendation: CSAT primary, satisfied share and NPS secondary, customer effort as guardrail. */
function recommendation(
  pilot: PilotForResults,
  variants: PilotForResults["variants"],
  control: VariantSufficientStats,
  of: (id: string) => VariantSufficientStats,
  raw: { variantId: string; comparison: Omit<MetricComparison, "adjustedPValue" | "verdict"> }[],
  at: Date,
  counts: number[],
): { recommendation: Recommendation; requiredPerArm: number | null; daysRemaining: number | null } {
  const treatments = variants.filter((v) => !v.isControl);
  const keyOf = new Map(variants.map((v) => [v.id, v.key]));
  const asResult = (metric: MetricKey): Record<string, CompareResult> =>
    Object.fromEntries(
      raw
        .filter((r) => r.comparison.metric === metric)
        .map((r) => [
          keyOf.get(r.variantId)!,
          {
            estimate: r.comparison.estimate,
            interval: [r.comparison.intervalLow, r.comparison.intervalHigh] as [number, number],
            standardError: 0,
            pValue: r.comparison.pValue,
            ...(r.comparison.error ? { error: r.comparison.error } : {}),
          },
        ]),
    );
  const ces = (s: VariantSufficientStats) => ({
    type: "mean" as const,
    n: s.ces.n,
    sum: s.ces.sum,
    sumSquares: s.ces.sumSquares,
  });
  const metrics: MetricEvidence[] = [
    { key: "csat", label: "CSAT", role: "primary", comparisons: asResult("csat") },
    { key: "satisfied", label: "satisfied share", role: "secondary", comparisons: asResult("satisfied") },
    { key: "nps", label: "NPS (points)", role: "secondary", difference: "absolute", comparisons: asResult("nps") },
    {
      key: "ces",
      label: "customer effort",
      role: "guardrail",
      inverse: true,
      comparisons: asResult("ces"),
      guardrails: Object.fromEntries(
        treatments.map((t) => [
          t.key,
          nonInferiority(ces(control), ces(of(t.id)), { margin: EFFORT_GUARDRAIL_MARGIN, inverse: true }),
        ]),
      ),
    },
  ];
  // Planned sample: enough CSAT responses per arm to detect DEFAULT_MDE, at the control's observed mean and variance.
  let requiredPerArm: number | null = null;
  let days: number | null = null;
  const csatMean = control.csat.n > 1 ? control.csat.sum / control.csat.n : 0;
  const csatVariance =
    control.csat.n > 1 ? (control.csat.sumSquares - control.csat.sum ** 2 / control.csat.n) / (control.csat.n - 1) : 0;
  const responseRate = control.participants > 0 ? control.csat.n / control.participants : 0;
  if (csatMean > 0 && csatVariance > 0 && responseRate > 0) {
    const responses = sampleSizePerArm({
      baselineMean: csatMean,
      variance: csatVariance,
      relativeMde: DEFAULT_MDE,
    }).unitsPerArm;
    requiredPerArm = Math.ceil(responses / responseRate);
    const runningDays = pilot.startedAt ? Math.max(1, (at.getTime() - pilot.startedAt.getTime()) / 86_400_000) : 1;
    const total = counts.reduce((a, b) => a + b, 0);
    days = daysRemaining({
      requiredPerArm,
      currentPerArm: counts,
      weights: variants.map((v) => v.weight),
      unitsPerDay: total / runningDays,
    });
  }
  const minParticipants = counts.length ? Math.min(...counts) : 0;
  const result = recommend({
    treatments: treatments.map((t) => t.key),
    metrics,
    srmPValue:
      counts.reduce((a, b) => a + b, 0) > 0
        ? srmPValue(
            counts,
            variants.map((v) => v.weight),
          )
        : 1,
    alpha: RESULTS_ALPHA,
    ...(requiredPerArm !== null && days !== null
      ? { progress: { requiredPerArm, currentPerArm: minParticipants, daysRemaining: days } }
      : {}),
  });
  return {
    recommendation: {
      action: ACTIONS[result.action],
      variantKey: result.variant,
      headline: result.headline,
      reasons: result.reasons,
    },
    requiredPerArm,
    daysRemaining: days === null || !Number.isFinite(days) ? null : days,
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
