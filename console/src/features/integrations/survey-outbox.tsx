import { useState } from "react";
import { Link } from "react-router";
import { useQuery } from "urql";
import { type FragmentType, useFragment } from "../../gql/fragment-masking.js";
import { graphql } from "../../gql/gql.js";
import type { InvitationDecision } from "../../gql/graphql.js";
import { formatDateTime } from "../../lib/format.js";
import { Badge } from "../../ui/badge.js";
import { ErrorText } from "../../ui/error-text.js";
import { DECISION_HINT, DECISION_WORDS } from "./words.js";

const PAGE_SIZE = 20;

const SurveyOutboxQuery = graphql(`
  query SurveyOutboxQuery($first: Int!, $after: String) {
    surveyOutbox(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id ...SurveyOutboxRow_SurveyInvitationFragment } }
    }
  }
`);

export const SurveyOutboxRow_SurveyInvitationFragment = graphql(`
  fragment SurveyOutboxRow_SurveyInvitationFragment on SurveyInvitation {
    id createdAt ticketId customerId decision delivery emailSentAt emailError expiresAt answeredAt
    pilot { id name }
    variant { id key name isControl }
  }
`);

/** Recent survey decisions, newest first: who was invited after a solved ticket, who was not and why, per arm. */
export function SurveyOutbox() {
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, error, fetching }] = useQuery({ query: SurveyOutboxQuery, variables: { first: PAGE_SIZE, after } });
  if (error && !data) return <ErrorText message={`Could not load the survey outbox: ${error.message}`} />;
  const connection = data?.surveyOutbox;
  if (!connection) return <p className="muted">Loading…</p>;
  if (connection.edges.length === 0) {
    return (
      <p className="muted">
        No survey decisions yet: one is recorded when a pilot participant’s ticket is solved in a connected helpdesk.
      </p>
    );
  }
  return (
    <>
      <div className="table-scroll">
        <table aria-label="Survey outbox" className="outbox">
          <thead>
            <tr>
              <th scope="col">Created</th>
              <th scope="col">Ticket</th>
              <th scope="col">Customer</th>
              <th scope="col">Pilot</th>
              <th scope="col">Variant</th>
              <th scope="col">Decision</th>
              <th scope="col">Delivery</th>
              <th scope="col">Email</th>
              <th scope="col">Expires</th>
              <th scope="col">Answered</th>
            </tr>
          </thead>
          <tbody>
            {connection.edges.map(({ node }) => (
              <SurveyOutboxRow key={node.id} invitation={node} />
            ))}
          </tbody>
        </table>
      </div>
      <p className="small muted">
        {(Object.keys(DECISION_WORDS) as InvitationDecision[]).map((d, n) => (
          <span key={d}>
            {n > 0 && " · "}
            <strong>{DECISION_WORDS[d]}</strong>: {DECISION_HINT[d]}
          </span>
        ))}
      </p>
      {connection.pageInfo.hasNextPage && (
        <button type="button" disabled={fetching} onClick={() => setAfter(connection.pageInfo.endCursor ?? null)}>
          {fetching ? "Loading…" : "Show more survey decisions"}
        </button>
      )}
    </>
  );
}

function SurveyOutboxRow(props: { invitation: FragmentType<typeof SurveyOutboxRow_SurveyInvitationFragment> }) {
  const i = useFragment(SurveyOutboxRow_SurveyInvitationFragment, props.invitation);
  return (
    <tr>
      <td className="nowrap small">{formatDateTime(i.createdAt)}</td>
      <td>
        <code>{i.ticketId}</code>
      </td>
      <td>
        <code>{i.customerId}</code>
      </td>
      <td>
        <Link to={`/pilots/${i.pilot.id}`}>{i.pilot.name}</Link>
      </td>
      <td>
        {i.variant.name} <span className="small muted">{i.variant.isControl ? "control" : i.variant.key}</span>
      </td>
      <td title={`${DECISION_WORDS[i.decision]}: ${DECISION_HINT[i.decision]}`}>
        <Badge value={i.decision} label={DECISION_WORDS[i.decision]} />
      </td>
      <td className="small">{i.delivery === "EMAIL" ? "Email" : "Helpdesk"}</td>
      <td className={i.emailError ? "small wrap" : "small"}>
        {i.delivery !== "EMAIL" ? (
          <span className="muted">—</span>
        ) : i.emailError ? (
          <span className="error-inline">Failed: {i.emailError}</span>
        ) : i.emailSentAt ? (
          `Sent ${formatDateTime(i.emailSentAt)}`
        ) : (
          <span className="muted">not sent</span>
        )}
      </td>
      <td className="nowrap small">{formatDateTime(i.expiresAt)}</td>
      <td className="nowrap small">
        {i.answeredAt ? formatDateTime(i.answeredAt) : <span className="muted">no</span>}
      </td>
    </tr>
  );
}
