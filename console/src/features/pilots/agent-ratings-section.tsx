import { useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../gql/gql.js";
import { formatDate, formatDateTime, number } from "../../lib/format.js";
import { ErrorText } from "../../ui/error-text.js";

const PAGE_SIZE = 10;

const AgentRatingsSectionQuery = graphql(`
  query AgentRatingsSectionQuery($id: ID!, $first: Int!, $after: String) {
    pilot(id: $id) {
      id
      agentRatings { variantId variantName isControl count meanClarity meanWorkability commentCount }
      agentRatingComments(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id comment clarity workability weekStart createdAt variant { id name } } }
      }
    }
  }
`);

/** What agents say about each variant: n, mean clarity and workability, and their comments, newest first. */
export function AgentRatingsSection({ pilotId }: { pilotId: string }) {
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, error, fetching }] = useQuery({
    query: AgentRatingsSectionQuery,
    variables: { id: pilotId, first: PAGE_SIZE, after },
  });
  if (error && !data) return <ErrorText message={`Could not load the agent ratings: ${error.message}`} />;
  const pilot = data?.pilot;
  if (!pilot) return <p className="muted">{fetching ? "Loading…" : "No agent ratings."}</p>;
  const connection = pilot.agentRatingComments;
  const total = pilot.agentRatings.reduce((n, v) => n + v.count, 0);
  return (
    <section aria-label="Agent ratings">
      {total === 0 && <p className="muted">No agent has rated a variant yet.</p>}
      <div className="table-scroll">
        <table aria-label="Agent ratings per variant">
          <thead>
            <tr>
              <th scope="col">Variant</th>
              <th scope="col" className="num">
                Ratings (n)
              </th>
              <th scope="col" className="num">
                Mean clarity (1–5)
              </th>
              <th scope="col" className="num">
                Mean workability (1–5)
              </th>
              <th scope="col" className="num">
                Comments
              </th>
            </tr>
          </thead>
          <tbody>
            {pilot.agentRatings.map((v) => (
              <tr key={v.variantId}>
                <th scope="row">
                  {v.variantName}
                  {v.isControl ? <span className="small muted"> (control)</span> : null}
                </th>
                <td className="num">{v.count}</td>
                <td className="num">{v.meanClarity == null ? "—" : number(v.meanClarity, 2)}</td>
                <td className="num">{v.meanWorkability == null ? "—" : number(v.meanWorkability, 2)}</td>
                <td className="num">{v.commentCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {connection.totalCount > 0 && (
        <>
          <h3>What agents wrote</h3>
          <ul className="comments" aria-label="Agent comments">
            {connection.edges.map(({ node }) => (
              <li key={node.id} className="panel">
                “{node.comment}”
                <div className="small muted">
                  {node.variant.name} · clarity {node.clarity} · workability {node.workability} · week of{" "}
                  {formatDate(node.weekStart)} · {formatDateTime(node.createdAt)}
                </div>
              </li>
            ))}
          </ul>
          {connection.pageInfo.hasNextPage && (
            <button type="button" disabled={fetching} onClick={() => setAfter(connection.pageInfo.endCursor ?? null)}>
              Show more agent comments ({connection.totalCount - connection.edges.length} more)
            </button>
          )}
        </>
      )}
    </section>
  );
}
