import { useQuery } from "urql";
import { graphql } from "../../gql/gql.js";
import { ErrorText } from "../../ui/error-text.js";
import { HelpdeskCard } from "./helpdesk-card.js";

const HelpdeskListQuery = graphql(`
  query HelpdeskListQuery {
    integrations(first: 50) {
      pageInfo { hasNextPage }
      edges { node { id ...HelpdeskCard_IntegrationFragment } }
    }
  }
`);

/** The connected helpdesks, newest first, each with its health; Refresh reads the health again. */
export function HelpdeskList() {
  const [{ data, error, fetching }, refetch] = useQuery({ query: HelpdeskListQuery });
  if (error && !data) return <ErrorText message={`Could not load the helpdesks: ${error.message}`} />;
  const connection = data?.integrations;
  if (!connection) return <p className="muted">Loading…</p>;
  return (
    <section aria-labelledby="helpdesks-heading">
      <div className="spread">
        <h2 id="helpdesks-heading">Connected helpdesks</h2>
        <div className="row">
          <button type="button" disabled={fetching} onClick={() => refetch({ requestPolicy: "network-only" })}>
            {fetching ? "Refreshing…" : "Refresh health"}
          </button>
        </div>
      </div>
      {connection.edges.length === 0 && (
        <p className="muted">None yet: connect one below to receive its ticket events.</p>
      )}
      {connection.edges.map(({ node }) => (
        <HelpdeskCard key={node.id} integration={node} />
      ))}
      {connection.pageInfo.hasNextPage && <p className="small muted">The 50 newest helpdesks are shown.</p>}
    </section>
  );
}
