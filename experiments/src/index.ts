// The public surface of @policy-pilot/experiments: pure functions, no I/O (see README.md).

export {
  type Action,
  type Analysis,
  type AnalysisArm,
  type AnalysisInput,
  type AnalysisPhase,
  type ArmStat,
  type ArmSummary,
  analysePilot,
  type Comparison,
  type HealthCheck,
  type HealthStatus,
  type MetricRole,
  type PhaseCheck,
  type QuantileStat,
  type RateCounts,
  type Reason,
  type ReasonCode,
  type Verdict,
} from "./analysis/analyse-pilot.js";
export {
  DEFAULT_DESIGN,
  type DesignIssue,
  designIssues,
  type Engine,
  type Guardrail,
  type PilotDesign,
  SEQUENTIAL_TUNING,
} from "./analysis/design.js";
export { formatEffect, formatPValue, formatShare } from "./analysis/format.js";
export { isMetricKey, METRIC_KEYS, METRICS, type MetricKey, type MetricSpec } from "./analysis/metrics.js";
export {
  CONDITION_OPERATORS,
  type ConditionIssue,
  compileCondition,
  MAX_CONDITION_CHARS,
  validateCondition,
} from "./assignment/audience-condition.js";
export {
  type AssignmentDefinition,
  type AssignmentResult,
  compileAssignment,
  HASH_VERSION,
} from "./assignment/compile-assignment.js";
export {
  DEFAULT_POWER,
  daysRemaining,
  type SampleSize,
  type SampleSizeInput,
  sampleSizePerArm,
} from "./power/sample-size.js";
export { pooledTheta } from "./stats/arm-estimates.js";
export { compareEffect, compareVariants } from "./stats/compare-variants.js";
export { type NonInferiorityResult, nonInferiority } from "./stats/guardrail.js";
export { InvalidStatError } from "./stats/moments.js";
export { compareNps, type NpsCounts, npsAsMean, npsScore } from "./stats/nps.js";
export { compareQuantiles, type QuantileEstimate, quantileEstimate } from "./stats/quantiles.js";
export { adjustPValues, rateImbalancePValue, SRM_THRESHOLD, srmPValue } from "./stats/srm-and-corrections.js";
export type {
  CompareOptions,
  CompareResult,
  CupedStat,
  MeanStat,
  MetricStat,
  ProportionStat,
  RatioStat,
  StatErrorCode,
} from "./stats/types.js";
export { DEFAULT_ALPHA, DEFAULT_SEQUENTIAL_TUNING } from "./stats/types.js";
