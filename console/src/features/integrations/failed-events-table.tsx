import { useEffect, useState } from "react";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql/gql.js";
import { formatDateTime } from "../../lib/format.js";
import { outcomeOf } from "../../lib/result.js";
import { ErrorText } from "../../ui/error-text.js";

const PAGE_SIZE = 20;

// Its own query, not a fragment of the helpdesk list: a connection inside a connection costs more than the API's
// query cost limit allows (GraphQL Armor multiplies by both page sizes).
const FailedEventsTableQuery = graphql(`
  query FailedEventsTableQuery($id: ID!, $first: Int!, $after: String) {
    node(id: $id) {
      __typename id
      ... on Integration {
        failedEvents(first: $first, after: $after) {
          pageInfo { hasNextPage endCursor }
          edges { node { id ticketId eventType attempts lastError receivedAt status } }
        }
      }
    }
  }
`);

const FailedEventsTableRetryMutation = graphql(`
  mutation FailedEventsTableRetryMutation($input: RetryWebhookEventInput!) {
    retryWebhookEvent(input: $input) {
      __typename
      ... on Error { message }
      ... on MutationRetryWebhookEventSuccess { data { id status attempts lastError processedAt } }
    }
  }
`);

/**
 * Events of one integration whose processing failed for good, newest first, each with its error and a Retry button.
 * `refreshed` changes when the page asks for fresh health, and the list is read again with it.
 */
export function FailedEventsTable({
  integrationId,
  name,
  refreshed,
}: {
  integrationId: string;
  name: string;
  refreshed: number;
}) {
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: FailedEventsTableQuery,
    variables: { id: integrationId, first: PAGE_SIZE, after },
  });
  const [state, retry] = useMutation(FailedEventsTableRetryMutation);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    if (refreshed > 0) reexecute({ requestPolicy: "network-only" });
  }, [refreshed, reexecute]);

  async function doRetry(event: { id: string; ticketId: string; eventType: string }) {
    const result = await retry({ input: { eventId: event.id } });
    const outcome = outcomeOf(result.error, result.data?.retryWebhookEvent);
    if (outcome.ok) {
      setMessage({
        ok: true,
        text: `${event.eventType} of ticket ${event.ticketId} is queued again and processed in the background.`,
      });
      reexecute({ requestPolicy: "network-only" });
    } else setMessage({ ok: false, text: outcome.message });
  }

  const node = data?.node;
  const connection = node && node.__typename === "Integration" ? node.failedEvents : null;
  const events = connection?.edges.map((e) => e.node) ?? [];

  return (
    <section aria-label={`Failed events of ${name}`}>
      <h3>Failed events</h3>
      {message &&
        (message.ok ? (
          <div className="notice" role="status">
            {message.text}
          </div>
        ) : (
          <ErrorText message={message.text} />
        ))}
      {error && !data && <ErrorText message={`Could not load the failed events: ${error.message}`} />}
      {!connection ? (
        !error && <p className="muted small">Loading…</p>
      ) : events.length === 0 ? (
        <p className="muted small">None: every stored event was processed or is waiting.</p>
      ) : (
        <div className="table-scroll">
          <table aria-label={`Failed events of ${name}`}>
            <thead>
              <tr>
                <th scope="col">Ticket</th>
                <th scope="col">Type</th>
                <th scope="col" className="num">
                  Attempts
                </th>
                <th scope="col">Last error</th>
                <th scope="col">Received</th>
                <th scope="col">
                  <span className="visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id}>
                  <td>
                    <code>{event.ticketId}</code>
                  </td>
                  <td className="small">{event.eventType}</td>
                  <td className="num">{event.attempts}</td>
                  <td className="small wrap-anywhere">{event.lastError ?? "—"}</td>
                  <td className="small nowrap">{formatDateTime(event.receivedAt)}</td>
                  <td>
                    {event.status === "FAILED" ? (
                      <button
                        type="button"
                        disabled={state.fetching}
                        onClick={() => doRetry(event)}
                        aria-label={`Retry ${event.eventType} of ticket ${event.ticketId}`}
                      >
                        Retry
                      </button>
                    ) : (
                      <span className="small muted">{event.status.toLowerCase()}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {connection?.pageInfo.hasNextPage && (
        <button type="button" disabled={fetching} onClick={() => setAfter(connection.pageInfo.endCursor ?? null)}>
          Show more failed events
        </button>
      )}
    </section>
  );
}
