import { useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../gql/gql.js";
import type { PilotStatus } from "../../gql/graphql.js";
import { ErrorText } from "../../ui/error-text.js";
import { PilotRow } from "./pilot-row.js";

const PAGE_SIZE = 25;
const STATUSES: PilotStatus[] = ["RUNNING", "PAUSED", "DRAFT", "CONCLUDED"];

const PilotsPageQuery = graphql(`
  query PilotsPageQuery($status: [PilotStatus!], $first: Int!, $after: String) {
    pilots(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id ...PilotRow_PilotFragment } }
    }
  }
`);

export function PilotsPage() {
  const [status, setStatus] = useState<PilotStatus | "">("");
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: PilotsPageQuery,
    variables: { status: status ? [status] : null, first: PAGE_SIZE, after },
  });
  const pilots = data?.pilots;

  return (
    <>
      <div className="spread">
        <div>
          <h1>Pilots</h1>
          <p className="muted">
            A/B tests of policy drafts against the published version. Start one from a policy's page.
          </p>
        </div>
        <div className="filter">
          <label htmlFor="status-filter">Status</label>
          <select
            id="status-filter"
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as PilotStatus | "");
              setAfter(null);
            }}
          >
            <option value="">All</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s.charAt(0) + s.slice(1).toLowerCase()}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ErrorText message={error && `Could not load the pilots: ${error.message}`} />
      {fetching && !data && <p className="muted">Loading…</p>}
      {pilots && (
        <table aria-label="Pilots">
          <thead>
            <tr>
              <th scope="col">Pilot</th>
              <th scope="col">Policy</th>
              <th scope="col">Status</th>
              <th scope="col">Unit</th>
              <th scope="col" className="num">
                Participants
              </th>
              <th scope="col" className="num">
                Responses
              </th>
              <th scope="col">Started</th>
              <th scope="col">Concluded</th>
            </tr>
          </thead>
          <tbody>
            {pilots.edges.map(({ node }) => (
              <PilotRow key={node.id} pilot={node} />
            ))}
            {pilots.edges.length === 0 && (
              <tr>
                <td colSpan={8} className="muted">
                  {status
                    ? `No ${status.toLowerCase()} pilots.`
                    : "No pilots yet. Open a policy with a draft and choose New pilot."}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      )}
      {pilots && (
        <p className="small muted">
          Showing {pilots.edges.length} of {pilots.totalCount}.{" "}
          {pilots.pageInfo.hasNextPage && (
            <button type="button" disabled={fetching} onClick={() => setAfter(pilots.pageInfo.endCursor ?? null)}>
              Show more pilots
            </button>
          )}
        </p>
      )}
    </>
  );
}
