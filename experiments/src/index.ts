// The public surface of @policy-pilot/experiments: pure functions, no I/O (see README.md).
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
  type MetricEvidence,
  type MetricRole,
  type Recommendation,
  type RecommendationInput,
  recommend,
  SRM_THRESHOLD,
} from "./decisions/recommend.js";
export {
  DEFAULT_POWER,
  daysRemaining,
  type SampleSize,
  type SampleSizeInput,
  sampleSizePerArm,
} from "./power/sample-size.js";
export { pooledTheta } from "./stats/arm-estimates.js";
export { compareVariants } from "./stats/compare-variants.js";
export { type NonInferiorityResult, nonInferiority } from "./stats/guardrail.js";
export { InvalidStatError } from "./stats/moments.js";
export { compareNps, type NpsCounts, npsAsMean, npsScore } from "./stats/nps.js";
export { compareQuantiles, type QuantileEstimate, quantileEstimate } from "./stats/quantiles.js";
export { adjustPValues, rateImbalancePValue, srmPValue } from "./stats/srm-and-corrections.js";
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
