import { useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../gql/gql.js";
import { formatDateTime } from "../../lib/format.js";
import { ErrorText } from "../../ui/error-text.js";

const PAGE_SIZE = 10;

const CommentsListQuery = graphql(`
  query CommentsListQuery($id: ID!, $first: Int!, $after: String) {
    pilot(id: $id) {
      id
      comments(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id comment csat nps createdAt variant { id name } } }
      }
    }
  }
`);

/** What customers wrote, newest first, with their ratings and variant. */
export function CommentsList({ pilotId }: { pilotId: string }) {
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, error, fetching }] = useQuery({
    query: CommentsListQuery,
    variables: { id: pilotId, first: PAGE_SIZE, after },
  });
  if (error && !data) return <ErrorText message={`Could not load the comments: ${error.message}`} />;
  const connection = data?.pilot?.comments;
  if (!connection) return <p className="muted">{fetching ? "Loading…" : "No comments."}</p>;
  if (connection.totalCount === 0) return <p className="muted">No comments yet.</p>;
  return (
    <section aria-label="Comments">
      <ul className="comments">
        {connection.edges.map(({ node }) => (
          <li key={node.id} className="panel">
            “{node.comment}”
            <div className="small muted">
              {node.variant.name} · CSAT {node.csat ?? "—"} · NPS {node.nps ?? "—"} · {formatDateTime(node.createdAt)}
            </div>
          </li>
        ))}
      </ul>
      {connection.pageInfo.hasNextPage && (
        <button type="button" disabled={fetching} onClick={() => setAfter(connection.pageInfo.endCursor ?? null)}>
          Show more comments ({connection.totalCount - connection.edges.length} more)
        </button>
      )}
    </section>
  );
}
