import { Fragment } from "react";
import { number, percent, pValue, signedPercent } from "../../lib/format.js";
import { Badge } from "../../ui/badge.js";

export type Comparison = {
  metric: string;
  difference: string;
  estimate: number;
  intervalLow: number;
  intervalHigh: number;
  pValue: number;
  adjustedPValue: number;
  verdict: string;
  error: string | null;
};

export type VariantResult = {
  variantId: string;
  key: string;
  name: string;
  isControl: boolean;
  weight: number;
  participants: number;
  exposures: number;
  csatN: number;
  csatMean: number | null;
  satisfiedShare: number | null;
  npsN: number;
  nps: number | null;
  cesN: number;
  cesMean: number | null;
  comments: number;
  comparisons: Comparison[];
};

export type PilotResults = {
  computedAt: string;
  sequential: boolean;
  requiredPerArm: number | null;
  daysRemaining: number | null;
  recommendation: { action: string; variantKey: string | null; headline: string; reasons: string[] } | null;
  alpha: number;
  srmPValue: number;
  srmHealthy: boolean;
  totalParticipants: number;
  totalResponses: number;
  variants: VariantResult[];
};

export const RESULTS_FIELDS = `
  computedAt sequential requiredPerArm daysRemaining recommendation { action variantKey headline reasons } alpha srmPValue srmHealthy totalParticipants totalResponses
  variants {
    variantId key name isControl weight participants exposures csatN csatMean satisfiedShare npsN nps cesN cesMean comments
    comparisons { metric difference estimate intervalLow intervalHigh pValue adjustedPValue verdict error }
  }`;

const METRIC_LABELS: Record<string, string> = {
  csat: "CSAT",
  satisfied: "Satisfied share",
  nps: "NPS",
  ces: "Effort (lower is better)",
};

function effect(c: Comparison): string {
  if (c.error) return "—";
  if (c.difference === "absolute") {
    const sign = c.estimate > 0 ? "+" : "";
    return `${sign}${c.estimate.toFixed(1)} pts`;
  }
  return signedPercent(c.estimate);
}

function interval(c: Comparison): string {
  if (c.error) return c.error;
  if (c.difference === "absolute") return `[${c.intervalLow.toFixed(1)}, ${c.intervalHigh.toFixed(1)}]`;
  return `[${signedPercent(c.intervalLow)}, ${signedPercent(c.intervalHigh)}]`;
}

/** Per-variant outcomes, then each treatment's comparisons with the control, metric by metric. */
const ACTION_CLASS: Record<string, string> = {
  SHIP: "notice",
  KEEP_CONTROL: "warning",
  UNHEALTHY: "error",
  KEEP_RUNNING: "panel",
  NO_DIFFERENCE: "panel",
};

export function RecommendationPanel({ results }: { results: PilotResults }) {
  const r = results.recommendation;
  if (!r) return null;
  return (
    <section className={ACTION_CLASS[r.action] ?? "panel"} aria-label="Recommendation">
      <strong>{r.headline}</strong>
      {r.reasons.length > 0 && (
        <ul className="small">
          {r.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      {results.requiredPerArm !== null && (
        <div className="small muted">
          Planned sample: {results.requiredPerArm} participants per arm to detect a 5 % CSAT lift with 80 % power
          {results.daysRemaining ? `; about ${results.daysRemaining} more days at today's traffic` : "; reached"}.
        </div>
      )}
    </section>
  );
}

export function ResultsTable({ results }: { results: PilotResults }) {
  return (
    <>
      {!results.srmHealthy && (
        <div className="warning" role="alert">
          Sample-ratio mismatch: participants per arm differ from the weights more than chance allows (p{" "}
          {pValue(results.srmPValue)}). Check the assignment before trusting these results.
        </div>
      )}
      <table aria-label="Results">
        <thead>
          <tr>
            <th>Variant</th>
            <th className="num">Weight</th>
            <th className="num">Participants</th>
            <th className="num">Exposures</th>
            <th className="num">CSAT (n)</th>
            <th className="num">Satisfied</th>
            <th className="num">NPS (n)</th>
            <th className="num">Effort (n)</th>
            <th className="num">Comments</th>
          </tr>
        </thead>
        <tbody>
          {results.variants.map((v) => (
            <Fragment key={v.variantId}>
              <tr>
                <td>
                  <strong>{v.name}</strong> <span className="small muted">{v.isControl ? "control" : v.key}</span>
                </td>
                <td className="num">{percent(v.weight, 0)}</td>
                <td className="num">{v.participants}</td>
                <td className="num">{v.exposures}</td>
                <td className="num">
                  {number(v.csatMean)} <span className="muted small">({v.csatN})</span>
                </td>
                <td className="num">{percent(v.satisfiedShare)}</td>
                <td className="num">
                  {number(v.nps, 1)} <span className="muted small">({v.npsN})</span>
                </td>
                <td className="num">
                  {number(v.cesMean)} <span className="muted small">({v.cesN})</span>
                </td>
                <td className="num">{v.comments}</td>
              </tr>
              {v.comparisons.map((c) => (
                <tr key={`${v.variantId}-${c.metric}`} className="comparison-row">
                  <td colSpan={2} className="small">
                    ↳ {METRIC_LABELS[c.metric] ?? c.metric} vs control
                  </td>
                  <td colSpan={2} className="num">
                    {effect(c)} <div className="interval">{interval(c)}</div>
                  </td>
                  <td colSpan={3} className="num small">
                    p {pValue(c.pValue)} · adjusted p {pValue(c.adjustedPValue)}
                  </td>
                  <td colSpan={2}>
                    <Badge value={c.verdict} />
                  </td>
                </tr>
              ))}
            </Fragment>
          ))}
        </tbody>
      </table>
      <p className="small muted">
        Lifts are relative to the control (NPS: difference in points) with {Math.round((1 - results.alpha) * 100)} %{" "}
        {results.sequential ? "always-valid (sequential) intervals, safe to check every day" : "confidence intervals"}{" "}
        (Welch's t); adjusted p-values use Holm–Bonferroni across every variant and metric. Verdicts use the adjusted
        p-value. {results.totalResponses} responses from {results.totalParticipants} participants.
      </p>
    </>
  );
}
