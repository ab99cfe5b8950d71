import type { Db } from "../../db/create-db.js";
import type { SqlRunner } from "../../db/sql-runner.js";
import type { InteractionState, TicketEvent } from "./ticket-event.js";

export type StoredEventRow = {
  id: string;
  integrationId: string;
  dedupeKey: string;
  eventType: string;
  ticketExternalId: string;
  occurredAt: string;
  event: TicketEvent;
  raw: unknown;
  receivedAt: Date;
};

/** Stores a verified event once; returns false when (integration, dedupe key) was stored before (a replay). */
export async function insertEventOnce(sql: SqlRunner, row: StoredEventRow): Promise<boolean> {
  const inserted = await sql.query(
    `INSERT INTO webhook_events (id, integration_id, dedupe_key, event_type, ticket_external_id, occurred_at, received_at, event, raw)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb)
     ON CONFLICT (integration_id, dedupe_key) DO NOTHING RETURNING 1`,
    [
      row.id,
      row.integrationId,
      row.dedupeKey,
      row.eventType,
      row.ticketExternalId,
      row.occurredAt,
      row.receivedAt.toISOString(),
      JSON.stringify(row.event),
      JSON.stringify(row.raw),
    ],
  );
  return inserted.length === 1;
}

/** Counts a delivery that was not stored (replay, unknown type, refused), per integration and hour. */
export async function countOutcome(sql: SqlRunner, integrationId: string, at: Date, outcome: string): Promise<void> {
  const hour = new Date(Math.floor(at.getTime() / 3_600_000) * 3_600_000);
  await sql.query(
    `INSERT INTO webhook_counters (integration_id, hour, outcome, count) VALUES ($1, $2, $3, 1)
     ON CONFLICT (integration_id, hour, outcome) DO UPDATE SET count = webhook_counters.count + 1`,
    [integrationId, hour.toISOString(), outcome],
  );
}

export function findEvent(db: Db, id: string) {
  return db.webhookEvent.findUnique({ where: { id } });
}

/** One ticket's key, for its advisory lock. */
export function ticketKey(integrationId: string, ticketId: string): string {
  return `${integrationId}:${ticketId}`;
}

export type EventToProcess = { integrationId: string; ticketExternalId: string; status: string; attempts: number };

