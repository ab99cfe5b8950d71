import type { Viewer } from "../../context.js";
import type { PrismaClient } from "../../db/create-db.js";
import type { SqlRunner } from "../../db/sql-runner.js";
import type { Clock } from "../../lib/clock.js";
import { newId } from "../../lib/ids.js";
import { type JobQueue, RETRY_DELAYS_MS } from "../../lib/jobs/job-queue.js";
import type { Logger } from "../../lib/logger.js";
import { InvalidStateError, NotFoundError, ValidationError } from "../../schema/errors.js";
import { armsForTickets } from "../assignment/assignment.read-model.js";
import { recordAuditEvent } from "../audit/audit.repository.js";
import type { IntegrationsService, WebhookIntegration } from "../integrations/integrations.service.js";
import type { InvitationRow } from "../surveys/surveys.repository.js";
import type { InvitationPolicy, SurveysService } from "../surveys/surveys.service.js";
import * as repo from "./ingestion.repository.js";
import { foldTicketEvents } from "./ticket-event.js";
import { adapterForSegment } from "./vendors/adapters.js";
import { parseGenericEvent } from "./vendors/generic.js";
import type { ParseResult } from "./vendors/vendor-adapter.js";

export const WEBHOOK_DRAIN_QUEUE = "webhook-events";
/** Events processed per transaction by the drain job. */
export const DRAIN_BATCH = 200;
/** A drain job sent by this instance that has not started after this long is sent again. */
const DRAIN_REQUEUE_MS = 1_000;
/** Attempts before an event is marked FAILED and kept with its error for the console's retry button. */
export const MAX_EVENT_ATTEMPTS = 5;
/** The largest webhook body accepted (1 MiB; Intercom conversations with many parts are the largest). */
export const WEBHOOK_BODY_LIMIT_BYTES = 1024 * 1024;

export type IngestionServiceDeps = {
  db: PrismaClient;
  sql: SqlRunner;
  clock: Clock;
  jobs: JobQueue;
  logger: Logger;
  integrations: IntegrationsService;
  surveys: SurveysService;
};

export type WebhookDelivery = {
  segment: string;
  integrationId: string;
  headers: Record<string, string | undefined>;
  rawBody: Buffer;
  /** The body was cut off at WEBHOOK_BODY_LIMIT_BYTES. */
  tooLarge: boolean;
};

export type IngestResult = {
  status: "accepted" | "duplicate" | "ignored" | "pong";
  eventId: string | null;
  surveyUrl: string | null;
  surveyExpiresAt: Date | null;
  ignoredType?: string;
};

export type WebhookAnswer = { httpStatus: number; body: Record<string, unknown> };

/**
 * Helpdesk events in: verify, store once, answer fast; fold into interactions and decide survey invitations in the
 * background (docs/adr/0013). Solved tickets are processed at once as well, so the answer can carry the survey link.
 */
