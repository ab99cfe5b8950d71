import { type Analysis, DEFAULT_DESIGN, formatPValue, type PilotDesign, type Verdict } from "@policy-pilot/experiments";
import { ENGINE_ENUM } from "../pilots/pilot-design.js";
import { resultsCsv } from "./results.csv.js";
import type { PilotResults } from "./results.service.js";

/** What the API shows of a pilot's results: a mapping of the one analysis, nothing computed here (ADR 0021). */
export type ComparisonView = {
  metric: string;
  role: string;
  difference: "relative" | "absolute";
  estimate: number;
  intervalLow: number;
  intervalHigh: number;
  pValue: number | null;
  adjustedPValue: number | null;
  pValueText: string | null;
  adjustedPValueText: string | null;
  chanceToWin: number | null;
  riskIfShipped: number | null;
  riskIfKept: number | null;
  verdict: Verdict;
  error: string | null;
  errorCode: string | null;
  guardrailMargin: number | null;
  guardrailBound: number | null;
};

export type VariantView = {
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
  values: { metric: string; n: number; value: number | null }[];
  comparisons: ComparisonView[];
};

export type DesignView = {
  primaryMetric: string;
  secondaryMetrics: string[];
  guardrails: { metric: string; margin: number }[];
  alpha: number;
  engine: "SEQUENTIAL" | "FIXED_HORIZON" | "BAYESIAN";
  priorMean: number | null;
  priorVariance: number | null;
  mde: number;
  power: number;
};

export type ResultsView = {
  computedAt: string;
  engine: DesignView["engine"];
  sequential: boolean;
  alpha: number;
  correction: string;
  primaryMetric: string;
  design: DesignView;
  recommendation: {
    action: "SHIP" | "KEEP_CONTROL" | "NO_DIFFERENCE" | "KEEP_RUNNING" | "UNHEALTHY";
    variantKey: string | null;
    headline: string;
    reasons: string[];
    reasonDetails: { code: string; text: string; metric: string | null; variantKey: string | null }[];
  } | null;
  requiredPerArm: number | null;
  daysRemaining: number | null;
  plannedSampleReached: boolean | null;
  srmPValue: number;
  srmHealthy: boolean;
  healthStatus: string;
  healthChecks: { code: string; status: string; pValue: number | null; text: string }[];
  phases: {
    number: number;
    startedAt: string | null;
    pValue: number;
    arms: { key: string; weight: number; participants: number }[];
  }[];
  totalParticipants: number;
  totalResponses: number;
  metrics: {
    key: string;
    label: string;
    role: string;
    inverse: boolean;
    difference: string;
    display: string;
    margin: number | null;
  }[];
  variants: VariantView[];
  csv: string;
};

const ACTIONS = {
  ship: "SHIP",
  "keep-control": "KEEP_CONTROL",
  "no-difference": "NO_DIFFERENCE",
  "keep-running": "KEEP_RUNNING",
  unhealthy: "UNHEALTHY",
} as const;

export function designView(design: PilotDesign): DesignView {
  return {
    primaryMetric: design.primaryMetric,
    secondaryMetrics: [...design.secondaryMetrics],
    guardrails: design.guardrails.map((g) => ({ metric: g.metric, margin: g.margin })),
    alpha: design.alpha,
    engine: ENGINE_ENUM[design.engine],
    priorMean: design.prior?.mean ?? null,
    priorVariance: design.prior?.variance ?? null,
    mde: design.mde,
    power: design.power,
  };
}

function value(a: Analysis["arms"][number], metric: string) {
  return a.metrics.find((m) => m.metric === metric) ?? { metric, n: 0, value: null };
}

