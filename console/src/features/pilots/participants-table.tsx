import { useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../gql/gql.js";
import { formatDateTime } from "../../lib/format.js";
import { ErrorText } from "../../ui/error-text.js";

const PAGE_SIZE = 20;

const ParticipantsTableQuery = graphql(`
  query ParticipantsTableQuery($id: ID!, $first: Int!, $after: String) {
    pilot(id: $id) {
      id
      participants(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges {
          node {
            id assignedAt exposureCount feedbackCount
            participant { id kind externalId }
            variant { id key name }
          }
        }
      }
    }
  }
`);

/** The pilot's assigned participants, newest first, with how often each saw their variant and answered. */
export function ParticipantsTable({ pilotId }: { pilotId: string }) {
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, error, fetching }] = useQuery({
    query: ParticipantsTableQuery,
    variables: { id: pilotId, first: PAGE_SIZE, after },
  });
  if (error && !data) return <ErrorText message={`Could not load the participants: ${error.message}`} />;
  const connection = data?.pilot?.participants;
  if (!connection) return <p className="muted">{fetching ? "Loading…" : "No participants."}</p>;
  return (
    <>
      <table aria-label="Participants">
        <thead>
          <tr>
            <th scope="col">Participant</th>
            <th scope="col">Variant</th>
            <th scope="col">Assigned</th>
            <th scope="col" className="num">
              Exposures
            </th>
            <th scope="col" className="num">
              Responses
            </th>
          </tr>
        </thead>
        <tbody>
          {connection.edges.map(({ node }) => (
            <tr key={node.id}>
              <td>
                {node.participant.externalId} <span className="small muted">{node.participant.kind.toLowerCase()}</span>
              </td>
              <td>{node.variant.name}</td>
              <td className="small">{formatDateTime(node.assignedAt)}</td>
              <td className="num">{node.exposureCount}</td>
              <td className="num">{node.feedbackCount}</td>
            </tr>
          ))}
          {connection.edges.length === 0 && (
            <tr>
              <td colSpan={5} className="muted">
                Nobody is assigned yet: participants enter when a helpdesk asks which policy applies to them.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <p className="small muted">
        Showing {connection.edges.length} of {connection.totalCount}.{" "}
        {connection.pageInfo.hasNextPage && (
          <button type="button" disabled={fetching} onClick={() => setAfter(connection.pageInfo.endCursor ?? null)}>
            Show more participants
          </button>
        )}
      </p>
    </>
  );
}
