import { useState } from "react";
import { useMutation } from "urql";
import { type FragmentType, useFragment } from "../../gql/fragment-masking.js";
import { graphql } from "../../gql/gql.js";
import { formatDateTime } from "../../lib/format.js";
import { outcomeOf } from "../../lib/result.js";
import { ErrorText } from "../../ui/error-text.js";

export const FailedEventsTable_IntegrationFragment = graphql(`
  fragment FailedEventsTable_IntegrationFragment on Integration {
    id name
    failedEvents(first: 20) {
      pageInfo { hasNextPage }
      edges { node { id ticketId eventType attempts lastError receivedAt status } }
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

/** Events whose processing failed for good, newest first, each with its error and a Retry button. */
export function FailedEventsTable(props: { integration: FragmentType<typeof FailedEventsTable_IntegrationFragment> }) {
  const integration = useFragment(FailedEventsTable_IntegrationFragment, props.integration);
  const [state, retry] = useMutation(FailedEventsTableRetryMutation);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const events = integration.failedEvents.edges.map((e) => e.node);

  async function doRetry(event: { id: string; ticketId: string }) {
    const result = await retry({ input: { eventId: event.id } });
    const outcome = outcomeOf(result.error, result.data?.retryWebhookEvent);
    setMessage(
      outcome.ok
        ? { ok: true, text: `Event of ticket ${event.ticketId} queued again; it is processed in the background.` }
        : { ok: false, text: outcome.message },
    );
  }

  return (
    <section aria-label={`Failed events of ${integration.name}`}>
      <h3>Failed events</h3>
      {message &&
        (message.ok ? (
          <div className="notice" role="status">
            {message.text}
          </div>
        ) : (
          <ErrorText message={message.text} />
        ))}
      {events.length === 0 ? (
        <p className="muted small">None: every stored event was processed or is waiting.</p>
      ) : (
        <div className="table-scroll">
          <table aria-label={`Failed events of ${integration.name}`}>
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
      {integration.failedEvents.pageInfo.hasNextPage && (
        <p className="small muted">The 20 newest are shown; retry these first.</p>
      )}
    </section>
  );
}
