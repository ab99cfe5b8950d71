import type { SqlRunner } from "../db/sql-runner.js";
import { newId } from "../lib/ids.js";
import type { SecretBox } from "../lib/secret-box.js";
import { foldTicketEvents, type TicketEvent } from "../modules/ingestion/ticket-event.js";
import { insertRows } from "./insert-rows.js";
import type { Rng } from "./rng.js";

/** The demo Zendesk integration's signing secret (README: post a signed test event to the demo). */
export const DEMO_ZENDESK_SECRET = "demo-zendesk-signing-secret";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** An exposure row of the running pilot's simulation: [id, pilot, variant, assignment, customer, agent, ticket, at]. */
type ExposureRow = unknown[];

/**
 * A connected Zendesk with a day and a half of ticket events for the running pilot's latest tickets: interactions
 * tied to their arms, survey invitations (sent, and throttled for customers surveyed twice), a few refused
 * deliveries, and one failed event to retry. Everything as the webhook route and its background job would store it.
 */
export async function seedDemoHelpdesk(
  sql: SqlRunner,
  input: {
    now: Date;
    rng: Rng;
    secrets: SecretBox;
    adminId: string;
    exposures: ExposureRow[];
    /** The running pilot's simulated responses: [id, pilot, variant, assignment, …]; invited customers who answered. */
    feedback: unknown[][];
  },
): Promise<string> {
  const { now, rng } = input;
  const integrationId = newId("integration");
  await insertRows(
    sql,
    "integrations",
    ["id", "vendor", "name", "secret_ciphertext", "created_by_id", "created_at"],
    [
      [
        integrationId,
        "ZENDESK",
        "Zendesk (demo)",
        input.secrets.seal(DEMO_ZENDESK_SECRET),
        input.adminId,
        new Date(now.getTime() - 3 * DAY_MS),
      ],
    ],
  );

  const since = now.getTime() - 36 * HOUR_MS;
  const recent = input.exposures
    .filter((e) => (e[7] as Date).getTime() >= since && (e[7] as Date).getTime() <= now.getTime() - HOUR_MS)
    .sort((a, b) => (a[7] as Date).getTime() - (b[7] as Date).getTime())
    .slice(-120);
  const events: unknown[][] = [];
  const interactions: unknown[][] = [];
  const invitations: unknown[][] = [];
  const lastSent = new Map<string, number>();
  const answerOf = new Map(input.feedback.map((f) => [f[3] as string, f[0] as string]));
  const answered: [string, string][] = [];
  let failed = false;
  for (const exposure of recent) {
    const [, pilotId, variantId, assignmentId, customerId, agentId, ticketId, exposedAt] = exposure as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      Date,
    ];
    const opened = exposedAt.getTime() - 2 * 60_000;
    const replied = opened + (5 + rng() * 90) * 60_000;
    const solved = replied + (10 + rng() * 300) * 60_000;
    const isSolved = solved < now.getTime() - 5 * 60_000;
    const base = { ticketId, customerId, agentId, channel: rng() < 0.6 ? "email" : "native_messaging" };
    const ticketEvents: TicketEvent[] = [
      {
        ...base,
        type: "ticket.created",
        dedupeKey: `demo-${ticketId}-created`,
        occurredAt: new Date(opened).toISOString(),
        tags: ["refund"],
      },
      {
        ...base,
        type: "ticket.agent_replied",
        dedupeKey: `demo-${ticketId}-reply`,
        occurredAt: new Date(replied).toISOString(),
      },
      ...(isSolved
        ? [
            {
              ...base,
              type: "ticket.solved" as const,
              dedupeKey: `demo-${ticketId}-solved`,
              occurredAt: new Date(solved).toISOString(),
            },
          ]
        : []),
    ];
    const ticketEventIds: string[] = [];
    for (const event of ticketEvents) {
      const id = newId("webhookEvent");
      ticketEventIds.push(id);
      const received = Date.parse(event.occurredAt) + 1_000 + rng() * 4_000;
      // One event failed for good (its job hit a restarted database): the console's retry button processes it.
      const failHere: boolean = !failed && event.type === "ticket.agent_replied" && rng() < 0.2;
      failed ||= failHere;
      events.push([
        id,
        integrationId,
        event.dedupeKey,
        event.type,
        ticketId,
        event.occurredAt,
        new Date(received),
        JSON.stringify(event),
        JSON.stringify({ demo: true, type: `zen:event-type:${event.type}`, id: event.dedupeKey }),
        failHere ? "FAILED" : "PROCESSED",
        failHere ? 5 : 1,
        failHere ? "Connection terminated unexpectedly (the database restarted while this event was processed)." : null,
        failHere ? null : new Date(received + 200 + rng() * 1_500),
      ]);
    }
    const state = foldTicketEvents(ticketEvents);
    const interactionId = newId("interaction");
    interactions.push([
      interactionId,
      integrationId,
      ticketId,
      customerId,
      agentId,
      state.channel,
      state.openedAt,
      state.firstAgentReplyAt,
      state.solvedAt,
      state.isSolved,
      0,
      rng() < 0.08,
      JSON.stringify(state.tags),
      pilotId,
      variantId,
      assignmentId,
      ticketEvents.length,
      new Date(Math.min(now.getTime(), (state.solvedAt ?? state.openedAt ?? new Date(opened)).getTime() + 2_000)),
    ]);
    if (!isSolved) continue;
    const previous = lastSent.get(customerId);
    const decision = previous !== undefined && solved - previous < 14 * DAY_MS ? "THROTTLED" : "SENT";
    if (decision === "SENT") lastSent.set(customerId, solved);
    const invitationId = newId("invitation");
    // Customers with a simulated response answered through this invitation's link (one answer per invitation).
    const answer = decision === "SENT" ? answerOf.get(assignmentId) : undefined;
    if (answer) {
      answered.push([invitationId, answer]);
      answerOf.delete(assignmentId);
    }
    const answeredAt = answer ? new Date(Math.min(now.getTime() - 60_000, solved + 3_600_000)) : null;
    invitations.push([
      invitationId,
      interactionId,
      customerId,
      pilotId,
      variantId,
      assignmentId,
      decision,
      "HELPDESK",
      new Date(solved + 1_500),
      decision === "SENT" ? new Date(solved + 7 * DAY_MS) : null,
      answeredAt
        ? new Date(answeredAt.getTime() - 120_000)
        : decision === "SENT" && rng() < 0.2
          ? new Date(solved + 600_000)
          : null,
      answeredAt,
    ]);
  }
  await insertRows(
    sql,
    "webhook_events",
    [
      "id",
      "integration_id",
      "dedupe_key",
      "event_type",
      "ticket_external_id",
      "occurred_at",
      "received_at",
      "event",
      "raw",
      "status",
      "attempts",
      "last_error",
      "processed_at",
    ],
    events,
  );
  await insertRows(
    sql,
    "interactions",
    [
      "id",
      "integration_id",
      "ticket_external_id",
      "customer_external_id",
      "agent_external_id",
      "channel",
      "opened_at",
      "first_agent_reply_at",
      "solved_at",
      "is_solved",
      "reopen_count",
      "escalated",
      "tags",
      "pilot_id",
      "variant_id",
      "assignment_id",
      "event_count",
      "updated_at",
    ],
    interactions,
  );
  await insertRows(
    sql,
    "survey_invitations",
    [
      "id",
      "interaction_id",
      "customer_external_id",
      "pilot_id",
      "variant_id",
      "assignment_id",
      "decision",
      "delivery",
      "created_at",
      "expires_at",
      "opened_at",
      "answered_at",
    ],
    invitations,
  );
  // The simulated responses (already stored) of invited customers came through their links.
  await sql.query(
    `UPDATE feedback f SET invitation_id = v.invitation_id, language = 'en'
     FROM unnest($1::text[], $2::text[]) AS v(invitation_id, feedback_id) WHERE f.id = v.feedback_id`,
    [answered.map((a) => a[0]), answered.map((a) => a[1])],
  );
  const hour = (hoursAgo: number) => new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS - hoursAgo * HOUR_MS);
  await insertRows(
    sql,
    "webhook_counters",
    ["integration_id", "hour", "outcome", "count"],
    [
      [integrationId, hour(20), "BAD_SIGNATURE", 2],
      [integrationId, hour(6), "REPLAY", 5],
      [integrationId, hour(3), "UNKNOWN_TYPE", 3],
      [integrationId, hour(1), "STALE_TIMESTAMP", 1],
    ],
  );
  return `a Zendesk integration with ${events.length} events, ${interactions.length} interactions and ${invitations.length} survey decisions`;
}
