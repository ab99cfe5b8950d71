import { type FragmentType, useFragment } from "../../gql/fragment-masking.js";
import { graphql } from "../../gql/gql.js";
import { number, percent, signedPercent } from "../../lib/format.js";
import { Badge } from "../../ui/badge.js";

export const VariantResultRow_VariantResultFragment = graphql(`
  fragment VariantResultRow_VariantResultFragment on VariantResult {
    variantId key name isControl weight participants exposures
    csatN csatMean satisfiedShare npsN nps cesN cesMean comments
    comparisons { metric role difference estimate intervalLow intervalHigh pValueText adjustedPValueText
      chanceToWin riskIfShipped verdict error guardrailMargin }
  }
`);

type Comparison = {
  difference: string;
  estimate: number;
  intervalLow: number;
  intervalHigh: number;
};

function formatLift(c: Comparison, value: number): string {
  if (c.difference === "absolute") return `${value > 0 ? "+" : ""}${value.toFixed(1)} pts`;
  return signedPercent(value);
}

const VERDICT_LABEL: Record<string, string> = { WITHIN_MARGIN: "WITHIN MARGIN" };

/**
 * A variant's outcomes, then (for a treatment) one row per design metric comparing it with the control, with the
 * analysis's own p-value texts (the recommendation cites the same).
 */
export function VariantResultRow(props: {
  variant: FragmentType<typeof VariantResultRow_VariantResultFragment>;
  labels: Record<string, string>;
}) {
  const v = useFragment(VariantResultRow_VariantResultFragment, props.variant);
  return (
    <>
      <tr className="variant-row">
        <th scope="row">
          <span className="variant-name">{v.name}</span>{" "}
          <span className="small muted">{v.isControl ? "control" : v.key}</span>
        </th>
        <td className="num">{percent(v.weight, 0)}</td>
        <td className="num">{v.participants}</td>
        <td className="num">{v.exposures}</td>
        <td className="num">
          {number(v.csatMean)} <span className="muted small">n={v.csatN}</span>
        </td>
        <td className="num">{percent(v.satisfiedShare)}</td>
        <td className="num">
          {number(v.nps, 1)} <span className="muted small">n={v.npsN}</span>
        </td>
        <td className="num">
          {number(v.cesMean)} <span className="muted small">n={v.cesN}</span>
        </td>
        <td className="num">{v.comments}</td>
      </tr>
      {v.comparisons.map((c) => (
        <tr key={c.metric} className={`comparison-row ${c.verdict}`}>
          <td colSpan={2} className="small">
            ↳ {props.labels[c.metric] ?? c.metric} vs control
            {c.role === "guardrail" && c.guardrailMargin != null
              ? ` (guardrail: at most ${c.difference === "absolute" ? `${c.guardrailMargin} pts` : percent(c.guardrailMargin, 1)} worse)`
              : c.role === "primary"
                ? " (primary)"
                : ""}
          </td>
          <td colSpan={3} className="num">
            {c.error ? (
              <span className="muted small">{c.error}</span>
            ) : (
              <>
                <strong>{formatLift(c, c.estimate)}</strong>{" "}
                <span className="interval">
                  [{formatLift(c, c.intervalLow)}, {formatLift(c, c.intervalHigh)}]
                </span>
              </>
            )}
          </td>
          <td colSpan={3} className="num small">
            {c.error
              ? "—"
              : c.chanceToWin != null
                ? `chance to win ${percent(c.chanceToWin)}${c.riskIfShipped != null ? ` · risk ${formatLift(c, c.riskIfShipped).replace(/^\+/, "")}` : ""}`
                : c.adjustedPValueText
                  ? `p ${c.pValueText} · adjusted p ${c.adjustedPValueText}`
                  : `p ${c.pValueText}`}
          </td>
          <td>
            <Badge value={c.verdict} label={VERDICT_LABEL[c.verdict]} />
          </td>
        </tr>
      ))}
    </>
  );
}
