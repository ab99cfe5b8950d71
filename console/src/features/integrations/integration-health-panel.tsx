import { useId } from "react";
import { type FragmentType, useFragment } from "../../gql/fragment-masking.js";
import { graphql } from "../../gql/gql.js";
import { duration, formatDateTime, formatHour, relativeTime } from "../../lib/format.js";
import { reasonWords } from "./words.js";

export const IntegrationHealthPanel_IntegrationHealthFragment = graphql(`
  fragment IntegrationHealthPanel_IntegrationHealthFragment on IntegrationHealth {
    eventsLast24h replaysLast24h unknownTypesLast24h lastEventAt pendingEvents failedEvents
    medianLagSeconds maxLagSeconds oldestPendingSeconds
    eventsPerHour { hour count }
    rejectedLast24h { reason count }
  }
`);

/** What the helpdesk delivered over the last 24 hours, what was refused and why, and how far processing lags. */
export function IntegrationHealthPanel(props: {
  health: FragmentType<typeof IntegrationHealthPanel_IntegrationHealthFragment>;
  name: string;
}) {
  const health = useFragment(IntegrationHealthPanel_IntegrationHealthFragment, props.health);
  const ids = useId();
  const rejected = health.rejectedLast24h.reduce((sum, r) => sum + r.count, 0);
  const peak = Math.max(0, ...health.eventsPerHour.map((h) => h.count));
  const busiest = health.eventsPerHour.find((h) => h.count === peak);
  const first = health.eventsPerHour[0];
  const last = health.eventsPerHour[health.eventsPerHour.length - 1];
  const summary =
    peak === 0
      ? "No events in the last 24 hours."
      : `${health.eventsLast24h} events in the last 24 hours; busiest hour ${busiest ? formatHour(busiest.hour) : ""} with ${peak}.`;

  return (
    <section className="health" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>Health, last 24 hours</h3>
      <dl className="stats">
        <div>
          <dt>Events received</dt>
          <dd>{health.eventsLast24h}</dd>
        </div>
        <div className={rejected > 0 ? "bad" : undefined}>
          <dt>Rejected</dt>
          <dd>
            {rejected}
            {health.rejectedLast24h.length > 0 && (
              <ul className="reasons">
                {health.rejectedLast24h.map((r) => (
                  <li key={r.reason}>
                    {r.count} {reasonWords(r.reason)}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>Replays</dt>
          <dd>{health.replaysLast24h}</dd>
        </div>
        <div>
          <dt>Unknown types</dt>
          <dd>{health.unknownTypesLast24h}</dd>
        </div>
        <div>
          <dt>Last event</dt>
          <dd>
            {health.lastEventAt ? (
              <time dateTime={health.lastEventAt} title={formatDateTime(health.lastEventAt)}>
                {relativeTime(health.lastEventAt)}
              </time>
            ) : (
              "none yet"
            )}
          </dd>
        </div>
        <div className={health.pendingEvents > 0 ? "warn" : undefined}>
          <dt>Pending</dt>
          <dd>
            {health.pendingEvents}
            {health.oldestPendingSeconds != null && (
              <span className="small muted"> oldest {duration(health.oldestPendingSeconds)}</span>
            )}
          </dd>
        </div>
        <div className={health.failedEvents > 0 ? "bad" : undefined}>
          <dt>Failed</dt>
          <dd>{health.failedEvents}</dd>
        </div>
        <div>
          <dt>Processing lag</dt>
          <dd>
            {health.medianLagSeconds == null ? (
              <span className="muted">—</span>
            ) : (
              <>
                {duration(health.medianLagSeconds)}{" "}
                <span className="small muted">median · {duration(health.maxLagSeconds)} max</span>
              </>
            )}
          </dd>
        </div>
      </dl>

      <div className="hour-bars" role="img" aria-label={`Events per hour: ${summary}`}>
        {health.eventsPerHour.map((h) => (
          <span
            key={h.hour}
            className={h.count > 0 ? "bar" : "bar empty"}
            style={{ height: peak > 0 ? `${Math.max(4, (h.count / peak) * 100)}%` : undefined }}
            title={`${formatHour(h.hour)}: ${h.count}`}
          />
        ))}
      </div>
      {first && last && (
        <div className="hour-axis small muted" aria-hidden="true">
          <span>{formatHour(first.hour)}</span>
          <span>{formatHour(last.hour)}</span>
        </div>
      )}
      <details>
        <summary>Events per hour as a table</summary>
        <div className="table-scroll">
          <table aria-label={`Events per hour for ${props.name}`} className="compact">
            <thead>
              <tr>
                <th scope="col">Hour</th>
                <th scope="col" className="num">
                  Events
                </th>
              </tr>
            </thead>
            <tbody>
              {health.eventsPerHour.map((h) => (
                <tr key={h.hour}>
                  <td>{formatDateTime(h.hour)}</td>
                  <td className="num">{h.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
