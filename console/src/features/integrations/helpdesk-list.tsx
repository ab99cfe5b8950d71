import { useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../gql/gql.js";
import { ErrorText } from "../../ui/error-text.js";
import { HelpdeskCard } from "./helpdesk-card.js";

const HelpdeskListQuery = graphql(`
  query HelpdeskListQuery($after: String) {
    integrations(first: 10, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id ...HelpdeskCard_IntegrationFragment } }
    }
  }
`);

/**
 * The connected helpdesks, newest first, ten at a time (each brings its health, and the API's query cost limit
 * counts every one); Refresh reads the health again.
 */
export function HelpdeskList() {
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, error, fetching }, refetch] = useQuery({ query: HelpdeskListQuery, variables: { after } });
  const [refreshed, setRefreshed] = useState(0);
  if (error && !data) return <ErrorText message={`Could not load the helpdesks: ${error.message}`} />;
  const connection = data?.integrations;
  if (!connection) return <p className="muted">Loading…</p>;
  return (
    <section aria-labelledby="helpdesks-heading">
      <div className="section-head">
        <h2 id="helpdesks-heading">Connected helpdesks</h2>
        <div>
          <button
            type="button"
            disabled={fetching}
            onClick={() => {
              refetch({ requestPolicy: "network-only" });
              setRefreshed((n) => n + 1);
            }}
          >
            {fetching ? "Refreshing…" : "Refresh health"}
          </button>
        </div>
      </div>
      {connection.edges.length === 0 && (
        <p className="muted">None yet: connect one below to receive its ticket events.</p>
      )}
      {connection.edges.map(({ node }) => (
        <HelpdeskCard key={node.id} integration={node} refreshed={refreshed} />
      ))}
      {connection.pageInfo.hasNextPage && (
        <button type="button" disabled={fetching} onClick={() => setAfter(connection.pageInfo.endCursor ?? null)}>
          Show more helpdesks
        </button>
      )}
    </section>
  );
}
