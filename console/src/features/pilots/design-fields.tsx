import { useQuery } from "urql";
import { graphql } from "../../gql/gql.js";
import type { AnalysisEngine, PilotDesignInput } from "../../gql/graphql.js";

const DesignFieldsQuery = graphql(`
  query DesignFieldsQuery {
    metricCatalogue { key label difference inverse source }
  }
`);

/** The design section's form state (strings as typed). */
export type DesignDraft = {
  primaryMetric: string;
  secondaryMetrics: string[];
  guardrails: { metric: string; margin: string }[];
  alpha: string;
  engine: AnalysisEngine;
  priorMean: string;
  priorVariance: string;
  mde: string;
  power: string;
};

export const DEFAULT_DESIGN_DRAFT: DesignDraft = {
  primaryMetric: "csat",
  secondaryMetrics: ["satisfied", "nps"],
  guardrails: [{ metric: "ces", margin: "5" }],
  alpha: "0.05",
  engine: "SEQUENTIAL",
  priorMean: "",
  priorVariance: "",
  mde: "5",
  power: "80",
};

/** The API's input: percentages become shares for relative metrics; NPS margins and MDE stay in points. */
export function designInput(draft: DesignDraft, absolute: (metric: string) => boolean): PilotDesignInput {
  const share = (metric: string, text: string) => (absolute(metric) ? Number(text) : Number(text) / 100);
  return {
    primaryMetric: draft.primaryMetric,
    secondaryMetrics: draft.secondaryMetrics.filter((m) => m !== draft.primaryMetric),
    guardrails: draft.guardrails.map((g) => ({ metric: g.metric, margin: share(g.metric, g.margin) })),
    alpha: Number(draft.alpha),
    engine: draft.engine,
    prior:
      draft.engine === "BAYESIAN" && draft.priorMean !== "" && draft.priorVariance !== ""
        ? { mean: Number(draft.priorMean) / 100, variance: Number(draft.priorVariance) }
        : null,
    mde: share(draft.primaryMetric, draft.mde),
    power: Number(draft.power) / 100,
  };
}

/** The built-in metrics (from the API) and whether one is compared in points rather than relatively. */
export function useMetricCatalogue() {
  const [{ data }] = useQuery({ query: DesignFieldsQuery });
  const metrics = data?.metricCatalogue ?? [];
  return { metrics, absolute: (key: string) => metrics.find((m) => m.key === key)?.difference === "absolute" };
}

/**
 * The pilot form's design section: primary and secondary metrics, guardrails with their margins, α, engine (with an
 * optional prior for Bayesian), MDE and power. Frozen once the pilot starts.
 */
export function DesignFields(props: { value: DesignDraft; onChange: (next: DesignDraft) => void }) {
  const { metrics } = useMetricCatalogue();
  const d = props.value;
  const set = (patch: Partial<DesignDraft>) => props.onChange({ ...d, ...patch });
  const unitOf = (key: string) => (metrics.find((m) => m.key === key)?.difference === "absolute" ? "points" : "%");
  const used = new Set([d.primaryMetric, ...d.secondaryMetrics, ...d.guardrails.map((g) => g.metric)]);
  return (
    <fieldset className="design-fields">
      <legend>Design (what the results are analysed on; frozen when the pilot starts)</legend>
      <div className="inline">
        <label>
          Primary metric
          <select
            aria-label="Primary metric"
            value={d.primaryMetric}
            onChange={(e) =>
              set({
                primaryMetric: e.target.value,
                secondaryMetrics: d.secondaryMetrics.filter((m) => m !== e.target.value),
                guardrails: d.guardrails.filter((g) => g.metric !== e.target.value),
              })
            }
          >
            {metrics.map((m) => (
              <option key={m.key} value={m.key}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Minimum detectable effect ({unitOf(d.primaryMetric)})
          <input
            aria-label="Minimum detectable effect"
            inputMode="decimal"
            value={d.mde}
            onChange={(e) => set({ mde: e.target.value })}
          />
        </label>
        <label>
          Power (%)
          <input
            aria-label="Power"
            inputMode="decimal"
            value={d.power}
            onChange={(e) => set({ power: e.target.value })}
          />
        </label>
        <label>
          α (significance)
          <input
            aria-label="Alpha"
            inputMode="decimal"
            value={d.alpha}
            onChange={(e) => set({ alpha: e.target.value })}
          />
        </label>
        <label>
          Engine
          <select
            aria-label="Engine"
            value={d.engine}
            onChange={(e) => set({ engine: e.target.value as AnalysisEngine })}
          >
            <option value="SEQUENTIAL">Frequentist, sequential intervals (read any day)</option>
            <option value="FIXED_HORIZON">Frequentist, fixed horizon (read at the planned sample)</option>
            <option value="BAYESIAN">Bayesian (chance to win, risk)</option>
          </select>
        </label>
        {d.engine === "BAYESIAN" && (
          <>
            <label>
              Prior mean lift (%, optional)
              <input
                aria-label="Prior mean"
                inputMode="decimal"
                value={d.priorMean}
                onChange={(e) => set({ priorMean: e.target.value })}
              />
            </label>
            <label>
              Prior variance (optional)
              <input
                aria-label="Prior variance"
                inputMode="decimal"
                value={d.priorVariance}
                onChange={(e) => set({ priorVariance: e.target.value })}
              />
            </label>
          </>
        )}
      </div>
      <p className="small">Secondary metrics (tested with the primary in one multiple-comparison family):</p>
      <div className="inline">
        {metrics
          .filter((m) => m.key !== d.primaryMetric && !d.guardrails.some((g) => g.metric === m.key))
          .map((m) => (
            <label className="checkbox" key={m.key}>
              <input
                type="checkbox"
                aria-label={`Secondary ${m.label}`}
                checked={d.secondaryMetrics.includes(m.key)}
                onChange={(e) =>
                  set({
                    secondaryMetrics: e.target.checked
                      ? [...d.secondaryMetrics, m.key]
                      : d.secondaryMetrics.filter((k) => k !== m.key),
                  })
                }
              />{" "}
              {m.label}
            </label>
          ))}
      </div>
      <p className="small">Guardrails (may not get worse by more than the margin):</p>
      {d.guardrails.map((g, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity before they are saved.
        <div className="inline" key={i}>
          <label>
            Guardrail {i + 1}
            <select
              aria-label={`Guardrail ${i + 1} metric`}
              value={g.metric}
              onChange={(e) =>
                set({ guardrails: d.guardrails.map((x, j) => (j === i ? { ...x, metric: e.target.value } : x)) })
              }
            >
              {metrics
                .filter((m) => m.key === g.metric || !used.has(m.key))
                .map((m) => (
                  <option key={m.key} value={m.key}>
                    {m.label}
                  </option>
                ))}
            </select>
          </label>
          <label>
            Margin ({unitOf(g.metric)})
            <input
              aria-label={`Guardrail ${i + 1} margin`}
              inputMode="decimal"
              value={g.margin}
              onChange={(e) =>
                set({ guardrails: d.guardrails.map((x, j) => (j === i ? { ...x, margin: e.target.value } : x)) })
              }
            />
          </label>
          <button type="button" onClick={() => set({ guardrails: d.guardrails.filter((_, j) => j !== i) })}>
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => {
          const free = metrics.find((m) => !used.has(m.key));
          if (free) set({ guardrails: [...d.guardrails, { metric: free.key, margin: "2" }] });
        }}
      >
        Add guardrail
      </button>
    </fieldset>
  );
}
