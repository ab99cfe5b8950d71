import { useQuery } from "urql";
import { graphql } from "../../gql/gql.js";
import { percent } from "../../lib/format.js";
import { ErrorText } from "../../ui/error-text.js";

const SurveyFairnessPanelQuery = graphql(`
  query SurveyFairnessPanelQuery($id: ID!) {
    node(id: $id) {
      __typename
      ... on Pilot {
        id consentRequired
        surveyFairness {
          arms { variantId variantName assigned withdrawn sent throttled sampledOut noContact opened answered }
          consents { pending accepted declined }
          responseRate { pValue imbalanced rates }
          withdrawalRate { pValue imbalanced rates }
        }
      }
    }
  }
`);

const p = (value: number) => (value < 0.001 ? "< 0.001" : value.toFixed(3));

/**
 * Is the survey still a fair comparison? Invitations, answers and opt-outs per arm, and chi-square checks of the
 * response and withdrawal rates across arms: arms that answer (or leave) at different rates bias survey metrics.
 */
export function SurveyFairnessPanel({ pilotId }: { pilotId: string }) {
  const [{ data, error }] = useQuery({ query: SurveyFairnessPanelQuery, variables: { id: pilotId } });
  if (error && !data) return <ErrorText message={`Could not load the survey checks: ${error.message}`} />;
  const pilot = data?.node?.__typename === "Pilot" ? data.node : null;
  if (!pilot) return null;
  const f = pilot.surveyFairness;
  const checks = [
    { label: "Response rate (answered of invited)", check: f.responseRate },
    { label: "Withdrawal rate (opted out of assigned)", check: f.withdrawalRate },
  ];
  return (
    <section aria-labelledby="fairness-heading">
      <h2 id="fairness-heading">Is the survey still a fair comparison?</h2>
      <ul className="plain-list">
        {checks.map(({ label, check }) => (
          <li key={label} className={check.imbalanced ? "error" : undefined}>
            <strong>{check.imbalanced ? "Imbalanced: " : "Balanced: "}</strong>
            {label} — {check.rates.map((r, i) => `${f.arms[i]?.variantName ?? "?"} ${percent(r, 1)}`).join(", ")} (p{" "}
            {p(check.pValue)}){check.imbalanced ? ". Survey results may be biased: look into why one arm differs." : ""}
          </li>
        ))}
        {pilot.consentRequired && (
          <li>
            Consents: {f.consents.accepted} accepted, {f.consents.declined} declined, {f.consents.pending} not answered
            yet.
          </li>
        )}
      </ul>
      <div className="table-scroll">
        <table aria-label="Survey invitations per arm">
          <thead>
            <tr>
              <th>Arm</th>
              <th>Assigned</th>
              <th>Invited</th>
              <th>Throttled</th>
              <th>Sampled out</th>
              <th>No contact</th>
              <th>Opened</th>
              <th>Answered</th>
              <th>Opted out</th>
            </tr>
          </thead>
          <tbody>
            {f.arms.map((a) => (
              <tr key={a.variantId}>
                <td>{a.variantName}</td>
                <td>{a.assigned}</td>
                <td>{a.sent}</td>
                <td>{a.throttled}</td>
                <td>{a.sampledOut}</td>
                <td>{a.noContact}</td>
                <td>{a.opened}</td>
                <td>{a.answered}</td>
                <td>{a.withdrawn}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
