import { useState } from "react";
import { useQuery } from "urql";
import { formatDateTime } from "../../lib/format.js";
import { ErrorText } from "../../ui/error-text.js";

const PAGE = 20;

const ParticipantsQuery = `
  query PilotParticipantsQuery($id: ID!, $first: Int!) {
    pilot(id: $id) {
      id
      participants(first: $first) {
        totalCount
        pageInfo { hasNextPage }
        edges { node { id assignedAt exposureCount feedbackCount participant { kind externalId } variant { key name } } }
      }
    }
  }`;

type ParticipantRow = {
  id: string;
  assignedAt: string;
  exposureCount: number;
  feedbackCount: number;
  participant: { kind: string; externalId: string };
  variant: { key: string; name: string };
};

/** The pilot's assigned participants, newest first, with how often each saw their variant and answered. */
export function ParticipantsTable({ pilotId }: { pilotId: string }) {
  const [first, setFirst] = useState(PAGE);
  const [{ data, error, fetching }] = useQuery<{
    pilot: {
      participants: { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: { node: ParticipantRow }[] };
    } | null;
  }>({ query: ParticipantsQuery, variables: { id: pilotId, first } });
  if (error) return <ErrorText message={error.message} />;
  const connection = data?.pilot?.participants;
  if (!connection) return <p className="muted">{fetching ? "Loading…" : "No participants."}</p>;
  return (
    <>
      <table aria-label="Participants">
        <thead>
          <tr>
            <th>Participant</th>
            <th>Variant</th>
            <th>Assigned</th>
            <th className="num">Exposures</th>
            <th className="num">Responses</th>
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
          <button type="button" onClick={() => setFirst(first + PAGE)}>
            Show more participants
          </button>
        )}
      </p>
    </>
  );
}

const CommentsQuery = `
  query PilotCommentsQuery($id: ID!, $first: Int!) {
    pilot(id: $id) {
      id
      comments(first: $first) {
        totalCount
        pageInfo { hasNextPage }
        edges { node { id comment csat nps createdAt variant { name } } }
      }
    }
  }`;

type CommentRow = {
  id: string;
  comment: string;
  csat: number | null;
  nps: number | null;
  createdAt: string;
  variant: { name: string };
};

/** What customers wrote, newest first, with their ratings and variant. */
export function CommentsList({ pilotId }: { pilotId: string }) {
  const [first, setFirst] = useState(10);
  const [{ data, error }] = useQuery<{
    pilot: {
      comments: { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: { node: CommentRow }[] };
    } | null;
  }>({ query: CommentsQuery, variables: { id: pilotId, first } });
  if (error) return <ErrorText message={error.message} />;
  const connection = data?.pilot?.comments;
  if (!connection) return null;
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
        <button type="button" onClick={() => setFirst(first + 10)}>
          Show more comments ({connection.totalCount - connection.edges.length} more)
        </button>
      )}
    </section>
  );
}
