import { METRIC_KEYS, METRICS, type MetricSpec } from "@policy-pilot/experiments";
import { builder } from "../../schema/builder.js";
import { READ_PILOTS } from "../../schema/roles.js";
import type { ComparisonView, DesignView, ResultsView, VariantView } from "./results.view.js";

const open = { authScopes: { public: true } } as const;

export const AnalysisEngineEnum = builder.enumType("AnalysisEngine", {
  values: {
    SEQUENTIAL: {
      description: "Always-valid (sequential) intervals: safe to read every day, may stop early. Default.",
    },
    FIXED_HORIZON: { description: "Classic intervals, valid only once the planned sample is reached." },
    BAYESIAN: { description: "Chance to win and risk, with an optional Gaussian prior on the lift." },
  } as const,
});

const GuardrailRef = builder.objectRef<{ metric: string; margin: number }>("Guardrail").implement({
  ...open,
  description: 'A metric that may not get worse by more than its margin ("CSAT may not drop by more than 2 %").',
  fields: (t) => ({
    metric: t.exposeString("metric"),
    margin: t.exposeFloat("margin", { description: "Relative (0.02 = 2 %), or points for NPS." }),
  }),
});

const MetricInfoRef = builder.objectRef<MetricSpec>("MetricInfo").implement({
  ...open,
  description: "A built-in metric a pilot can be designed on.",
  fields: (t) => ({
    key: t.exposeString("key"),
    label: t.exposeString("label"),
    inverse: t.exposeBoolean("inverse", { description: "Lower is better." }),
    difference: t.exposeString("difference", { description: "relative (lifts, margins in %) or absolute (points)." }),
    display: t.exposeString("display"),
    source: t.exposeString("source", { description: "survey, agent-rating or interactions." }),
  }),
});

builder.queryField("metricCatalogue", (t) =>
  t.field({
    type: [MetricInfoRef],
    authScopes: READ_PILOTS,
    description: "Every metric a pilot's design may use, with its label and direction.",
    resolve: () => METRIC_KEYS.map((k) => METRICS[k]),
  }),
);

export const PilotDesignRef = builder.objectRef<DesignView>("PilotDesign").implement({
  ...open,
  description: "How the pilot's results are analysed; chosen at creation, frozen when it starts (ADR 0021).",
  fields: (t) => ({
    primaryMetric: t.exposeString("primaryMetric"),
    secondaryMetrics: t.exposeStringList("secondaryMetrics"),
    guardrails: t.field({ type: [GuardrailRef], resolve: (d) => d.guardrails }),
    alpha: t.exposeFloat("alpha"),
    engine: t.field({ type: AnalysisEngineEnum, resolve: (d) => d.engine }),
    priorMean: t.exposeFloat("priorMean", { nullable: true, description: "Bayesian prior on the lift (mean)." }),
    priorVariance: t.exposeFloat("priorVariance", { nullable: true }),
    mde: t.exposeFloat("mde", {
      description: "Minimum detectable effect of the primary metric: relative (0.05 = 5 %), or NPS points.",
    }),
    power: t.exposeFloat("power"),
    metrics: t.field({
      type: [MetricInfoRef],
      description: "The design's metrics in order: primary, secondary, guardrails.",
      resolve: (d) =>
        [d.primaryMetric, ...d.secondaryMetrics, ...d.guardrails.map((g) => g.metric)].flatMap((k) =>
          k in METRICS ? [METRICS[k as keyof typeof METRICS]] : [],
        ),
    }),
  }),
});

