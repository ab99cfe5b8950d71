import type { ResultsView } from "./results.view.js";

const HEADER = [
  "variant",
  "variant_name",
  "is_control",
  "weight",
  "participants",
  "exposures",
  "metric",
  "role",
  "n",
  "value",
  "difference",
  "estimate",
  "interval_low",
  "interval_high",
  "p_value",
  "adjusted_p_value",
  "chance_to_win",
  "verdict",
  "recommendation",
];

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The results as CSV (RFC 4180): one row per variant × design metric, with the arm's value and — for treatments —
 * the comparison with the control exactly as the page shows it, and the recommendation's action on every row.
 * Built from the same view as the page, so the two cannot disagree.
 */
export function resultsCsv(view: Omit<ResultsView, "csv">): string {
  const action = view.recommendation
    ? `${view.recommendation.action}${view.recommendation.variantKey ? ` ${view.recommendation.variantKey}` : ""}`
    : "";
  const rows = [HEADER.join(",")];
  const metrics = view.metrics.length
    ? view.metrics
    : [...new Set(view.variants.flatMap((v) => v.comparisons.map((c) => c.metric)))].map((key) => ({ key, role: "" }));
  for (const v of view.variants) {
    for (const m of metrics) {
      const value = v.values.find((x) => x.metric === m.key);
      const c = v.comparisons.find((x) => x.metric === m.key);
      rows.push(
        [
          v.key,
          v.name,
          v.isControl,
          v.weight,
          v.participants,
          v.exposures,
          m.key,
          c?.role ?? m.role,
          value?.n,
          value?.value,
          c?.difference,
          c?.estimate,
          c?.intervalLow,
          c?.intervalHigh,
          c?.pValue,
          c?.adjustedPValue,
          c?.chanceToWin,
          c?.verdict,
          action,
        ]
          .map(cell)
          .join(","),
      );
    }
  }
  return `${rows.join("\r\n")}\r\n`;
}
