import { builder } from "../../schema/builder.js";
import type { MetricComparison, PilotResults, Recommendation, VariantResult } from "./results.service.js";

const open = { authScopes: { public: true } } as const;

const MetricComparisonRef = builder.objectRef<MetricComparison>("MetricComparison").implement({
  ...open,
  description: "A treatment compared with the control on one metric (Welch t; Holm-adjusted across the pilot).",
  fields: (t) => ({
    metric: t.exposeString("metric"),
    difference: t.exposeString("difference", { description: "relative: (T − C)/|C|; absolute: T − C." }),
    estimate: t.exposeFloat("estimate"),
    intervalLow: t.exposeFloat("intervalLow"),
    intervalHigh: t.exposeFloat("intervalHigh"),
    pValue: t.exposeFloat("pValue"),
    adjustedPValue: t.exposeFloat("adjustedPValue"),
    verdict: t.exposeString("verdict", { description: "BETTER, WORSE or INCONCLUSIVE at the pilot's alpha." }),
    error: t.exposeString("error", { nullable: true }),
  }),
});

const VariantResultRef = builder.objectRef<VariantResult>("VariantResult").implement({
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
    comparisons: t.field({ type: [MetricComparisonRef], resolve: (v) => v.comparisons }),
  }),
});

const RecommendationActionEnum = builder.enumType("RecommendationAction", {
  values: ["SHIP", "KEEP_CONTROL", "NO_DIFFERENCE", "KEEP_RUNNING", "UNHEALTHY"] as const,
});

const RecommendationRef = builder.objectRef<Recommendation>("Recommendation").implement({
  ...open,
  description: "What the evidence says to do, in plain words, with the reasons (experiments/ recommend()).",
  fields: (t) => ({
    action: t.field({ type: RecommendationActionEnum, resolve: (r) => r.action }),
    variantKey: t.exposeString("variantKey", { nullable: true }),
    headline: t.exposeString("headline"),
    reasons: t.exposeStringList("reasons"),
  }),
});

export const PilotResultsRef = builder.objectRef<PilotResults>("PilotResults").implement({
  ...open,
  fields: (t) => ({
    computedAt: t.exposeString("computedAt"),
    sequential: t.boolean({
      description: "True: intervals and p-values stay valid however often the results are looked at.",
      resolve: (r) => r.sequential ?? false,
    }),
    recommendation: t.field({
      type: RecommendationRef,
      nullable: true,
      description: "Null only in results frozen before recommendations existed.",
      resolve: (r) => r.recommendation ?? null,
    }),
    requiredPerArm: t.exposeInt("requiredPerArm", {
      nullable: true,
      description: "Participants per arm needed to detect a 5 % CSAT lift with 80 % power.",
    }),
    daysRemaining: t.exposeInt("daysRemaining", { nullable: true, description: "At today's traffic." }),
    primaryMetric: t.exposeString("primaryMetric"),
    alpha: t.exposeFloat("alpha"),
    srmPValue: t.exposeFloat("srmPValue", {
      description: "Sample-ratio mismatch: chi-square p-value of participants vs weights.",
    }),
    srmHealthy: t.exposeBoolean("srmHealthy"),
    totalParticipants: t.exposeInt("totalParticipants"),
    totalResponses: t.exposeInt("totalResponses"),
    variants: t.field({ type: [VariantResultRef], resolve: (r) => r.variants }),
  }),
});
