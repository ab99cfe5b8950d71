import { useState } from "react";
import { useMutation } from "urql";
import { type FragmentType, useFragment } from "../../gql/fragment-masking.js";
import { graphql } from "../../gql/gql.js";
import { type Issue, outcomeOf } from "../../lib/result.js";
import { ErrorText } from "../../ui/error-text.js";
import { type DesignDraft, DesignFields, designInput, useMetricCatalogue } from "./design-fields.js";

export const DesignPanel_PilotFragment = graphql(`
  fragment DesignPanel_PilotFragment on Pilot {
    id status
    design {
      primaryMetric secondaryMetrics alpha engine priorMean priorVariance mde power
      guardrails { metric margin }
      metrics { key label difference }
    }
  }
`);

const DesignPanelUpdateMutation = graphql(`
  mutation DesignPanelUpdateMutation($input: UpdatePilotDesignInput!) {
    updatePilotDesign(input: $input) {
      __typename
      ... on Error { message }
      ... on ValidationError { issues { path message } }
      ... on MutationUpdatePilotDesignSuccess { data { id ...DesignPanel_PilotFragment } }
    }
  }
`);

const ENGINES: Record<string, string> = {
  SEQUENTIAL: "frequentist with sequential (always-valid) intervals",
  FIXED_HORIZON: "frequentist, fixed horizon (read once, at the planned sample)",
  BAYESIAN: "Bayesian (chance to win and risk)",
};

const pct = (x: number) => `${Math.round(x * 1000) / 10} %`;

/** The pilot's design in words: what it is analysed on and how; editable while DRAFT, frozen once it has started. */
export function DesignPanel(props: { pilot: FragmentType<typeof DesignPanel_PilotFragment>; canEdit?: boolean }) {
  const { id, status, design } = useFragment(DesignPanel_PilotFragment, props.pilot);
  const catalogue = useMetricCatalogue();
  const [draft, setDraft] = useState<DesignDraft | null>(null);
  const [error, setError] = useState<{ message: string; issues?: Issue[] } | null>(null);
  const [state, update] = useMutation(DesignPanelUpdateMutation);
  const metric = (key: string) => design.metrics.find((m) => m.key === key);
  const label = (key: string) => metric(key)?.label ?? key;
  const amount = (key: string, x: number) => (metric(key)?.difference === "absolute" ? `${x} points` : pct(x));
  const typed = (key: string, x: number) =>
    String(metric(key)?.difference === "absolute" ? x : Math.round(x * 1e6) / 1e4);
  const edit = () =>
    setDraft({
      primaryMetric: design.primaryMetric,
      secondaryMetrics: [...design.secondaryMetrics],
      guardrails: design.guardrails.map((g) => ({ metric: g.metric, margin: typed(g.metric, g.margin) })),
      alpha: String(design.alpha),
      engine: design.engine,
      priorMean: design.priorMean == null ? "" : String(design.priorMean * 100),
      priorVariance: design.priorVariance == null ? "" : String(design.priorVariance),
      mde: typed(design.primaryMetric, design.mde),
      power: String(Math.round(design.power * 100)),
    });
  async function save() {
    if (!draft) return;
    const result = await update({ input: { pilotId: id, design: designInput(draft, catalogue.absolute) } });
    const outcome = outcomeOf(result.error, result.data?.updatePilotDesign);
    if (outcome.ok) {
      setDraft(null);
      setError(null);
    } else setError(outcome);
  }
  if (draft) {
    return (
      <section className="panel" aria-label="Design">
        <DesignFields value={draft} onChange={setDraft} />
        <ErrorText message={error?.message} issues={error?.issues} />
        <div className="row">
          <button type="button" className="primary" disabled={state.fetching} onClick={save}>
            Save design
          </button>
          <button type="button" onClick={() => setDraft(null)}>
            Cancel
          </button>
        </div>
      </section>
    );
  }
  return (
    <section className="panel" aria-label="Design">
      <h3>
        Design {status === "DRAFT" ? "" : <span className="small muted">(frozen since the start)</span>}
        {status === "DRAFT" && props.canEdit && (
          <>
            {" "}
            <button type="button" onClick={edit}>
              Edit design
            </button>
          </>
        )}
      </h3>
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
