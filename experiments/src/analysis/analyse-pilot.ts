import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import { daysRemaining, sampleSizePerArm } from "../power/sample-size.js";
import { armEstimates } from "../stats/arm-estimates.js";
import { compareEffect, compareVariants, type Effect, type NoEffect } from "../stats/compare-variants.js";
import { InvalidStatError } from "../stats/moments.js";
import { adjustPValues, rateImbalancePValue, SRM_THRESHOLD, srmPValue } from "../stats/srm-and-corrections.js";
import type { CompareOptions, CompareResult, MetricStat } from "../stats/types.js";
import { designIssues, type Engine, type PilotDesign, SEQUENTIAL_TUNING } from "./design.js";
import { formatEffect, formatPValue, formatShare } from "./format.js";
import { METRICS, type MetricKey, type MetricSpec } from "./metrics.js";

/** A quantile of durations in one arm (quantileEstimate's output): n values, the quantile and its standard error. */
export type QuantileStat = { type: "quantile"; n: number; quantile: number; standardError: number };
/** What an arm brings for one metric: sufficient statistics, or a quantile estimate. */
export type ArmStat = MetricStat | QuantileStat;

export type AnalysisArm = {
  key: string;
  name: string;
  isControl: boolean;
  /** Today's weight (the last phase's). */
  weight: number;
  participants: number;
  exposures: number;
  /** Per metric of the design; a missing metric has no data yet. */
  metrics: Partial<Record<MetricKey, ArmStat>>;
};

/** One period of constant weights: the weights in force and the participants assigned during it, in arms' order. */
export type AnalysisPhase = { number: number; startedAt: string | null; weights: number[]; counts: number[] };

/** Successes of trials per arm (arms' order): answered of invited, opted out of assigned. */
export type RateCounts = { successes: number[]; trials: number[] };

export type AnalysisInput = {
  design: PilotDesign;
  /** AGENT: ratio metrics are analysed over agents with the small-sample cluster correction (ADR 0017). */
  unit: "CUSTOMER" | "AGENT";
  /** Control first or anywhere; exactly one arm is the control. */
  arms: AnalysisArm[];
  /** At least one; the sample-ratio check runs per phase. */
  phases: AnalysisPhase[];
  /** Days since the pilot started (for "about N more days"); null when it has not started. */
  daysRunning: number | null;
  responses?: RateCounts;
  withdrawals?: RateCounts;
};

export type MetricRole = "primary" | "secondary" | "guardrail";
export type Verdict = "BETTER" | "WORSE" | "INCONCLUSIVE" | "WITHIN_MARGIN" | "HARMED";

export type Comparison = {
  metric: MetricKey;
  role: MetricRole;
  /** The treatment's key. */
  variant: string;
  difference: "relative" | "absolute";
  estimate: number;
  interval: [number, number];
  /** Frequentist engines; null for Bayesian. */
  pValue: number | null;
  /** Holm–Bonferroni over the family (every treatment × primary and secondary metric); null for guardrails and Bayesian. */
  adjustedPValue: number | null;
  /** Bayesian: P(treatment better than control). */
  chanceToWin: number | null;
  /** Bayesian: expected loss of keeping the control / of shipping the treatment (difference units). */
  risk: { keepControl: number; ship: number } | null;
  verdict: Verdict;
  error: string | null;
  errorCode: string | null;
  /** Guardrails: the margin and the one-sided bound on the harmful side. */
  guardrail: { margin: number; bound: number; withinMargin: boolean } | null;
};

export type ArmSummary = {
  key: string;
  name: string;
  isControl: boolean;
  weight: number;
  participants: number;
  exposures: number;
  /** Per design metric: units with data and the arm's value (mean, share, NPS score, hours); null without data. */
  metrics: { metric: MetricKey; n: number; value: number | null }[];
};

export type HealthStatus = "OK" | "WARNING" | "FAILED";
export type HealthCheck = {
  code: "SAMPLE_RATIO" | "EXPOSURES" | "RESPONSE_RATE" | "WITHDRAWAL_RATE";
  status: HealthStatus;
  pValue: number | null;
  text: string;
};
export type PhaseCheck = AnalysisPhase & { pValue: number };

