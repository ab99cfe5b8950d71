import { isMetricKey, METRIC_KEYS, METRICS, type MetricKey } from "./metrics.js";

/**
 * How a pilot's results are analysed, chosen when it is created and frozen when it starts:
 * - `sequential` (default): always-valid intervals, safe to read every day, may stop early;
 * - `fixed-horizon`: classic intervals, only valid once the planned sample is reached (no decision before);
 * - `bayesian`: chance to win and risk, with an optional Gaussian prior on the effect.
 */
export type Engine = "sequential" | "fixed-horizon" | "bayesian";

/** "CSAT may not drop by more than 2 %": margin 0.02 on a relative metric, in points on an absolute one (NPS). */
export type Guardrail = { metric: MetricKey; margin: number };

export type PilotDesign = {
  primaryMetric: MetricKey;
  secondaryMetrics: readonly MetricKey[];
  guardrails: readonly Guardrail[];
  /** Two-sided significance level of every comparison, in (0, 0.5]. */
  alpha: number;
  engine: Engine;
  /** Bayesian only: a Gaussian prior on the effect, in the primary metric's difference units (relative lifts). */
  prior: { mean: number; variance: number } | null;
  /** Minimum detectable effect of the primary metric, in its difference units (0.05 = 5 % lift; NPS: points). */
  mde: number;
  /** Probability of detecting an effect of the MDE, in (0, 1); 0.8 conventionally. */
  power: number;
};

/**
 * Tuning of sequential intervals: near the sample a pilot expects (GrowthBook's 5000 suits web traffic; policy
 * pilots see hundreds to a few thousand responses). docs/adr/0012-results-are-sequential.md.
 */
export const SEQUENTIAL_TUNING = 1000;

/** What pilots created before designs existed were analysed with (ADR 0012), and the default of a new pilot. */
export const DEFAULT_DESIGN: PilotDesign = {
  primaryMetric: "csat",
  secondaryMetrics: ["satisfied", "nps"],
  guardrails: [{ metric: "ces", margin: 0.05 }],
  alpha: 0.05,
  engine: "sequential",
  prior: null,
  mde: 0.05,
  power: 0.8,
};

/** A problem with a design: the field (path) and what is allowed, in words. */
export type DesignIssue = { path: string[]; message: string };

/**
 * Everything wrong with a design, each with what is allowed; [] when it is valid. Metrics must be known and used
 * once (primary, secondary or guardrail); margins above 0 (relative: at most 1); alpha in (0, 0.5]; power in
 * (0, 1); MDE above 0; a prior only with the Bayesian engine and with a variance above 0.
 * @example
 * designIssues({ ...DEFAULT_DESIGN, alpha: 0.7 })[0]?.message; // "must be above 0 and at most 0.5"
 */
export function designIssues(design: PilotDesign): DesignIssue[] {
  const issues: DesignIssue[] = [];
  const known = `one of ${METRIC_KEYS.join(", ")}`;
  const used = new Map<string, string>();
  const use = (key: string, path: string[]) => {
    if (!isMetricKey(key)) {
      issues.push({ path, message: `unknown metric "${key}"; use ${known}` });
      return;
    }
    const before = used.get(key);
    if (before) issues.push({ path, message: `${METRICS[key].label} is already the ${before}; use each metric once` });
    else
      used.set(
        key,
        path[0] === "primaryMetric"
          ? "primary metric"
          : path[0] === "guardrails"
            ? "a guardrail"
            : "a secondary metric",
      );
  };
  use(design.primaryMetric, ["primaryMetric"]);
  design.secondaryMetrics.forEach((m, i) => {
    use(m, ["secondaryMetrics", String(i)]);
  });
  design.guardrails.forEach((g, i) => {
    use(g.metric, ["guardrails", String(i), "metric"]);
    const relative = isMetricKey(g.metric) && METRICS[g.metric].difference === "relative";
    if (!(g.margin > 0) || (relative && g.margin > 1) || !Number.isFinite(g.margin)) {
      issues.push({
        path: ["guardrails", String(i), "margin"],
        message: relative ? "must be above 0 and at most 1 (0.02 = 2 %)" : "must be a number of points above 0",
      });
    }
  });
  if (!(design.alpha > 0 && design.alpha <= 0.5))
    issues.push({ path: ["alpha"], message: "must be above 0 and at most 0.5" });
  if (!(design.power > 0 && design.power < 1)) issues.push({ path: ["power"], message: "must be between 0 and 1" });
  if (!(design.mde > 0) || !Number.isFinite(design.mde)) issues.push({ path: ["mde"], message: "must be above 0" });
  if (!["sequential", "fixed-horizon", "bayesian"].includes(design.engine)) {
    issues.push({ path: ["engine"], message: "must be sequential, fixed-horizon or bayesian" });
  }
  if (design.prior) {
    if (design.engine !== "bayesian") issues.push({ path: ["prior"], message: "a prior needs the Bayesian engine" });
    if (!(design.prior.variance > 0)) issues.push({ path: ["prior", "variance"], message: "must be above 0" });
    if (!Number.isFinite(design.prior.mean)) issues.push({ path: ["prior", "mean"], message: "must be a number" });
  }
  return issues;
}
