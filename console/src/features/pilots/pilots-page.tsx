import { useState } from "react";
import { Link } from "react-router";
import { useQuery } from "urql";
import { formatDate } from "../../lib/format.js";
import { Badge } from "../../ui/badge.js";
import { ErrorText } from "../../ui/error-text.js";

const PilotsPageQuery = `
  query PilotsPageQuery($status: [PilotStatus!], $after: String) {
    pilots(first: 25, after: $after, status: $status) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name status unit startedAt createdAt participantCount feedbackCount policy { id name } } }
    }
  }`;

type PilotRow = {
  id: string;
  name: string;
  status: string;
  unit: string;
  startedAt: string | null;
  createdAt: string;
  participantCount: number;
  feedbackCount: number;
  policy: { id: string; name: string };
};

const STATUSES = ["RUNNING", "PAUSED", "DRAFT", "CONCLUDED"];

export function PilotsPage() {
  const [status, setStatus] = useState<string>("");
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery<{
    pilots: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: PilotRow }[] };
  }>({ query: PilotsPageQuery, variables: { status: status ? [status] : null, after } });

  return (
    <>
      <div className="spread">
        <div>
          <h1>Pilots</h1>
          <p className="muted">
            A/B tests of policy drafts against the published version. Start one from a policy's page.
          </p>
        </div>
        <div>
          <label htmlFor="status-filter">Status</label>
          <select
            id="status-filter"
            value={status}
            onChange={(e) => {
              setStatus(e.target.value);
              setAfter(null);
            }}
          >
            <option value="">All</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ErrorText message={error?.message} />
      {fetching && !data && <p className="muted">Loading…</p>}
      {data && (
        <table aria-label="Pilots">
          <thead>
            <tr>
              <th>Pilot</th>
              <th>Policy</th>
              <th>Status</th>
              <th>Unit</th>
              <th className="num">Participants</th>
              <th className="num">Responses</th>
              <th>Started</th>
            </tr>
          </thead>
          <tbody>
            {data.pilots.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>
                  <Link to={`/pilots/${node.id}`}>{node.name}</Link>
                </td>
                <td>
                  <Link to={`/policies/${node.policy.id}`}>{node.policy.name}</Link>
                </td>
                <td>
                  <Badge value={node.status} />
                </td>
                <td className="small">{node.unit}</td>
                <td className="num">{node.participantCount}</td>
                <td className="num">{node.feedbackCount}</td>
                <td>{formatDate(node.startedAt)}</td>
              </tr>
            ))}
            {data.pilots.edges.length === 0 && (
              <tr>
                <td colSpan={7} className="muted">
                  No pilots{status ? ` with status ${status}` : ""} yet.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      )}
      {data?.pilots.pageInfo.hasNextPage && (
        <p>
          <button type="button" onClick={() => setAfter(data.pilots.pageInfo.endCursor)}>
            Next page
          </button>
        </p>
      )}
    </>
  );
}
