import { type FragmentType, useFragment } from "../../gql/fragment-masking.js";
import { graphql } from "../../gql/gql.js";
import { pValue } from "../../lib/format.js";
import { VariantResultRow } from "./variant-result-row.js";

export const ResultsTable_PilotResultsFragment = graphql(`
  fragment ResultsTable_PilotResultsFragment on PilotResults {
    alpha sequential srmPValue srmHealthy totalParticipants totalResponses computedAt
    variants { variantId ...VariantResultRow_VariantResultFragment }
  }
`);

/** Per-variant outcomes, each treatment's comparisons with the control, and a warning when assignment looks broken. */
export function ResultsTable(props: { results: FragmentType<typeof ResultsTable_PilotResultsFragment> }) {
  const results = useFragment(ResultsTable_PilotResultsFragment, props.results);
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
              <VariantResultRow key={variant.variantId} variant={variant} />
            ))}
          </tbody>
        </table>
      </div>
      <p className="small muted">
        Lifts are relative to the control (NPS: difference in points), with {Math.round((1 - results.alpha) * 100)} %{" "}
        {results.sequential ? "always-valid (sequential) intervals, safe to check every day" : "confidence intervals"}{" "}
        (Welch's t). Adjusted p-values use Holm–Bonferroni across every variant and metric; verdicts use the adjusted
        p-value. {results.totalResponses} responses from {results.totalParticipants} participants.
      </p>
    </>
  );
}