export function createIngestionService({ db, sql, clock, jobs, logger, integrations, surveys }: IngestionServiceDeps) {
  async function receiveWebhook(delivery: WebhookDelivery): Promise<WebhookAnswer> {
    const adapter = adapterForSegment(delivery.segment);
    if (!adapter) {
      return refuse(
        404,
        `Unknown helpdesk "${delivery.segment}" in the URL; use /webhooks/zendesk/…, /webhooks/intercom/… or /webhooks/generic/….`,
      );
    }
    const integration = await integrations.forWebhook(delivery.integrationId);
    if (!integration || integration.vendor !== adapter.vendor) {
      return refuse(
        404,
        `No ${adapter.label} integration ${delivery.integrationId} exists; copy the webhook URL from policy-pilot's Integrations page.`,
      );
    }
    const now = clock.now();
    if (delivery.tooLarge) {
      await repo.countOutcome(sql, integration.id, now, "TOO_LARGE");
      return refuse(
        413,
        `The body is larger than ${WEBHOOK_BODY_LIMIT_BYTES / 1024} KiB, the most a webhook may send.`,
      );
    }
    const verified = adapter.verify({ headers: delivery.headers, rawBody: delivery.rawBody, now }, integration.secret);
    if (!verified.ok) {
      await repo.countOutcome(sql, integration.id, now, verified.outcome);
      return refuse(401, verified.reason, { reason: verified.outcome });
    }
    if (integration.disabled) {
      await repo.countOutcome(sql, integration.id, now, "DISABLED");
      return refuse(
        403,
        "This integration is disabled in policy-pilot; an admin can enable it on the Integrations page.",
      );
    }
    let body: unknown;
    const rawJson = delivery.rawBody.toString("utf8");
    try {
      body = JSON.parse(rawJson);
    } catch (error) {
      await repo.countOutcome(sql, integration.id, now, "MALFORMED");
      return refuse(400, `The body is not valid JSON (${(error as Error).message}).`);
    }
    const parsed = adapter.parse(body, { headers: delivery.headers, rawBody: delivery.rawBody, now });
    if (parsed.kind === "malformed") {
      await repo.countOutcome(sql, integration.id, now, "MALFORMED");
      return refuse(400, parsed.message, { field: parsed.field });
    }
    const result = await ingest(integration, parsed, rawJson, now);
    return { httpStatus: 200, body: answerBody(result) };
  }

  /** The generic event through GraphQL (recordInteractionEvent), with the same idempotency as webhooks. */
  async function recordInteractionEvent(input: { integrationId: string; event: unknown }): Promise<IngestResult> {
    const integration = await integrations.forWebhook(input.integrationId);
    if (!integration) throw new NotFoundError("integration", input.integrationId);
    if (integration.disabled) {
      throw new InvalidStateError(
        `Integration ${input.integrationId} is disabled; an admin can enable it on the Integrations page.`,
        input.integrationId,
        "DISABLED",
        ["ENABLED"],
      );
    }
    const now = clock.now();
    const parsed = parseGenericEvent(input.event);
    if (parsed.kind === "malformed") {
      throw new ValidationError(`${parsed.field}: ${parsed.message}`, [
        { path: ["event", ...parsed.field.split(".")], message: parsed.message },
      ]);
    }
    return ingest(integration, parsed, JSON.stringify(input.event), now);
  }

  async function ingest(
    integration: WebhookIntegration,
    parsed: ParseResult,
    rawJson: string,
    now: Date,
  ): Promise<IngestResult> {
    if (parsed.kind === "ping") return { status: "pong", eventId: null, surveyUrl: null, surveyExpiresAt: null };
    if (parsed.kind === "unknown") {
      await repo.countOutcome(sql, integration.id, now, "UNKNOWN_TYPE");
      return { status: "ignored", eventId: null, surveyUrl: null, surveyExpiresAt: null, ignoredType: parsed.type };
    }
    if (parsed.kind !== "events") throw new Error("unreachable");
    let result: IngestResult = { status: "duplicate", eventId: null, surveyUrl: null, surveyExpiresAt: null };
    for (const event of parsed.events) {
      const id = newId("webhookEvent");
      const stored = await repo.insertEventOnce(sql, {
        id,
        integrationId: integration.id,
        dedupeKey: event.dedupeKey,
        eventType: event.type,
        ticketExternalId: event.ticketId,
        occurredAt: event.occurredAt,
        event,
        rawJson,
        receivedAt: now,
      });
      if (!stored) {
        await repo.countOutcome(sql, integration.id, now, "REPLAY");
        continue;
      }
      result = { status: "accepted", eventId: id, surveyUrl: null, surveyExpiresAt: null };
      if (event.type !== "ticket.solved") scheduleDrain();
      else {
        // Processed at once, so the answer can carry the survey link (a failure leaves it to the drain).
        try {
          const processed = await processEvent(id);
          const invitation = processed?.invitation;
          if (invitation?.decision === "SENT" && invitation.delivery === "HELPDESK") {
            const link = await surveys.issueLink(invitation.id, "RESPONSE");
            result = { ...result, surveyUrl: link?.url ?? null, surveyExpiresAt: link?.expiresAt ?? null };
          }
        } catch (error) {
          logger.warn("Processing a solved ticket at once failed; the background job retries it", {
            eventId: id,
            error: String(error),
          });
        }
        scheduleDrain();
      }
    }
    return result;
  }

  /**
   * Folds every event of each ticket (in event time) into its interaction, ties it to the pilot arm that applied,
   * and decides the survey invitation of each solved one — a handful of statements for a whole batch. Runs inside
   * the caller's transaction, holding the tickets' locks. Idempotent: folding again gives the same interactions,
   * and an invitation is decided once. Customer locks (survey throttle) are taken in customer order.
   */
  async function processTickets(
    tx: SqlRunner,
    tickets: { integrationId: string; ticketId: string; policy: InvitationPolicy }[],
  ) {
    const found = await repo.ticketsWithEvents(tx, tickets);
    const items = tickets.flatMap((t) => {
      const entry = found.get(repo.ticketKey(t.integrationId, t.ticketId));
      return entry?.events.length ? [{ ...t, entry, state: foldTicketEvents(entry.events.map((e) => e.event)) }] : [];
    });
    const unarmed = items.filter((i) => !i.entry.interaction?.assignmentId);
    const arms = await armsForTickets(
      tx,
      unarmed.map((i) => ({
        ticketId: i.state.ticketId,
        customerId: i.state.customerId,
        agentId: i.state.agentId,
        openedAt: i.state.openedAt,
      })),
    );
    const armOf = new Map(unarmed.map((i, n) => [i, arms[n] ?? null]));
    const saved = await repo.saveInteractions(
      tx,
      items.map((i) => ({
        id: i.entry.interaction?.id ?? newId("interaction"),
        integrationId: i.integrationId,
        state: i.state,
        arm: armOf.get(i) ?? null,
      })),
      items.flatMap((i) => i.entry.events.map((e) => e.id)),
      clock.now(),
    );
    const savedByKey = new Map(saved.map((r) => [repo.ticketKey(r.integrationId, r.ticketId), r]));
    const outcomes = new Map<
      string,
      { interaction: repo.InteractionRow; invitation: InvitationRow | null; created: boolean }
    >();
    const toDecide = items
      .map((i) => ({ item: i, row: savedByKey.get(repo.ticketKey(i.integrationId, i.ticketId)) }))
      .sort((a, b) => ((a.row?.customerExternalId ?? "") < (b.row?.customerExternalId ?? "") ? -1 : 1));
    for (const { item, row } of toDecide) {
      if (!row) continue;
      const key = repo.ticketKey(item.integrationId, item.ticketId);
      if (!item.state.isSolved || !row.assignmentId || !row.pilotId || !row.variantId || !row.customerExternalId) {
        outcomes.set(key, { interaction: row, invitation: null, created: false });
        continue;
      }
      const decided = await surveys.decideInvitation(tx, {
        interactionId: row.id,
        customerId: row.customerExternalId,
        customerEmail: item.state.customerEmail,
        arm: { pilotId: row.pilotId, variantId: row.variantId, assignmentId: row.assignmentId },
        policy: item.policy,
      });
      outcomes.set(key, { interaction: row, invitation: decided.invitation, created: decided.created });
    }
    return outcomes;
  }

  /** One event on its own (a solved ticket at once, or a drain's fallback), with its failure recorded. */
  async function processEvent(eventId: string) {
    const event = await repo.eventToProcess(sql, eventId);
    if (event?.status !== "PENDING") return null;
    const integration = await integrations.forWebhook(event.integrationId);
    if (!integration) return null;
    try {
      const outcomes = await sql.transaction(async (tx) => {
        await repo.lockTicket(tx, event.integrationId, event.ticketExternalId);
        return processTickets(tx, [
          { integrationId: event.integrationId, ticketId: event.ticketExternalId, policy: integration },
        ]);
      });
      const outcome = outcomes.get(repo.ticketKey(event.integrationId, event.ticketExternalId));
      if (outcome?.created) surveys.afterCommit(outcome.invitation);
      return outcome ? { interaction: outcome.interaction, invitation: outcome.invitation } : null;
    } catch (error) {
      const message = (error as Error).message ?? String(error);
      const failedForGood = event.attempts + 1 >= MAX_EVENT_ATTEMPTS;
      const delayMs = RETRY_DELAYS_MS[Math.min(event.attempts, RETRY_DELAYS_MS.length - 1)] ?? 60_000;
      await repo.recordFailure(db, eventId, message, failedForGood, new Date(clock.now().getTime() + delayMs));
      logger.warn("Processing a helpdesk event failed", {
        eventId,
        attempt: event.attempts + 1,
        failedForGood,
        error: message,
      });
      return null;
    }
  }

  /**
   * The background job: processes pending events in batches of up to DRAIN_BATCH, one transaction per batch (one
   * commit for many events). Tickets another worker holds are left for the next drain. Ticket locks are taken
   * without waiting and tickets are processed in key order, so concurrent drains cannot deadlock on them. A batch
   * that fails is rolled back and its events are processed one by one, so that a poisoned event fails alone.
   */
  async function drain() {
    drainQueuedAt = 0;
    for (;;) {
      const decided: (InvitationRow | null)[] = [];
      let claimed: repo.ClaimedEvent[] = [];
      try {
        await sql.transaction(async (tx) => {
          claimed = await repo.pendingEvents(tx, DRAIN_BATCH, clock.now());
          if (!claimed.length) return;
          const tickets = new Map<string, repo.ClaimedEvent>();
          for (const event of claimed) tickets.set(repo.ticketKey(event.integrationId, event.ticketExternalId), event);
          const keys = [...tickets.keys()].sort();
          const locked = await repo.tryLockTickets(tx, keys);
          const mine = keys.flatMap((key) => {
            const event = tickets.get(key);
            return event && locked.has(key)
              ? [{ integrationId: event.integrationId, ticketId: event.ticketExternalId, policy: event }]
              : [];
          });
          for (const outcome of (await processTickets(tx, mine)).values()) {
            if (outcome.created) decided.push(outcome.invitation);
          }
        });
      } catch (error) {
        logger.warn("A batch of helpdesk events failed; processing them one by one", { error: String(error) });
        decided.length = 0;
        for (const event of claimed) await processEvent(event.id);
      }
      for (const invitation of decided) surveys.afterCommit(invitation);
      if (claimed.length < DRAIN_BATCH) return;
    }
  }

  let drainQueuedAt = 0;
  /**
   * Wakes the drain job, once for a burst of events (instead of one job per event): no new job while one sent by
   * this instance is still waiting to start (another instance may take it; after a second, send again anyway).
   */
  function scheduleDrain() {
    const now = Date.now();
    if (now - drainQueuedAt < DRAIN_REQUEUE_MS) return;
    drainQueuedAt = now;
    jobs.send(WEBHOOK_DRAIN_QUEUE, {});
  }

  async function retryEvent(eventId: string, viewer: Viewer, requestId: string) {
    const at = clock.now();
    const event = await db.$transaction(async (tx) => {
      const found = await repo.findEvent(tx, eventId);
      if (!found) throw new NotFoundError("webhook event", eventId);
      if (found.status !== "FAILED") {
        throw new InvalidStateError(
          `Only a FAILED event can be retried; event ${eventId} is ${found.status}.`,
          eventId,
          found.status,
          ["FAILED"],
        );
      }
      await repo.resetForRetry(tx, eventId);
      await recordAuditEvent(tx, {
        type: "webhook_event.retried",
        subjectType: "webhook_event",
        subjectId: eventId,
        data: { integrationId: found.integrationId, lastError: found.lastError },
        viewer,
        requestId,
        at,
      });
      return repo.findEvent(tx, eventId);
    });
    scheduleDrain();
    return event;
  }

  jobs.register(WEBHOOK_DRAIN_QUEUE, drain);
  // Every minute as well: events whose backoff has passed, and any whose wake-up was lost in a crash or restart.
  jobs.registerPeriodic("webhook-event-sweep", drain);

  return { receiveWebhook, recordInteractionEvent, processEvent, drain, retryEvent };
}

export type IngestionService = ReturnType<typeof createIngestionService>;

function refuse(httpStatus: number, message: string, extra: Record<string, unknown> = {}): WebhookAnswer {
  return { httpStatus, body: { error: message, ...extra } };
}

function answerBody(result: IngestResult): Record<string, unknown> {
  return {
    status: result.status,
    ...(result.eventId ? { eventId: result.eventId } : {}),
    ...(result.ignoredType ? { ignoredType: result.ignoredType } : {}),
    ...(result.surveyUrl
      ? { surveyUrl: result.surveyUrl, surveyExpiresAt: result.surveyExpiresAt?.toISOString() }
      : {}),
  };
}