/** Maps stored results (computed now or frozen in a decision) to the API's shape. */
export function resultsView(results: PilotResults | LegacyResults): ResultsView {
  if ((results as PilotResults).schema !== 2) return legacyView(results as LegacyResults);
  const { analysis } = results as PilotResults;
  const r = results as PilotResults;
  const view: Omit<ResultsView, "csv"> = {
    computedAt: r.computedAt,
    engine: ENGINE_ENUM[analysis.engine],
    sequential: analysis.engine === "sequential",
    alpha: analysis.alpha,
    correction: analysis.correction,
    primaryMetric: analysis.design.primaryMetric,
    design: designView(analysis.design),
    recommendation: {
      action: ACTIONS[analysis.recommendation.action],
      variantKey: analysis.recommendation.variant,
      headline: analysis.recommendation.headline,
      reasons: analysis.recommendation.reasons.map((x) => x.text),
      reasonDetails: analysis.recommendation.reasons.map((x) => ({
        code: x.code,
        text: x.text,
        metric: x.metric,
        variantKey: x.variant,
      })),
    },
    requiredPerArm: analysis.progress?.requiredPerArm ?? null,
    daysRemaining: analysis.progress?.daysRemaining ?? null,
    plannedSampleReached: analysis.progress?.reached ?? null,
    srmPValue: analysis.health.srm.pValue,
    srmHealthy: analysis.health.srm.healthy,
    healthStatus: analysis.health.status,
    healthChecks: analysis.health.checks.map((c) => ({ ...c })),
    phases: analysis.health.srm.phases.map((p) => ({
      number: p.number,
      startedAt: p.startedAt,
      pValue: p.pValue,
      arms: analysis.arms.map((a, i) => ({ key: a.key, weight: p.weights[i] ?? 0, participants: p.counts[i] ?? 0 })),
    })),
    totalParticipants: r.totalParticipants,
    totalResponses: r.totalResponses,
    metrics: analysis.metrics.map((m) => ({
      key: m.key,
      label: m.label,
      role: m.role,
      inverse: m.inverse,
      difference: m.difference,
      display: m.display,
      margin: m.margin,
    })),
    variants: analysis.arms.map((a) => {
      const csat = value(a, "csat");
      const nps = value(a, "nps");
      const ces = value(a, "ces");
      return {
        variantId: r.variants[a.key]?.variantId ?? a.key,
        key: a.key,
        name: a.name,
        isControl: a.isControl,
        weight: a.weight,
        participants: a.participants,
        exposures: a.exposures,
        csatN: csat.n,
        csatMean: csat.value,
        satisfiedShare: value(a, "satisfied").value,
        npsN: nps.n,
        nps: nps.value,
        cesN: ces.n,
        cesMean: ces.value,
        comments: r.variants[a.key]?.comments ?? 0,
        values: a.metrics.map((m) => ({ ...m })),
        comparisons: analysis.comparisons
          .filter((c) => c.variant === a.key)
          .map((c) => ({
            metric: c.metric,
            role: c.role,
            difference: c.difference,
            estimate: c.estimate,
            intervalLow: c.interval[0],
            intervalHigh: c.interval[1],
            pValue: c.pValue,
            adjustedPValue: c.adjustedPValue,
            pValueText: c.pValue === null ? null : formatPValue(c.pValue),
            adjustedPValueText: c.adjustedPValue === null ? null : formatPValue(c.adjustedPValue),
            chanceToWin: c.chanceToWin,
            riskIfShipped: c.risk?.ship ?? null,
            riskIfKept: c.risk?.keepControl ?? null,
            verdict: c.verdict,
            error: c.error,
            errorCode: c.errorCode,
            guardrailMargin: c.guardrail?.margin ?? null,
            guardrailBound: c.guardrail?.bound ?? null,
          })),
      };
    }),
  };
  return { ...view, csv: resultsCsv(view) };
}

/** Results frozen before designs existed (ADR 0006 / 0012 shape). */
export type LegacyResults = {
  computedAt: string;
  sequential?: boolean;
  recommendation?: {
    action: NonNullable<ResultsView["recommendation"]>["action"];
    variantKey: string | null;
    headline: string;
    reasons: string[];
  };
  requiredPerArm?: number | null;
  daysRemaining?: number | null;
  primaryMetric: string;
  alpha: number;
  srmPValue: number;
  srmHealthy: boolean;
  totalParticipants: number;
  totalResponses: number;
  variants: (Omit<VariantView, "values" | "comparisons"> & {
    comparisons: {
      metric: string;
      difference: "relative" | "absolute";
      estimate: number;
      intervalLow: number;
      intervalHigh: number;
      pValue: number;
      adjustedPValue: number;
      verdict: Verdict;
      error: string | null;
    }[];
  })[];
};

function legacyView(old: LegacyResults): ResultsView {
  const design = designView({ ...DEFAULT_DESIGN });
  const view: Omit<ResultsView, "csv"> = {
    computedAt: old.computedAt,
    engine: "SEQUENTIAL",
    sequential: old.sequential ?? false,
    alpha: old.alpha,
    correction: "holm-bonferroni",
    primaryMetric: old.primaryMetric,
    design,
    recommendation: old.recommendation
      ? {
          ...old.recommendation,
          reasonDetails: old.recommendation.reasons.map((text) => ({
            code: "LEGACY",
            text,
            metric: null,
            variantKey: null,
          })),
        }
      : null,
    requiredPerArm: old.requiredPerArm ?? null,
    daysRemaining: old.daysRemaining ?? null,
    plannedSampleReached: null,
    srmPValue: old.srmPValue,
    srmHealthy: old.srmHealthy,
    healthStatus: old.srmHealthy ? "OK" : "FAILED",
    healthChecks: [],
    phases: [],
    totalParticipants: old.totalParticipants,
    totalResponses: old.totalResponses,
    metrics: [],
    variants: old.variants.map((v) => ({
      ...v,
      values: [],
      comparisons: v.comparisons.map((c) => ({
        ...c,
        role: c.metric === "ces" ? "guardrail" : c.metric === old.primaryMetric ? "primary" : "secondary",
        pValueText: formatPValue(c.pValue),
        adjustedPValueText: formatPValue(c.adjustedPValue),
        chanceToWin: null,
        riskIfShipped: null,
        riskIfKept: null,
        errorCode: null,
        guardrailMargin: null,
        guardrailBound: null,
      })),
    })),
  };
  return { ...view, csv: resultsCsv(view) };
}
