import type { MetricSpec } from "./metrics.js";

/**
 * A p-value as every page shows it, after "p" or "adjusted p": "= 0.049", or "< 0.001" below 0.001.
 * @example
 * formatPValue(0.04921); // "= 0.049"
 * formatPValue(0.00002); // "< 0.001"
 */
export function formatPValue(p: number): string {
  return p < 0.001 ? "< 0.001" : `= ${p.toFixed(3)}`;
}

/**
 * A difference as every page shows it: a signed percentage for relative lifts ("+7.3 %"), signed points for
 * absolute ones ("+4.2 pts").
 * @example
 * formatEffect({ difference: "relative" }, 0.0734); // "+7.3 %"
 * formatEffect({ difference: "absolute" }, -4.21); // "-4.2 pts"
 */
export function formatEffect(metric: Pick<MetricSpec, "difference">, x: number): string {
  const sign = x > 0 ? "+" : "";
  return metric.difference === "absolute" ? `${sign}${x.toFixed(1)} pts` : `${sign}${(x * 100).toFixed(1)} %`;
}

/** A share as "97.1 %". */
export function formatShare(x: number): string {
  return `${(x * 100).toFixed(1)} %`;
}
