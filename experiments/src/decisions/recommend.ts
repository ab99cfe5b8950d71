import type { NonInferiorityResult } from "../stats/guardrail.js";
import { adjustPValues } from "../stats/srm-and-corrections.js";
import type { CompareResult } from "../stats/types.js";

/** GrowthBook's default SRM threshold: below it the split is treated as broken. */
export const SRM_THRESHOLD = 0.001;

export type MetricRole = "primary" | "secondary" | "guardrail";

export type MetricEvidence = {
  key: string;
  label: string;
  role: MetricRole;
  /** Lower is better (effort, resolution time). */
  inverse?: boolean;
  /** How the comparisons' estimates read: relative lifts (default) or absolute differences (e.g. NPS points). */
  difference?: "relative" | "absolute";
  /** Per treatment: its comparison with the control (frequentist, with pValue). */
  comparisons: Record<string, CompareResult>;
  /** Guardrails only, per treatment: the non-inferiority test. */
  guardrails?: Record<string, NonInferiorityResult>;
};

export type RecommendationInput = {
  treatments: string[];
  metrics: MetricEvidence[];
  srmPValue: number;
  alpha?: number;
  correction?: "holm-bonferroni" | "benjamini-hochberg";
  /** When given: units per arm needed for the primary metric's MDE, units per arm so far, and traffic. */
  progress?: { requiredPerArm: number; currentPerArm: number; daysRemaining: number };
};

export type Recommendation = {
  action: "ship" | "keep-control" | "no-difference" | "keep-running" | "unhealthy";
  variant: string | null;
  headline: string;
  reasons: string[];
};

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const amount = (m: MetricEvidence, x: number) =>
  m.difference === "absolute" ? `${x > 0 ? "+" : ""}${x.toFixed(1)}` : `${x > 0 ? "+" : ""}${pct(x)}`;

/**
 * A plain-words recommendation from all of a pilot's evidence:
 * 1. SRM p < 0.001 → unhealthy (no other conclusion is trustworthy);
 * 2. p-values of primary and secondary metrics are adjusted across treatments × metrics (Holm by default);
 * 3. a treatment that harms a guardrail (non-inferiority not shown and significantly worse) cannot ship;
 * 4. ship the treatment with the largest significant improvement on the primary metric;
 * 5. keep control when every treatment is significantly worse or harms a guardrail;
 * 6. otherwise: keep running (with days remaining) until the planned sample is reached, then "no difference".
 * References: GrowthBook "Experiment decision framework" docs; Kohavi, Tang & Xu (2020), "Trustworthy Online
 * Controlled Experiments", ch. 3 and 21.
 * @example
 * recommend({ treatments: ["b"], srmPValue: 0.0001, metrics: [] }).action; // "unhealthy"
 */
export function recommend(input: RecommendationInput): Recommendation {
  const alpha = input.alpha ?? 0.05;
  if (input.srmPValue < SRM_THRESHOLD) {
    return {
      action: "unhealthy",
      variant: null,
      headline: "Unhealthy: the split of participants does not match the weights (sample-ratio mismatch).",
      reasons: [
        `SRM p-value ${input.srmPValue.toExponential(2)} is below ${SRM_THRESHOLD}; check assignment before reading results.`,
      ],
    };
  }
  const primary = input.metrics.find((m) => m.role === "primary");
  const tested = input.metrics.filter((m) => m.role !== "guardrail");
  const cells = tested.flatMap((m) =>
    input.treatments.map((t) => ({ metric: m, treatment: t, result: m.comparisons[t] })),
  );
  const adjusted = adjustPValues(
    cells.map((c) => c.result?.pValue ?? 1),
    input.correction ?? "holm-bonferroni",
  );
  const adjustedOf = new Map(cells.map((c, i) => [`${c.metric.key}|${c.treatment}`, adjusted[i]!]));
  const reasons: string[] = [];
  const good = (m: MetricEvidence, r: CompareResult) => (m.inverse ? r.estimate < 0 : r.estimate > 0);

  const harmed = new Set<string>();
  for (const m of input.metrics.filter((x) => x.role === "guardrail")) {
    for (const t of input.treatments) {
      const g = m.guardrails?.[t];
      const r = m.comparisons[t];
      const significantlyWorse = r && !r.error && (r.pValue ?? 1) < alpha && !good(m, r);
      if (g && !g.pass && significantlyWorse) {
        harmed.add(t);
        reasons.push(
          `${t} harms the guardrail ${m.label} (${amount(m, r!.estimate)}, beyond the ${m.difference === "absolute" ? g.margin : pct(g.margin)} margin).`,
        );
      }
    }
  }

  const winners: { t: string; estimate: number }[] = [];
  const losers: string[] = [];
  if (primary) {
    for (const t of input.treatments) {
      const r = primary.comparisons[t];
      if (!r || r.error) {
        reasons.push(`${t}: ${primary.label} cannot be compared yet${r?.error ? ` (${r.error})` : ""}.`);
        continue;
      }
      const p = adjustedOf.get(`${primary.key}|${t}`) ?? 1;
      if (p < alpha && good(primary, r)) {
        reasons.push(
          `${t} improves ${primary.label} by ${amount(primary, r.estimate)} (adjusted p = ${p.toFixed(4)}).`,
        );
        if (!harmed.has(t)) winners.push({ t, estimate: primary.inverse ? -r.estimate : r.estimate });
      } else if (p < alpha) {
        reasons.push(`${t} worsens ${primary.label} (${amount(primary, r.estimate)}, adjusted p = ${p.toFixed(4)}).`);
        losers.push(t);
      } else {
        reasons.push(
          `${t}: no significant difference on ${primary.label} (${amount(primary, r.estimate)}, adjusted p = ${p.toFixed(3)}).`,
        );
      }
    }
  }
  for (const m of tested.filter((x) => x.role === "secondary")) {
    for (const t of input.treatments) {
      const r = m.comparisons[t];
      const p = adjustedOf.get(`${m.key}|${t}`) ?? 1;
      if (r && !r.error && p < alpha)
        reasons.push(`${t} ${good(m, r) ? "improves" : "worsens"} ${m.label} (${amount(m, r.estimate)}).`);
    }
  }

  if (winners.length > 0) {
    const best = winners.sort((a, b) => b.estimate - a.estimate)[0]!;
    return {
      action: "ship",
      variant: best.t,
      headline: `Ship ${best.t}: it wins on ${primary!.label} and harms no guardrail.`,
      reasons,
    };
  }
  const excluded = new Set([...harmed, ...losers]);
  if (input.treatments.length > 0 && input.treatments.every((t) => excluded.has(t))) {
    return {
      action: "keep-control",
      variant: null,
      headline: "Keep control: every variant is worse or harms a guardrail.",
      reasons,
    };
  }
  const progress = input.progress;
  if (progress && progress.currentPerArm < progress.requiredPerArm) {
    return {
      action: "keep-running",
      variant: null,
      headline: `Keep running: about ${progress.daysRemaining} more days at today's traffic to reach the planned sample.`,
      reasons: [...reasons, `${progress.currentPerArm} of ${progress.requiredPerArm} units per arm so far.`],
    };
  }
  return {
    action: "no-difference",
    variant: null,
    headline: progress
      ? "No difference: the planned sample is reached and no variant is better."
      : "No significant difference yet.",
    reasons,
  };
}
