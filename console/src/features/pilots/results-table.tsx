import { type FragmentType, useFragment } from "../../gql/fragment-masking.js";
import { graphql } from "../../gql/gql.js";
import { pValue } from "../../lib/format.js";
import { ResultsHealth } from "./results-health.js";
import { VariantResultRow } from "./variant-result-row.js";

export const ResultsTable_PilotResultsFragment = graphql(`
  fragment ResultsTable_PilotResultsFragment on PilotResults {
    alpha engine correction srmPValue srmHealthy totalParticipants totalResponses computedAt csv
    metrics { key label role }
    variants { variantId ...VariantResultRow_VariantResultFragment }
    ...ResultsHealth_PilotResultsFragment
  }
`);

const ENGINE_WORDS: Record<string, string> = {
  SEQUENTIAL: "always-valid (sequential) intervals, safe to check every day",
  FIXED_HORIZON: "fixed-horizon confidence intervals (valid at the planned sample)",
  BAYESIAN: "Bayesian credible intervals",
};

/** Downloads the results as CSV: the same analysis as the table, one row per variant × metric. */
function downloadCsv(csv: string, computedAt: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = `pilot-results-${computedAt.slice(0, 10)}.csv`;
  a.click();
  URL.revokeObjectURL(url);
}

/** Per-variant outcomes, each treatment's comparisons with the control, the health checks, and a CSV export. */
export function ResultsTable(props: { results: FragmentType<typeof ResultsTable_PilotResultsFragment> }) {
  const results = useFragment(ResultsTable_PilotResultsFragment, props.results);
  const labels = Object.fromEntries(results.metrics.map((m) => [m.key, m.label]));
  return (
    <>
      {!results.srmHealthy && (
        <div className="warning" role="alert">
          <strong>Sample-ratio mismatch.</strong> Participants per arm differ from the weights more than chance allows
          (p {pValue(results.srmPValue)}). Check the assignment before trusting these results.
        </div>
      )}
      <div className="table-scroll">
        <table aria-label="Results" className="results">
          <thead>
            <tr>
              <th scope="col">Variant</th>
              <th scope="col" className="num">
                Weight
              </th>
              <th scope="col" className="num">
                Participants
              </th>
              <th scope="col" className="num">
                Exposures
              </th>
              <th scope="col" className="num">
                CSAT mean
              </th>
              <th scope="col" className="num">
                Satisfied
              </th>
              <th scope="col" className="num">
                NPS
              </th>
              <th scope="col" className="num">
                Effort (CES)
              </th>
              <th scope="col" className="num">
                Comments
              </th>
            </tr>
          </thead>
          <tbody>
            {results.variants.map((variant) => (
              <VariantResultRow key={variant.variantId} variant={variant} labels={labels} />
            ))}
          </tbody>
        </table>
      </div>
      <p className="small muted">
        Lifts are relative to the control (NPS: difference in points), with {Math.round((1 - results.alpha) * 100)} %{" "}
        {ENGINE_WORDS[results.engine] ?? "intervals"}.{" "}
        {results.correction === "holm-bonferroni"
          ? "Adjusted p-values use Holm–Bonferroni across every variant and the primary and secondary metrics; verdicts use them. Guardrails are tested against their margins."
          : "Verdicts use the chance to win (no multiple-comparison correction)."}{" "}
        {results.totalResponses} responses from {results.totalParticipants} participants.{" "}
        <button type="button" className="link" onClick={() => downloadCsv(results.csv, results.computedAt)}>
          Download CSV
        </button>
      </p>
      <ResultsHealth results={results} />
    </>
  );
}
