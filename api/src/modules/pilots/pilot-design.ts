import {
  DEFAULT_DESIGN,
  designIssues,
  type Engine,
  type Guardrail,
  isMetricKey,
  METRICS,
  type MetricKey,
  type PilotDesign,
} from "@policy-pilot/experiments";
import type { AnalysisEngine } from "../../generated/prisma/enums.js";
import { ValidationError } from "../../schema/errors.js";

/** The design columns of a pilot row. */
export type PilotDesignRow = {
  primaryMetric: string;
  secondaryMetrics: unknown;
  guardrails: unknown;
  alpha: number;
  engine: AnalysisEngine;
  priorMean: number | null;
  priorVariance: number | null;
  mde: number;
  power: number;
};

/** A design as given at creation or in an edit: every part optional. */
export type PilotDesignInput = {
  primaryMetric?: string | null;
  secondaryMetrics?: readonly string[] | null;
  guardrails?: readonly { metric: string; margin: number }[] | null;
  alpha?: number | null;
  engine?: AnalysisEngine | null;
  prior?: { mean: number; variance: number } | null;
  mde?: number | null;
  power?: number | null;
};

const ENGINE_OF: Record<AnalysisEngine, Engine> = {
  SEQUENTIAL: "sequential",
  FIXED_HORIZON: "fixed-horizon",
  BAYESIAN: "bayesian",
};
export const ENGINE_ENUM: Record<Engine, AnalysisEngine> = {
  sequential: "SEQUENTIAL",
  "fixed-horizon": "FIXED_HORIZON",
  bayesian: "BAYESIAN",
};

const SURVEY_DEFAULTS: MetricKey[] = ["csat", "satisfied", "nps"];
/** The default MDE of a metric compared in points (NPS): 5 points. */
const DEFAULT_ABSOLUTE_MDE = 5;

export function designOf(row: PilotDesignRow): PilotDesign {
  const metrics = (value: unknown) => (Array.isArray(value) ? value.filter((m): m is MetricKey => isMetricKey(m)) : []);
  const guardrails = Array.isArray(row.guardrails)
    ? (row.guardrails as { metric: string; margin: number }[]).filter((g): g is Guardrail => isMetricKey(g.metric))
    : [];
  return {
    primaryMetric: isMetricKey(row.primaryMetric) ? row.primaryMetric : DEFAULT_DESIGN.primaryMetric,
    secondaryMetrics: metrics(row.secondaryMetrics),
    guardrails,
    alpha: row.alpha,
    engine: ENGINE_OF[row.engine],
    prior:
      row.priorMean !== null && row.priorVariance !== null
        ? { mean: row.priorMean, variance: row.priorVariance }
        : null,
    mde: row.mde,
    power: row.power,
  };
}

/**
 * A full design from an input over a base (the defaults, or the pilot's current design). When only the primary metric
 * changes, the default secondaries and guardrails drop it so that each metric is used once. Refuses an invalid
 * design with every problem named (ValidationError with paths under `design`).
 */
export function resolveDesign(
  input: PilotDesignInput | null | undefined,
  base: PilotDesign = DEFAULT_DESIGN,
): PilotDesign {
  const primary = (input?.primaryMetric ?? base.primaryMetric) as MetricKey;
  const changedPrimary = primary !== base.primaryMetric;
  const secondaryMetrics = (input?.secondaryMetrics ??
    (changedPrimary && base === DEFAULT_DESIGN
      ? SURVEY_DEFAULTS.filter((m) => m !== primary)
      : base.secondaryMetrics.filter((m) => m !== primary))) as MetricKey[];
  const guardrails = (input?.guardrails ?? base.guardrails.filter((g) => g.metric !== primary)) as Guardrail[];
  const engine = input?.engine ? ENGINE_OF[input.engine] : base.engine;
  const design: PilotDesign = {
    primaryMetric: primary,
    secondaryMetrics,
    guardrails,
    alpha: input?.alpha ?? base.alpha,
    engine,
    prior: input?.prior !== undefined ? input.prior : engine === "bayesian" ? base.prior : null,
    // A new primary metric of the other kind (relative lifts vs NPS points) gets that kind's default MDE.
    mde:
      input?.mde ??
      (changedPrimary && isMetricKey(primary) && METRICS[primary].difference !== METRICS[base.primaryMetric].difference
        ? METRICS[primary].difference === "absolute"
          ? DEFAULT_ABSOLUTE_MDE
          : DEFAULT_DESIGN.mde
        : base.mde),
    power: input?.power ?? base.power,
  };
  const issues = designIssues(design);
  if (issues.length > 0) {
    throw new ValidationError(
      `The pilot's design is not valid: ${issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}.`,
      issues.map((i) => ({ path: ["design", ...i.path], message: i.message })),
    );
  }
  return design;
}

/** The columns of a design. */
export function designColumns(design: PilotDesign) {
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