const MetricComparisonRef = builder.objectRef<ComparisonView>("MetricComparison").implement({
  ...open,
  description: "A treatment compared with the control on one metric, from the pilot's one analysis.",
  fields: (t) => ({
    metric: t.exposeString("metric"),
    role: t.exposeString("role", { description: "primary, secondary or guardrail." }),
    difference: t.exposeString("difference", { description: "relative: (T − C)/|C|; absolute: T − C." }),
    estimate: t.exposeFloat("estimate"),
    intervalLow: t.exposeFloat("intervalLow"),
    intervalHigh: t.exposeFloat("intervalHigh"),
    pValue: t.exposeFloat("pValue", { nullable: true, description: "Frequentist engines only." }),
    adjustedPValue: t.exposeFloat("adjustedPValue", {
      nullable: true,
      description:
        "Holm–Bonferroni over the one family (every treatment × primary and secondary metric); null for guardrails and the Bayesian engine.",
    }),
    pValueText: t.exposeString("pValueText", { nullable: true, description: '"= 0.049" or "< 0.001".' }),
    adjustedPValueText: t.exposeString("adjustedPValueText", { nullable: true }),
    chanceToWin: t.exposeFloat("chanceToWin", { nullable: true, description: "Bayesian engine only." }),
    riskIfShipped: t.exposeFloat("riskIfShipped", { nullable: true }),
    riskIfKept: t.exposeFloat("riskIfKept", { nullable: true }),
    verdict: t.exposeString("verdict", {
      description: "BETTER, WORSE or INCONCLUSIVE; guardrails WITHIN_MARGIN, HARMED or INCONCLUSIVE.",
    }),
    error: t.exposeString("error", { nullable: true }),
    errorCode: t.exposeString("errorCode", { nullable: true }),
    guardrailMargin: t.exposeFloat("guardrailMargin", { nullable: true }),
    guardrailBound: t.exposeFloat("guardrailBound", {
      nullable: true,
      description: "The one-sided (1 − α) bound on the harmful side.",
    }),
  }),
});

const ArmMetricValueRef = builder
  .objectRef<{ metric: string; n: number; value: number | null }>("ArmMetricValue")
  .implement({
    ...open,
    fields: (t) => ({
      metric: t.exposeString("metric"),
      n: t.exposeInt("n", { description: "Responses, ratings, tickets — or agents when analysed over agents." }),
      value: t.exposeFloat("value", { nullable: true }),
    }),
  });

const VariantResultRef = builder.objectRef<VariantView>("VariantResult").implement({
  ...open,
  fields: (t) => ({
    variantId: t.exposeID("variantId"),
    key: t.exposeString("key"),
    name: t.exposeString("name"),
    isControl: t.exposeBoolean("isControl"),
    weight: t.exposeFloat("weight"),
    participants: t.exposeInt("participants"),
    exposures: t.exposeInt("exposures"),
    csatN: t.exposeInt("csatN"),
    csatMean: t.exposeFloat("csatMean", { nullable: true }),
    satisfiedShare: t.exposeFloat("satisfiedShare", { nullable: true }),
    npsN: t.exposeInt("npsN"),
    nps: t.exposeFloat("nps", { nullable: true }),
    cesN: t.exposeInt("cesN"),
    cesMean: t.exposeFloat("cesMean", { nullable: true }),
    comments: t.exposeInt("comments"),
    values: t.field({ type: [ArmMetricValueRef], description: "The design's metrics.", resolve: (v) => v.values }),
    comparisons: t.field({ type: [MetricComparisonRef], resolve: (v) => v.comparisons }),
  }),
});

const RecommendationActionEnum = builder.enumType("RecommendationAction", {
  values: ["SHIP", "KEEP_CONTROL", "NO_DIFFERENCE", "KEEP_RUNNING", "UNHEALTHY"] as const,
});

type RecommendationView = NonNullable<ResultsView["recommendation"]>;

const RecommendationReasonRef = builder
  .objectRef<RecommendationView["reasonDetails"][number]>("RecommendationReason")
  .implement({
    ...open,
    fields: (t) => ({
      code: t.exposeString("code", { description: "PRIMARY_BETTER, GUARDRAIL_HARMED, SAMPLE_RATIO_MISMATCH, …" }),
      text: t.exposeString("text"),
      metric: t.exposeString("metric", { nullable: true }),
      variantKey: t.exposeString("variantKey", { nullable: true }),
    }),
  });

const RecommendationRef = builder.objectRef<RecommendationView>("Recommendation").implement({
  ...open,
  description: "What the evidence says to do, in plain words, with the reasons (experiments/ analysePilot).",
  fields: (t) => ({
    action: t.field({ type: RecommendationActionEnum, resolve: (r) => r.action }),
    variantKey: t.exposeString("variantKey", { nullable: true }),
    headline: t.exposeString("headline"),
    reasons: t.exposeStringList("reasons"),
    reasonDetails: t.field({ type: [RecommendationReasonRef], resolve: (r) => r.reasonDetails }),
  }),
});