export type ReasonCode =
  | "SAMPLE_RATIO_MISMATCH"
  | "EXPOSURES_MISSING"
  | "RESPONSE_RATE_IMBALANCE"
  | "WITHDRAWAL_RATE_IMBALANCE"
  | "PRIMARY_BETTER"
  | "PRIMARY_WORSE"
  | "PRIMARY_NO_DIFFERENCE"
  | "PRIMARY_NOT_COMPARABLE"
  | "SECONDARY_BETTER"
  | "SECONDARY_WORSE"
  | "GUARDRAIL_HARMED"
  | "GUARDRAIL_NOT_SHOWN"
  | "FIXED_HORIZON_EARLY"
  | "PLANNED_SAMPLE_NOT_REACHED"
  | "PLANNED_SAMPLE_REACHED"
  | "STOPPED_EARLY";
export type Reason = { code: ReasonCode; text: string; metric: MetricKey | null; variant: string | null };

export type Action = "ship" | "keep-control" | "no-difference" | "keep-running" | "unhealthy";

export type Analysis = {
  design: PilotDesign;
  unit: "CUSTOMER" | "AGENT";
  engine: Engine;
  alpha: number;
  correction: "holm-bonferroni" | "none";
  metrics: (MetricSpec & { role: MetricRole; margin: number | null })[];
  arms: ArmSummary[];
  comparisons: Comparison[];
  health: {
    status: HealthStatus;
    /** Bonferroni over phases: min(1, k · min pᵢ) with k the phases that have participants. */
    srm: { pValue: number; healthy: boolean; phases: PhaseCheck[] };
    checks: HealthCheck[];
  };
  /** The planned sample of the primary metric; null until the control has data to size it. */
  progress: { requiredPerArm: number; currentPerArm: number; daysRemaining: number | null; reached: boolean } | null;
  recommendation: { action: Action; variant: string | null; headline: string; reasons: Reason[] };
};

/**
 * The one analysis of a pilot: every comparison of its design's metrics, one multiple-comparison family, verdicts,
 * health checks and the recommendation with its reasons (codes and words). Pure; every page, the CSV export and
 * the frozen snapshot of a decision read its result.
 *
 * - Comparisons: compareVariants per treatment × metric with the design's engine (sequential intervals with
 *   tuning SEQUENTIAL_TUNING, fixed-horizon Welch t, or Bayesian with the design's prior); quantiles by a normal
 *   approximation on the estimates' standard errors; ratio metrics (over agents or raters) with
 *   `smallSampleClusters`.
 * - Family: Holm–Bonferroni over every treatment × (primary + secondary) metric, including comparisons without data
 *   (p = 1): the family is the design's, not the data's. Guardrails are tested for non-inferiority at α and stay out
 *   of the family; Bayesian verdicts use chance to win ≥ 1 − α (no correction, as GrowthBook).
 * - Guardrail verdicts: HARMED when significantly worse, or when the estimate is worse than the margin; WITHIN_MARGIN
 *   when the one-sided (1 − α) bound clears the margin; otherwise INCONCLUSIVE. A HARMED guardrail blocks shipping.
 * - Health: sample ratio per phase against that phase's weights, Bonferroni across phases (FAILED below
 *   SRM_THRESHOLD: the recommendation is "unhealthy"); exposures vs assignments; response and withdrawal rates per
 *   arm (WARNING below SRM_THRESHOLD).
 * - Recommendation: unhealthy → fixed-horizon before the planned sample: keep running → ship the best primary
 *   winner that harms no guardrail → keep control when every treatment is worse or harms a guardrail → keep running
 *   until the planned sample → no difference.
 *
 * @throws InvalidStatError on an invalid design (designIssues), no or several control arms, or phases whose weights
 *   or counts do not list every arm.
 * @example
 * const arm = (key: string, sum: number) => ({ key, name: key, isControl: key === "control", weight: 0.5,
 *   participants: 500, exposures: 500, metrics: { csat: { type: "mean" as const, n: 400, sum, sumSquares: sum * 4.4 } } });
 * analysePilot({ design: { ...DEFAULT_DESIGN, secondaryMetrics: [], guardrails: [] }, unit: "CUSTOMER", daysRunning: 10,
 *   arms: [arm("control", 1520), arm("b", 1640)], phases: [{ number: 1, startedAt: null, weights: [0.5, 0.5], counts: [500, 500] }],
 * }).recommendation.action; // "ship"
 */
