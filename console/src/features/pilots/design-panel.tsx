import { type FragmentType, useFragment } from "../../gql/fragment-masking.js";
import { graphql } from "../../gql/gql.js";

export const DesignPanel_PilotFragment = graphql(`
  fragment DesignPanel_PilotFragment on Pilot {
    status
    design {
      primaryMetric secondaryMetrics alpha engine priorMean priorVariance mde power
      guardrails { metric margin }
      metrics { key label difference }
    }
  }
`);

const ENGINES: Record<string, string> = {
  SEQUENTIAL: "frequentist with sequential (always-valid) intervals",
  FIXED_HORIZON: "frequentist, fixed horizon (read once, at the planned sample)",
  BAYESIAN: "Bayesian (chance to win and risk)",
};

const pct = (x: number) => `${Math.round(x * 1000) / 10} %`;

/** The pilot's design in words: what it is analysed on and how; frozen once it has started. */
export function DesignPanel(props: { pilot: FragmentType<typeof DesignPanel_PilotFragment> }) {
  const { status, design } = useFragment(DesignPanel_PilotFragment, props.pilot);
  const metric = (key: string) => design.metrics.find((m) => m.key === key);
  const label = (key: string) => metric(key)?.label ?? key;
  const amount = (key: string, x: number) => (metric(key)?.difference === "absolute" ? `${x} points` : pct(x));
  return (
    <section className="panel" aria-label="Design">
      <h3>Design {status === "DRAFT" ? "" : <span className="small muted">(frozen since the start)</span>}</h3>
      <ul className="small">
        <li>
          Primary metric: <strong>{label(design.primaryMetric)}</strong> — sized to detect{" "}
          {amount(design.primaryMetric, design.mde)} with {Math.round(design.power * 100)} % power
        </li>
        <li>
          Secondary metrics: {design.secondaryMetrics.length ? design.secondaryMetrics.map(label).join(", ") : "none"}
        </li>
        <li>
          Guardrails:{" "}
          {design.guardrails.length
            ? design.guardrails
                .map((g) => `${label(g.metric)} may not get worse by more than ${amount(g.metric, g.margin)}`)
                .join("; ")
            : "none"}
        </li>
        <li>
          Analysis: {ENGINES[design.engine] ?? design.engine}, α = {design.alpha}
          {design.engine === "BAYESIAN"
            ? design.priorMean != null
              ? `, prior on the lift N(${design.priorMean}, ${design.priorVariance})`
              : ", flat prior"
            : ""}
        </li>
      </ul>
    </section>
  );
}
