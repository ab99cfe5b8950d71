import type { Db } from "../../db/create-db.js";
import type { SqlRunner } from "../../db/sql-runner.js";
import type { Prisma } from "../../generated/prisma/client.js";
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

/** Serialises the processing of one ticket (two workers folding it at once would overwrite each other). */
export async function lockTicket(db: Db, integrationId: string, ticketId: string): Promise<void> {
  await db.$queryRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`ticket:${integrationId}:${ticketId}`}, 0))::text`;
}

export function eventsOfTicket(db: Db, integrationId: string, ticketId: string) {
  return db.webhookEvent.findMany({
    where: { integrationId, ticketExternalId: ticketId },
    select: { id: true, event: true },
  });
}

export function findInteraction(db: Db, integrationId: string, ticketId: string) {
  return db.interaction.findUnique({
    where: { integrationId_ticketExternalId: { integrationId, ticketExternalId: ticketId } },
  });
}

export function upsertInteraction(
  db: Db,
  input: {
    id: string;
    integrationId: string;
    state: InteractionState;
    arm: { pilotId: string; variantId: string; assignmentId: string } | null;
    at: Date;
  },
) {
  const { state } = input;
  const fields = {
    customerExternalId: state.customerId,
    agentExternalId: state.agentId,
    channel: state.channel,
    openedAt: state.openedAt,
    firstAgentReplyAt: state.firstAgentReplyAt,
    solvedAt: state.solvedAt,
    isSolved: state.isSolved,
    reopenCount: state.reopenCount,
    escalated: state.escalated,
    tags: state.tags as Prisma.InputJsonValue,
    vendorSatisfaction: state.satisfaction,
    eventCount: state.eventCount,
    updatedAt: input.at,
    ...(input.arm ?? {}),
  };
  return db.interaction.upsert({
    where: {
      integrationId_ticketExternalId: { integrationId: input.integrationId, ticketExternalId: state.ticketId },
    },
    create: { id: input.id, integrationId: input.integrationId, ticketExternalId: state.ticketId, ...fields },
    update: fields,
  });
}

export function markProcessed(db: Db, ids: string[], at: Date) {
  return db.webhookEvent.updateMany({
    where: { id: { in: ids } },
    data: { status: "PROCESSED", processedAt: at, lastError: null },
  });
}

export function recordFailure(db: Db, id: string, error: string, failedForGood: boolean) {
  return db.webhookEvent.update({
    where: { id },
    data: {
      attempts: { increment: 1 },
      lastError: error.slice(0, 2_000),
      ...(failedForGood ? { status: "FAILED" } : {}),
    },
  });
}

/** Events still pending a minute after they arrived: their wake-up job was lost (crash, restart). */
export function stalePendingEvents(db: Db, before: Date, limit: number) {
  return db.webhookEvent.findMany({
    where: { status: "PENDING", receivedAt: { lt: before } },
    select: { id: true },
    orderBy: { receivedAt: "asc" },
    take: limit,
  });
}

export function resetForRetry(db: Db, id: string) {
  return db.webhookEvent.updateMany({
    where: { id, status: "FAILED" },
    data: { status: "PENDING", attempts: 0, lastError: null },
  });
}
