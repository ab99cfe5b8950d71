/**
 * The metrics a pilot can be designed on, with how they read. `difference` is how treatments are compared with the
 * control (a relative lift, or an absolute difference in the metric's units); `inverse`: lower is better.
 */
export type MetricSpec = {
  key: MetricKey;
  label: string;
  inverse: boolean;
  difference: "relative" | "absolute";
  /** How an arm's value reads: a mean rating, a share (0–1), a score (NPS points) or a duration in hours. */
  display: "mean" | "share" | "score" | "hours";
  source: "survey" | "agent-rating" | "interactions";
};

export const METRIC_KEYS = [
  "csat",
  "satisfied",
  "nps",
  "ces",
  "clarity",
  "workability",
  "first_response_median",
  "first_response_p90",
  "resolution_median",
  "resolution_p90",
  "reopen_rate",
  "escalation_rate",
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

const spec = (
  key: MetricKey,
  label: string,
  display: MetricSpec["display"],
  source: MetricSpec["source"],
  extra: Partial<Pick<MetricSpec, "inverse" | "difference">> = {},
): MetricSpec => ({ key, label, display, source, inverse: false, difference: "relative", ...extra });

/** Every built-in metric (docs/design: "Metrics"). */
export const METRICS: Record<MetricKey, MetricSpec> = {
  csat: spec("csat", "CSAT", "mean", "survey"),
  satisfied: spec("satisfied", "satisfied share", "share", "survey"),
  nps: spec("nps", "NPS", "score", "survey", { difference: "absolute" }),
  ces: spec("ces", "customer effort", "mean", "survey", { inverse: true }),
  clarity: spec("clarity", "agent clarity", "mean", "agent-rating"),
  workability: spec("workability", "agent workability", "mean", "agent-rating"),
  first_response_median: spec("first_response_median", "median first response time", "hours", "interactions", {
    inverse: true,
  }),
  first_response_p90: spec("first_response_p90", "p90 first response time", "hours", "interactions", {
    inverse: true,
  }),
  resolution_median: spec("resolution_median", "median resolution time", "hours", "interactions", { inverse: true }),
  resolution_p90: spec("resolution_p90", "p90 resolution time", "hours", "interactions", { inverse: true }),
  reopen_rate: spec("reopen_rate", "reopen rate", "share", "interactions", { inverse: true }),
  escalation_rate: spec("escalation_rate", "escalation rate", "share", "interactions", { inverse: true }),
};

export function isMetricKey(key: string): key is MetricKey {
  return (METRIC_KEYS as readonly string[]).includes(key);
}
