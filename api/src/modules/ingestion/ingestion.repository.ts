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
  /** The vendor's body as received (JSON text). */
  rawJson: string;
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
      row.rawJson,
    ],
    { prepare: "ingestion.insertEvent" },
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
    { prepare: "ingestion.countOutcome" },
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
    { prepare: "ingestion.eventToProcess" },
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
    { prepare: "ingestion.pendingEvents" },
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
    { prepare: "ingestion.tryLockTickets" },
  );
  return new Set(rows.map((r) => r.key));
}

/** Serialises the processing of one ticket (two workers folding it at once would overwrite each other). */
export async function lockTicket(tx: SqlRunner, integrationId: string, ticketId: string): Promise<void> {
  await tx.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))::text", [
    `ticket:${integrationId}:${ticketId}`,
  ]);
}

export type TicketRef = { integrationId: string; ticketId: string };

/** Every event of these tickets, with each ticket's interaction (if any), in one statement. */
export async function ticketsWithEvents(tx: SqlRunner, tickets: TicketRef[]) {
  const rows = await tx.query<{
    id: string;
    integrationId: string;
    ticketId: string;
    event: TicketEvent | string;
    interactionId: string | null;
    assignmentId: string | null;
  }>(
    `SELECT e.id, e.integration_id AS "integrationId", e.ticket_external_id AS "ticketId", e.event,
            i.id AS "interactionId", i.assignment_id AS "assignmentId"
     FROM unnest($1::text[], $2::text[]) AS t(integration_id, ticket_id)
     JOIN webhook_events e ON e.integration_id = t.integration_id AND e.ticket_external_id = t.ticket_id
     LEFT JOIN interactions i ON i.integration_id = e.integration_id AND i.ticket_external_id = e.ticket_external_id`,
    [tickets.map((t) => t.integrationId), tickets.map((t) => t.ticketId)],
    { prepare: "ingestion.ticketsWithEvents" },
  );
  const byTicket = new Map<
    string,
    { events: { id: string; event: TicketEvent }[]; interaction: { id: string; assignmentId: string | null } | null }
  >();
  for (const r of rows) {
    const key = ticketKey(r.integrationId, r.ticketId);
    const entry = byTicket.get(key) ?? { events: [], interaction: null };
    entry.events.push({
      id: r.id,
      event: typeof r.event === "string" ? (JSON.parse(r.event) as TicketEvent) : r.event,
    });
    if (r.interactionId) entry.interaction = { id: r.interactionId, assignmentId: r.assignmentId };
    byTicket.set(key, entry);
  }
  return byTicket;
}

/**
 * Writes the folded interactions in one statement (an arm only where given: once tied to an arm, an interaction
 * stays tied to it) and marks their events processed.
 */
export async function saveInteractions(
  tx: SqlRunner,
  items: {
    id: string;
    integrationId: string;
    state: InteractionState;
    arm: { pilotId: string; variantId: string; assignmentId: string } | null;
  }[],
  eventIds: string[],
  at: Date,
): Promise<(InteractionRow & { integrationId: string; ticketId: string })[]> {
  const col = <T>(f: (i: (typeof items)[number]) => T) => items.map(f);
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return tx.query(
    `WITH input AS (
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
         $7::timestamptz[], $8::timestamptz[], $9::timestamptz[], $10::boolean[], $11::int[], $12::boolean[],
         $13::jsonb[], $14::text[], $15::int[], $16::text[], $17::text[], $18::text[])
       AS t(id, integration_id, ticket_external_id, customer_external_id, agent_external_id, channel, opened_at,
            first_agent_reply_at, solved_at, is_solved, reopen_count, escalated, tags, vendor_satisfaction,
            event_count, pilot_id, variant_id, assignment_id)),
     saved AS (
       INSERT INTO interactions (id, integration_id, ticket_external_id, customer_external_id, agent_external_id, channel,
         opened_at, first_agent_reply_at, solved_at, is_solved, reopen_count, escalated, tags, vendor_satisfaction,
         event_count, updated_at, pilot_id, variant_id, assignment_id)
       SELECT id, integration_id, ticket_external_id, customer_external_id, agent_external_id, channel, opened_at,
         first_agent_reply_at, solved_at, is_solved, reopen_count, escalated, tags, vendor_satisfaction, event_count,
         $19::timestamptz, pilot_id, variant_id, assignment_id FROM input
       ON CONFLICT (integration_id, ticket_external_id) DO UPDATE SET
         customer_external_id = EXCLUDED.customer_external_id, agent_external_id = EXCLUDED.agent_external_id,
         channel = EXCLUDED.channel, opened_at = EXCLUDED.opened_at, first_agent_reply_at = EXCLUDED.first_agent_reply_at,
         solved_at = EXCLUDED.solved_at, is_solved = EXCLUDED.is_solved, reopen_count = EXCLUDED.reopen_count,
         escalated = EXCLUDED.escalated, tags = EXCLUDED.tags, vendor_satisfaction = EXCLUDED.vendor_satisfaction,
         event_count = EXCLUDED.event_count, updated_at = EXCLUDED.updated_at,
         pilot_id = coalesce(interactions.pilot_id, EXCLUDED.pilot_id),
         variant_id = coalesce(interactions.variant_id, EXCLUDED.variant_id),
         assignment_id = coalesce(interactions.assignment_id, EXCLUDED.assignment_id)
       RETURNING id, integration_id AS "integrationId", ticket_external_id AS "ticketId",
                 customer_external_id AS "customerExternalId", pilot_id AS "pilotId", variant_id AS "variantId",
                 assignment_id AS "assignmentId"),
     processed AS (
       UPDATE webhook_events SET status = 'PROCESSED', processed_at = $19, last_error = NULL WHERE id = ANY($20::text[]))
     SELECT * FROM saved`,
    [
      col((i) => i.id),
      col((i) => i.integrationId),
      col((i) => i.state.ticketId),
      col((i) => i.state.customerId),
      col((i) => i.state.agentId),
      col((i) => i.state.channel),
      col((i) => iso(i.state.openedAt)),
      col((i) => iso(i.state.firstAgentReplyAt)),
      col((i) => iso(i.state.solvedAt)),
      col((i) => i.state.isSolved),
      col((i) => i.state.reopenCount),
      col((i) => i.state.escalated),
      col((i) => JSON.stringify(i.state.tags)),
      col((i) => i.state.satisfaction),
      col((i) => i.state.eventCount),
      col((i) => i.arm?.pilotId ?? null),
      col((i) => i.arm?.variantId ?? null),
      col((i) => i.arm?.assignmentId ?? null),
      at.toISOString(),
      eventIds,
    ],
    { prepare: "ingestion.saveInteractions" },
  );
}

export type InteractionRow = {
  id: string;
  customerExternalId: string | null;
  pilotId: string | null;
  variantId: string | null;
  assignmentId: string | null;
};

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