export function analysePilot(input: AnalysisInput): Analysis {
  const { design, arms } = input;
  const issues = designIssues(design);
  if (issues.length > 0) {
    throw new InvalidStatError(`design: ${issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  }
  const controls = arms.filter((a) => a.isControl);
  if (controls.length !== 1) throw new InvalidStatError(`need exactly one control arm; got ${controls.length}.`);
  for (const phase of input.phases) {
    if (phase.weights.length !== arms.length || phase.counts.length !== arms.length) {
      throw new InvalidStatError(
        `phase ${phase.number} must list a weight and a count for each of ${arms.length} arms.`,
      );
    }
  }
  const control = controls[0]!;
  const treatments = arms.filter((a) => !a.isControl);
  const alpha = design.alpha;
  const metrics = designMetrics(design);

  // Comparisons, then one family.
  const comparisons: Comparison[] = [];
  for (const m of metrics) {
    for (const t of treatments) comparisons.push(compareArm(input, m, control, t));
  }
  const bayesian = design.engine === "bayesian";
  const family = comparisons.filter((c) => c.role !== "guardrail" && c.pValue !== null);
  if (!bayesian && family.length > 0) {
    const adjusted = adjustPValues(
      family.map((c) => c.pValue!),
      "holm-bonferroni",
    );
    family.forEach((c, i) => {
      c.adjustedPValue = adjusted[i]!;
    });
  }
  for (const c of comparisons) if (c.role !== "guardrail") c.verdict = testedVerdict(c, metrics, alpha, bayesian);

  const health = healthOf(input);
  const progress = progressOf(input, control);
  return {
    design,
    unit: input.unit,
    engine: design.engine,
    alpha,
    correction: bayesian ? "none" : "holm-bonferroni",
    metrics,
    arms: arms.map((a) => summarise(a, metrics)),
    comparisons,
    health,
    progress,
    recommendation: recommendFrom(input, metrics, comparisons, health, progress),
  };
}

function designMetrics(design: PilotDesign): Analysis["metrics"] {
  return [
    { ...METRICS[design.primaryMetric], role: "primary" as const, margin: null },
    ...design.secondaryMetrics.map((k) => ({ ...METRICS[k], role: "secondary" as const, margin: null })),
    ...design.guardrails.map((g) => ({ ...METRICS[g.metric], role: "guardrail" as const, margin: g.margin })),
  ];
}

function compareOptions(design: PilotDesign, m: MetricSpec): CompareOptions {
  const base = { difference: m.difference, alpha: design.alpha, inverse: m.inverse };
  if (design.engine === "bayesian")
    return { ...base, engine: "bayesian", ...(design.prior ? { prior: design.prior } : {}) };
  if (design.engine === "sequential")
    return { ...base, engine: "frequentist", sequential: { tuning: SEQUENTIAL_TUNING } };
  return { ...base, engine: "frequentist" };
}

/** The difference of two quantile estimates (normal approximation, delta method for relative). */
function quantileEffect(c: QuantileStat, t: QuantileStat, difference: "relative" | "absolute"): Effect | NoEffect {
  const zero = "ZERO_NEGATIVE_VARIANCE" as const;
  if (c.n < 2 || t.n < 2)
    return { error: "Each arm needs at least 2 values before it can be compared.", errorCode: zero };
  if (c.standardError <= 0 && t.standardError <= 0)
    return { error: "Both arms have no spread around that quantile.", errorCode: zero };
  const df = c.n + t.n - 2;
  if (difference === "absolute")
    return { estimate: t.quantile - c.quantile, variance: c.standardError ** 2 + t.standardError ** 2, df };
  if (c.quantile === 0)
    return {
      error: "The control quantile is 0, so a relative difference is undefined.",
      errorCode: "ZERO_NEGATIVE_BASELINE_VARIATION",
    };
  return {
    estimate: (t.quantile - c.quantile) / Math.abs(c.quantile),
    variance: t.standardError ** 2 / c.quantile ** 2 + (t.quantile ** 2 * c.standardError ** 2) / c.quantile ** 4,
    df,
  };
}

function compare(c: ArmStat, t: ArmStat, options: CompareOptions): CompareResult {
  if (c.type === "quantile" || t.type === "quantile") {
    if (c.type !== "quantile" || t.type !== "quantile")
      throw new InvalidStatError(`Both arms must have the same metric type; got ${c.type} and ${t.type}.`);
    return compareEffect(quantileEffect(c, t, options.difference), options, c.n + t.n);
  }
  // Ratio metrics are clustered (agents, raters): always with the small-sample correction (ADR 0017).
  return compareVariants(c, t, { ...options, ...(c.type === "ratio" ? { smallSampleClusters: true } : {}) });
}

function compareArm(
  input: AnalysisInput,
  m: Analysis["metrics"][number],
  control: AnalysisArm,
  treatment: AnalysisArm,
): Comparison {
  const { design } = input;
  const base = {
    metric: m.key,
    role: m.role,
    variant: treatment.key,
    difference: m.difference,
    adjustedPValue: null,
    verdict: "INCONCLUSIVE" as Verdict,
  };
  const c = control.metrics[m.key];
  const t = treatment.metrics[m.key];
  const bayesian = design.engine === "bayesian";
  if (!c || !t) {
    return {
      ...base,
      estimate: 0,
      interval: [0, 0],
      pValue: bayesian ? null : 1,
      chanceToWin: bayesian ? 0.5 : null,
      risk: null,
      error: "No data yet in both arms.",
      errorCode: "NO_DATA",
      guardrail: m.margin === null ? null : { margin: m.margin, bound: 0, withinMargin: false },
    };
  }
  const options = compareOptions(design, m);
  const r = compare(c, t, options);
  const comparison: Comparison = {
    ...base,
    estimate: r.estimate,
    interval: r.interval,
    pValue: bayesian ? null : (r.pValue ?? 1),
    chanceToWin: bayesian ? (r.chanceToWin ?? 0.5) : null,
    risk: bayesian && r.risk ? { keepControl: r.risk[0], ship: r.risk[1] } : null,
    error: r.error ?? null,
    errorCode: r.errorCode ?? null,
    guardrail: null,
  };
  if (m.margin !== null) guardrailTest(comparison, c, t, options, m.margin, m.inverse);
  return comparison;
}

/** Non-inferiority of a guardrail with the design's engine: the one-sided (1 − α) bound on the harmful side. */
function guardrailTest(
  comparison: Comparison,
  c: ArmStat,
  t: ArmStat,
  options: CompareOptions,
  margin: number,
  inverse: boolean,
): void {
  if (comparison.error) {
    comparison.guardrail = { margin, bound: 0, withinMargin: false };
    return;
  }
  let bound: number;
  if (options.engine === "bayesian") {
    const r = compare(c, t, options);
    const z = normalQuantile(1 - (options.alpha ?? 0.05), 0, 1);
    bound = inverse ? r.estimate + z * r.standardError : r.estimate - z * r.standardError;
  } else {
    const r = compare(c, t, { ...options, alternative: inverse ? "less" : "greater" });
    bound = inverse ? r.interval[1] : r.interval[0];
  }
  const withinMargin = inverse ? bound < margin : bound > -margin;
  const harmBeyondMargin = inverse ? comparison.estimate > margin : comparison.estimate < -margin;
  const worse = inverse ? comparison.estimate > 0 : comparison.estimate < 0;
  const significant =
    options.engine === "bayesian"
      ? (comparison.chanceToWin ?? 0.5) <= (options.alpha ?? 0.05)
      : (comparison.pValue ?? 1) < (options.alpha ?? 0.05);
  comparison.guardrail = { margin, bound, withinMargin };
  comparison.verdict =
    harmBeyondMargin || (worse && significant) ? "HARMED" : withinMargin ? "WITHIN_MARGIN" : "INCONCLUSIVE";
}

function testedVerdict(c: Comparison, metrics: Analysis["metrics"], alpha: number, bayesian: boolean): Verdict {
  if (c.error) return "INCONCLUSIVE";
  const m = metrics.find((x) => x.key === c.metric)!;
  const good = m.inverse ? c.estimate < 0 : c.estimate > 0;
  if (bayesian) {
    const win = c.chanceToWin ?? 0.5;
    return win >= 1 - alpha ? "BETTER" : win <= alpha ? "WORSE" : "INCONCLUSIVE";
  }
  if ((c.adjustedPValue ?? 1) >= alpha) return "INCONCLUSIVE";
  return good ? "BETTER" : "WORSE";
}

/** An arm's value of a metric: the mean (NPS: score), share, ratio, or quantile. */
function armValue(stat: ArmStat): { n: number; value: number | null } {
  switch (stat.type) {
    case "mean":
    case "proportion":
      return { n: stat.n, value: stat.n > 0 ? stat.sum / stat.n : null };
    case "ratio":
      return { n: stat.n, value: stat.denominator.sum > 0 ? stat.numerator.sum / stat.denominator.sum : null };
    case "cuped":
      return { n: stat.n, value: stat.post.n > 0 ? stat.post.sum / stat.post.n : null };
    case "quantile":
      return { n: stat.n, value: stat.n > 0 ? stat.quantile : null };
  }
}

function summarise(arm: AnalysisArm, metrics: Analysis["metrics"]): ArmSummary {
  return {
    key: arm.key,
    name: arm.name,
    isControl: arm.isControl,
    weight: arm.weight,
    participants: arm.participants,
    exposures: arm.exposures,
    metrics: metrics.map((m) => {
      const stat = arm.metrics[m.key];
      return { metric: m.key, ...(stat ? armValue(stat) : { n: 0, value: null }) };
    }),
  };
}

function healthOf(input: AnalysisInput): Analysis["health"] {
  const phases: PhaseCheck[] = input.phases.map((p) => ({ ...p, pValue: srmPValue(p.counts, p.weights) }));
  const tested = phases.filter((p) => p.counts.reduce((a, b) => a + b, 0) > 0);
  const minP = tested.length ? Math.min(...tested.map((p) => p.pValue)) : 1;
  const srmP = Math.min(1, tested.length * minP);
  const healthy = srmP >= SRM_THRESHOLD;
  const checks: HealthCheck[] = [
    {
      code: "SAMPLE_RATIO",
      status: healthy ? "OK" : "FAILED",
      pValue: srmP,
      text: healthy
        ? `Participants per arm match the weights of each phase (p ${formatPValue(srmP)}).`
        : `Participants per arm differ from the weights more than chance allows (p ${formatPValue(srmP)}${
            phases.length > 1 ? `, worst in phase ${tested.find((p) => p.pValue === minP)?.number}` : ""
          }): check the assignment before trusting any result.`,
    },
  ];
  const short = input.arms.filter((a) => a.exposures < a.participants);
  checks.push({
    code: "EXPOSURES",
    status: short.length ? "WARNING" : "OK",
    pValue: null,
    text: short.length
      ? `${short.map((a) => `${a.key}: ${a.participants} participants, ${a.exposures} exposures`).join("; ")} — some assignments were never applied to a ticket.`
      : "Every arm was applied at least as often as it has participants.",
  });
  const rate = (code: "RESPONSE_RATE" | "WITHDRAWAL_RATE", counts: RateCounts | undefined, what: string) => {
    if (!counts) return;
    const p = rateImbalancePValue(counts.successes, counts.trials);
    const shares = counts.successes.map((s, i) => (counts.trials[i] ? s / counts.trials[i]! : 0));
    const listed = input.arms.map((a, i) => `${a.key} ${formatShare(shares[i] ?? 0)}`).join(", ");
    checks.push({
      code,
      status: p < SRM_THRESHOLD ? "WARNING" : "OK",
      pValue: p,
      text:
        p < SRM_THRESHOLD
          ? `Arms ${what} at different rates (${listed}; p ${formatPValue(p)}): survey metrics may be biased.`
          : `Arms ${what} at similar rates (${listed}).`,
    });
  };
  rate("RESPONSE_RATE", input.responses, "answer surveys");
  rate("WITHDRAWAL_RATE", input.withdrawals, "opt out");
  const status: HealthStatus = checks.some((c) => c.status === "FAILED")
    ? "FAILED"
    : checks.some((c) => c.status === "WARNING")
      ? "WARNING"
      : "OK";
  return { status, srm: { pValue: srmP, healthy, phases }, checks };
}

/** Mean and variance per unit of the primary metric in the control, for sizing. */
function unitMoments(stat: ArmStat): { mean: number; variance: number } | null {
  if (stat.type === "quantile") {
    return stat.n > 1 ? { mean: stat.quantile, variance: stat.standardError ** 2 * stat.n } : null;
  }
  if (stat.n < 2) return null;
  const [c] = armEstimates(stat, stat);
  return { mean: c.a, variance: c.unitVariance };
}

function progressOf(input: AnalysisInput, control: AnalysisArm): Analysis["progress"] {
  const { design } = input;
  const m = METRICS[design.primaryMetric];
  const stat = control.metrics[design.primaryMetric];
  if (!stat || control.participants === 0) return null;
  const moments = unitMoments(stat);
  if (!moments || !(moments.variance > 0) || (m.difference === "relative" && moments.mean === 0)) return null;
  const perUnit = sampleSizePerArm({
    baselineMean: m.difference === "absolute" ? 1 : moments.mean,
    variance: moments.variance,
    relativeMde: design.mde,
    alpha: design.alpha,
    power: design.power,
  }).unitsPerArm;
  // Metric units (responses, agents) per participant in the control.
  const rate = stat.n / control.participants;
  if (!(rate > 0)) return null;
  const requiredPerArm = Math.ceil(perUnit / rate);
  const current = input.arms.map((a) => a.participants);
  const currentPerArm = Math.min(...current);
  const total = current.reduce((a, b) => a + b, 0);
  const days =
    input.daysRunning === null
      ? null
      : daysRemaining({
          requiredPerArm,
          currentPerArm: current,
          weights: input.arms.map((a) => a.weight),
          unitsPerDay: total / Math.max(1, input.daysRunning),
        });
  return {
    requiredPerArm,
    currentPerArm,
    daysRemaining: days === null || !Number.isFinite(days) ? null : days,
    reached: currentPerArm >= requiredPerArm,
  };
}

function evidenceText(c: Comparison, m: MetricSpec): string {
  if (c.chanceToWin !== null) {
    const risk = c.risk ? `, risk ${formatEffect(m, c.risk.ship).replace(/^\+/, "")} if shipped` : "";
    return `${formatEffect(m, c.estimate)}, chance to win ${formatShare(c.chanceToWin)}${risk}`;
  }
  return `${formatEffect(m, c.estimate)}, adjusted p ${formatPValue(c.adjustedPValue ?? c.pValue ?? 1)}`;
}

function recommendFrom(
  input: AnalysisInput,
  metrics: Analysis["metrics"],
  comparisons: Comparison[],
  health: Analysis["health"],
  progress: Analysis["progress"],
): Analysis["recommendation"] {
  const { design } = input;
  const reasons: Reason[] = [];
  const reason = (code: ReasonCode, text: string, metric: MetricKey | null = null, variant: string | null = null) =>
    reasons.push({ code, text, metric, variant });
  for (const check of health.checks) {
    if (check.code === "RESPONSE_RATE" && check.status !== "OK") reason("RESPONSE_RATE_IMBALANCE", check.text);
    if (check.code === "WITHDRAWAL_RATE" && check.status !== "OK") reason("WITHDRAWAL_RATE_IMBALANCE", check.text);
    if (check.code === "EXPOSURES" && check.status !== "OK") reason("EXPOSURES_MISSING", check.text);
  }
  if (!health.srm.healthy) {
    const srm = health.checks.find((c) => c.code === "SAMPLE_RATIO")!;
    return {
      action: "unhealthy",
      variant: null,
      headline: "Unhealthy: the split of participants does not match the weights (sample-ratio mismatch).",
      reasons: [{ code: "SAMPLE_RATIO_MISMATCH", text: srm.text, metric: null, variant: null }, ...reasons],
    };
  }
  const primary = metrics[0]!;
  const treatments = input.arms.filter((a) => !a.isControl).map((a) => a.key);
  const of = (metric: MetricKey, variant: string) =>
    comparisons.find((c) => c.metric === metric && c.variant === variant)!;

  const harmed = new Set<string>();
  for (const g of metrics.filter((m) => m.role === "guardrail")) {
    for (const t of treatments) {
      const c = of(g.key, t);
      const margin = g.difference === "absolute" ? `${g.margin} pts` : formatShare(g.margin ?? 0);
      if (c.verdict === "HARMED") {
        harmed.add(t);
        reason(
          "GUARDRAIL_HARMED",
          `${t} harms the guardrail ${g.label} (${formatEffect(g, c.estimate)}; it may not get worse by more than ${margin}).`,
          g.key,
          t,
        );
      } else if (c.verdict !== "WITHIN_MARGIN") {
        reason(
          "GUARDRAIL_NOT_SHOWN",
          `${t}: ${g.label} is not yet shown to stay within its ${margin} margin${c.error ? ` (${c.error})` : ""}.`,
          g.key,
          t,
        );
      }
    }
  }

  const winners: { t: string; score: number }[] = [];
  const losers = new Set<string>();
  for (const t of treatments) {
    const c = of(primary.key, t);
    if (c.error) {
      reason("PRIMARY_NOT_COMPARABLE", `${t}: ${primary.label} cannot be compared yet (${c.error}).`, primary.key, t);
    } else if (c.verdict === "BETTER") {
      reason("PRIMARY_BETTER", `${t} improves ${primary.label} (${evidenceText(c, primary)}).`, primary.key, t);
      if (!harmed.has(t)) winners.push({ t, score: primary.inverse ? -c.estimate : c.estimate });
    } else if (c.verdict === "WORSE") {
      reason("PRIMARY_WORSE", `${t} worsens ${primary.label} (${evidenceText(c, primary)}).`, primary.key, t);
      losers.add(t);
    } else {
      reason(
        "PRIMARY_NO_DIFFERENCE",
        `${t}: no clear difference on ${primary.label} (${evidenceText(c, primary)}).`,
        primary.key,
        t,
      );
    }
  }
  for (const m of metrics.filter((x) => x.role === "secondary")) {
    for (const t of treatments) {
      const c = of(m.key, t);
      if (c.verdict === "BETTER")
        reason("SECONDARY_BETTER", `${t} improves ${m.label} (${evidenceText(c, m)}).`, m.key, t);
      if (c.verdict === "WORSE")
        reason("SECONDARY_WORSE", `${t} worsens ${m.label} (${evidenceText(c, m)}).`, m.key, t);
    }
  }

  const sample = progress ? `${progress.currentPerArm} of ${progress.requiredPerArm} participants per arm` : null;
  if (design.engine === "fixed-horizon" && !progress?.reached) {
    reason(
      "FIXED_HORIZON_EARLY",
      progress
        ? `Fixed-horizon results are valid only at the planned sample: ${sample} so far${
            progress.daysRemaining !== null ? `, about ${progress.daysRemaining} more days at today's traffic` : ""
          }.`
        : "Fixed-horizon results are valid only at the planned sample, which cannot be sized until the control has answers.",
    );
    return {
      action: "keep-running",
      variant: null,
      headline: progress?.daysRemaining
        ? `Keep running: about ${progress.daysRemaining} more days to the planned sample (fixed horizon).`
        : "Keep running until the planned sample is reached (fixed horizon).",
      reasons,
    };
  }
  if (winners.length > 0) {
    const best = winners.sort((a, b) => b.score - a.score)[0]!;
    if (progress && !progress.reached) {
      reason(
        "STOPPED_EARLY",
        `The planned sample is not reached (${sample}); ${
          design.engine === "sequential"
            ? "sequential intervals stay valid when stopping early"
            : "the posterior is already clear"
        }.`,
      );
    }
    return {
      action: "ship",
      variant: best.t,
      headline: `Ship ${best.t}: it wins on ${primary.label} and harms no guardrail.`,
      reasons,
    };
  }
  const excluded = new Set([...harmed, ...losers]);
  if (treatments.length > 0 && treatments.every((t) => excluded.has(t))) {
    return {
      action: "keep-control",
      variant: null,
      headline: "Keep control: every variant is worse or harms a guardrail.",
      reasons,
    };
  }
  if (!progress?.reached) {
    reason(
      "PLANNED_SAMPLE_NOT_REACHED",
      progress
        ? `${sample} so far.`
        : `The planned sample cannot be sized until the control has ${primary.label} data.`,
    );
    return {
      action: "keep-running",
      variant: null,
      headline:
        progress?.daysRemaining != null
          ? `Keep running: about ${progress.daysRemaining} more days at today's traffic to reach the planned sample.`
          : "Keep running: not enough data yet to reach the planned sample.",
      reasons,
    };
  }
  reason("PLANNED_SAMPLE_REACHED", `The planned sample is reached (${sample}).`);
  return {
    action: "no-difference",
    variant: null,
    headline: `No difference: the planned sample is reached and no variant is better on ${primary.label}.`,
    reasons,
  };
}
