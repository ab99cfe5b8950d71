// The public surface of @policy-pilot/experiments: pure functions, no I/O (see README.md).
export {
  type AssignmentDefinition,
  type AssignmentResult,
  compileAssignment,
  HASH_VERSION,
} from "./assignment/compile-assignment.js";
export { compareVariants } from "./stats/compare-variants.js";
export { InvalidStatError } from "./stats/moments.js";
export { compareNps, type NpsCounts, npsAsMean, npsScore } from "./stats/nps.js";
export { adjustPValues, srmPValue } from "./stats/srm-and-corrections.js";
export type {
  CompareOptions,
  CompareResult,
  CupedStat,
  MeanStat,
  MetricStat,
  ProportionStat,
  RatioStat,
} from "./stats/types.js";
export { DEFAULT_ALPHA, DEFAULT_SEQUENTIAL_TUNING } from "./stats/types.js";