export async function eventToProcess(sql: SqlRunner, id: string): Promise<EventToProcess | null> {
  const rows = await sql.query<EventToProcess>(
    `SELECT integration_id AS "integrationId", ticket_external_id AS "ticketExternalId", status, attempts
     FROM webhook_events WHERE id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

export type ClaimedEvent = {
  id: string;
  integrationId: string;
  ticketExternalId: string;
  surveyDelivery: "HELPDESK" | "EMAIL";
  surveyThrottleDays: number;
  surveyExpiryDays: number;
};

/** The oldest pending events whose backoff has passed, with their integration's survey settings. */
export function pendingEvents(tx: SqlRunner, limit: number, now: Date): Promise<ClaimedEvent[]> {
  return tx.query<ClaimedEvent>(
    `SELECT e.id, e.integration_id AS "integrationId", e.ticket_external_id AS "ticketExternalId",
            i.survey_delivery AS "surveyDelivery", i.survey_throttle_days AS "surveyThrottleDays",
            i.survey_expiry_days AS "surveyExpiryDays"
     FROM webhook_events e JOIN integrations i ON i.id = e.integration_id
     WHERE e.status = 'PENDING' AND (e.next_attempt_at IS NULL OR e.next_attempt_at <= $2)
     ORDER BY e.received_at LIMIT $1`,
    [limit, now.toISOString()],
  );
}

/**
 * Takes the locks of the tickets nobody else is processing (without waiting) and returns their keys. A ticket whose
 * lock is taken is being folded by another worker; its events stay pending for the next drain.
 */
export async function tryLockTickets(tx: SqlRunner, keys: string[]): Promise<Set<string>> {
  const rows = await tx.query<{ key: string }>(
    `SELECT k AS key FROM unnest($1::text[]) AS k WHERE pg_try_advisory_xact_lock(hashtextextended('ticket:' || k, 0))`,
    [keys],
  );
  return new Set(rows.map((r) => r.key));
}

/** Serialises the processing of one ticket (two workers folding it at once would overwrite each other). */
export async function lockTicket(tx: SqlRunner, integrationId: string, ticketId: string): Promise<void> {
  await tx.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))::text", [
    `ticket:${integrationId}:${ticketId}`,
  ]);
}

/** Every event of one ticket, with the ticket's interaction (if any) on each row. */
export async function ticketWithEvents(tx: SqlRunner, integrationId: string, ticketId: string) {
  const rows = await tx.query<{
    id: string;
    event: TicketEvent;
    interactionId: string | null;
    assignmentId: string | null;
  }>(
    `SELECT e.id, e.event, i.id AS "interactionId", i.assignment_id AS "assignmentId"
     FROM webhook_events e
     LEFT JOIN interactions i ON i.integration_id = e.integration_id AND i.ticket_external_id = e.ticket_external_id
     WHERE e.integration_id = $1 AND e.ticket_external_id = $2`,
    [integrationId, ticketId],
  );
  return {
    events: rows.map((r) => ({
      id: r.id,
      event: typeof r.event === "string" ? (JSON.parse(r.event) as TicketEvent) : r.event,
    })),
    interaction: rows[0]?.interactionId ? { id: rows[0].interactionId, assignmentId: rows[0].assignmentId } : null,
  };
}

export type InteractionRow = {
  id: string;
  customerExternalId: string | null;
  pilotId: string | null;
  variantId: string | null;
  assignmentId: string | null;
};

/** Writes the folded interaction (the arm only when given: once tied to an arm, it stays) and marks its events processed. */
export async function saveInteraction(
  tx: SqlRunner,
  input: {
    id: string;
    integrationId: string;
    state: InteractionState;
    arm: { pilotId: string; variantId: string; assignmentId: string } | null;
    eventIds: string[];
    at: Date;
  },
): Promise<InteractionRow> {
  const { state } = input;
  const rows = await tx.query<InteractionRow>(
    `WITH saved AS (
       INSERT INTO interactions (id, integration_id, ticket_external_id, customer_external_id, agent_external_id, channel,
         opened_at, first_agent_reply_at, solved_at, is_solved, reopen_count, escalated, tags, vendor_satisfaction,
         event_count, updated_at, pilot_id, variant_id, assignment_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb, $14, $15, $16, $17, $18, $19)
       ON CONFLICT (integration_id, ticket_external_id) DO UPDATE SET
         customer_external_id = EXCLUDED.customer_external_id, agent_external_id = EXCLUDED.agent_external_id,
         channel = EXCLUDED.channel, opened_at = EXCLUDED.opened_at, first_agent_reply_at = EXCLUDED.first_agent_reply_at,
         solved_at = EXCLUDED.solved_at, is_solved = EXCLUDED.is_solved, reopen_count = EXCLUDED.reopen_count,
         escalated = EXCLUDED.escalated, tags = EXCLUDED.tags, vendor_satisfaction = EXCLUDED.vendor_satisfaction,
         event_count = EXCLUDED.event_count, updated_at = EXCLUDED.updated_at,
         pilot_id = coalesce(interactions.pilot_id, EXCLUDED.pilot_id),
         variant_id = coalesce(interactions.variant_id, EXCLUDED.variant_id),
         assignment_id = coalesce(interactions.assignment_id, EXCLUDED.assignment_id)
       RETURNING id, customer_external_id AS "customerExternalId", pilot_id AS "pilotId", variant_id AS "variantId",
                 assignment_id AS "assignmentId"),
     processed AS (
       UPDATE webhook_events SET status = 'PROCESSED', processed_at = $16, last_error = NULL WHERE id = ANY($20::text[]))
     SELECT * FROM saved`,
    [
      input.id,
      input.integrationId,
      state.ticketId,
      state.customerId,
      state.agentId,
      state.channel,
      state.openedAt?.toISOString() ?? null,
      state.firstAgentReplyAt?.toISOString() ?? null,
      state.solvedAt?.toISOString() ?? null,
      state.isSolved,
      state.reopenCount,
      state.escalated,
      JSON.stringify(state.tags),
      state.satisfaction,
      state.eventCount,
      input.at.toISOString(),
      input.arm?.pilotId ?? null,
      input.arm?.variantId ?? null,
      input.arm?.assignmentId ?? null,
      input.eventIds,
    ],
  );
  const row = rows[0];
  if (!row) throw new Error(`The interaction of ticket ${state.ticketId} was not saved.`);
  return row;
}

export function recordFailure(db: Db, id: string, error: string, failedForGood: boolean, nextAttemptAt: Date | null) {
  return db.webhookEvent.update({
    where: { id },
    data: {
      attempts: { increment: 1 },
      lastError: error.slice(0, 2_000),
      nextAttemptAt,
      ...(failedForGood ? { status: "FAILED" } : {}),
    },
  });
}

export function resetForRetry(db: Db, id: string) {
  return db.webhookEvent.updateMany({
    where: { id, status: "FAILED" },
    data: { status: "PENDING", attempts: 0, lastError: null, nextAttemptAt: null },
  });
}
