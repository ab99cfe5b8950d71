import { type FragmentType, useFragment } from "../../gql/fragment-masking.js";
import { graphql } from "../../gql/gql.js";
import { formatDateTime, percent, pValue } from "../../lib/format.js";
import { Badge } from "../../ui/badge.js";

export const ResultsHealth_PilotResultsFragment = graphql(`
  fragment ResultsHealth_PilotResultsFragment on PilotResults {
    healthStatus
    healthChecks { code status pValue text }
    phases { number startedAt srmPValue arms { key weight participants } }
  }
`);

const CHECK_LABELS: Record<string, string> = {
  SAMPLE_RATIO: "Sample ratio",
  EXPOSURES: "Exposures",
  RESPONSE_RATE: "Response rate",
  WITHDRAWAL_RATE: "Withdrawals",
};

/** The analysis's health checks, and the sample-ratio check of each phase (one per weight change) against its weights. */
export function ResultsHealth(props: { results: FragmentType<typeof ResultsHealth_PilotResultsFragment> }) {
  const results = useFragment(ResultsHealth_PilotResultsFragment, props.results);
  if (results.healthChecks.length === 0) return null;
  return (
    <section aria-label="Health" className="panel">
      <h3>
        Health <Badge value={results.healthStatus} />
      </h3>
      <ul className="small">
        {results.healthChecks.map((c) => (
          <li key={c.code}>
            <Badge value={c.status} /> <strong>{CHECK_LABELS[c.code] ?? c.code}</strong>: {c.text}
          </li>
        ))}
      </ul>
      {results.phases.length > 0 && (
        <table aria-label="Phases" className="small">
          <thead>
            <tr>
              <th scope="col">Phase</th>
              <th scope="col">From</th>
              {results.phases[0]!.arms.map((a) => (
                <th scope="col" className="num" key={a.key}>
                  {a.key}: weight · participants
                </th>
              ))}
              <th scope="col" className="num">
                Sample-ratio p
              </th>
            </tr>
          </thead>
          <tbody>
            {results.phases.map((p) => (
              <tr key={p.number}>
                <th scope="row">{p.number}</th>
                <td>{p.startedAt ? formatDateTime(p.startedAt) : "start"}</td>
                {p.arms.map((a) => (
                  <td className="num" key={a.key}>
                    {percent(a.weight, 0)} · {a.participants}
                  </td>
                ))}
                <td className="num">{pValue(p.srmPValue)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {results.phases.length > 1 && (
        <p className="small muted">
          Each phase is checked against the weights in force when its participants were assigned; the pilot's p-value is
          the smallest phase p-value times the number of phases (Bonferroni).
        </p>
      )}
    </section>
  );
}