const HealthCheckRef = builder.objectRef<ResultsView["healthChecks"][number]>("HealthCheck").implement({
  ...open,
  fields: (t) => ({
    code: t.exposeString("code", { description: "SAMPLE_RATIO, EXPOSURES, RESPONSE_RATE or WITHDRAWAL_RATE." }),
    status: t.exposeString("status", { description: "OK, WARNING or FAILED." }),
    pValue: t.exposeFloat("pValue", { nullable: true }),
    text: t.exposeString("text"),
  }),
});

type PhaseView = ResultsView["phases"][number];
const PhaseArmRef = builder.objectRef<PhaseView["arms"][number]>("PhaseArm").implement({
  ...open,
  fields: (t) => ({
    key: t.exposeString("key"),
    weight: t.exposeFloat("weight"),
    participants: t.exposeInt("participants"),
  }),
});

const PilotPhaseRef = builder.objectRef<PhaseView>("PilotPhase").implement({
  ...open,
  description: "A period of constant weights; the sample-ratio check compares its participants with its weights.",
  fields: (t) => ({
    number: t.exposeInt("number"),
    startedAt: t.exposeString("startedAt", { nullable: true }),
    srmPValue: t.float({ resolve: (p) => p.pValue }),
    arms: t.field({ type: [PhaseArmRef], resolve: (p) => p.arms }),
  }),
});

const ResultMetricRef = builder.objectRef<ResultsView["metrics"][number]>("ResultMetric").implement({
  ...open,
  fields: (t) => ({
    key: t.exposeString("key"),
    label: t.exposeString("label"),
    role: t.exposeString("role"),
    inverse: t.exposeBoolean("inverse", { description: "Lower is better." }),
    difference: t.exposeString("difference"),
    display: t.exposeString("display", { description: "mean, share, score or hours." }),
    margin: t.exposeFloat("margin", { nullable: true }),
  }),
});

export const PilotResultsRef = builder.objectRef<ResultsView>("PilotResults").implement({
  ...open,
  fields: (t) => ({
    computedAt: t.exposeString("computedAt"),
    engine: t.field({ type: AnalysisEngineEnum, resolve: (r) => r.engine }),
    sequential: t.exposeBoolean("sequential", {
      description: "True: intervals and p-values stay valid however often the results are looked at.",
    }),
    alpha: t.exposeFloat("alpha"),
    correction: t.exposeString("correction", { description: "holm-bonferroni, or none (Bayesian)." }),
    primaryMetric: t.exposeString("primaryMetric"),
    design: t.field({ type: PilotDesignRef, resolve: (r) => r.design }),
    recommendation: t.field({
      type: RecommendationRef,
      nullable: true,
      description: "Null only in results frozen before recommendations existed.",
      resolve: (r) => r.recommendation,
    }),
    requiredPerArm: t.exposeInt("requiredPerArm", {
      nullable: true,
      description: "Participants per arm needed to detect the design's MDE on the primary metric with its power.",
    }),
    daysRemaining: t.exposeInt("daysRemaining", { nullable: true, description: "At today's traffic." }),
    plannedSampleReached: t.exposeBoolean("plannedSampleReached", { nullable: true }),
    srmPValue: t.exposeFloat("srmPValue", {
      description: "Sample-ratio mismatch: per-phase chi-square, Bonferroni across phases.",
    }),
    srmHealthy: t.exposeBoolean("srmHealthy"),
    healthStatus: t.exposeString("healthStatus", { description: "OK, WARNING or FAILED." }),
    healthChecks: t.field({ type: [HealthCheckRef], resolve: (r) => r.healthChecks }),
    phases: t.field({ type: [PilotPhaseRef], resolve: (r) => r.phases }),
    totalParticipants: t.exposeInt("totalParticipants"),
    totalResponses: t.exposeInt("totalResponses"),
    metrics: t.field({ type: [ResultMetricRef], resolve: (r) => r.metrics }),
    variants: t.field({ type: [VariantResultRef], resolve: (r) => r.variants }),
    csv: t.exposeString("csv", { description: "The same results as CSV (one row per variant × metric)." }),
  }),
});
