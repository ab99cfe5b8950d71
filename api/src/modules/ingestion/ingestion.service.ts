import type { Viewer } from "../../context.js";
import type { PrismaClient } from "../../db/create-db.js";
import type { SqlRunner } from "../../db/sql-runner.js";
import type { Clock } from "../../lib/clock.js";
import { newId } from "../../lib/ids.js";
import type { JobQueue } from "../../lib/jobs/job-queue.js";
import type { Logger } from "../../lib/logger.js";
import { InvalidStateError, NotFoundError, ValidationError } from "../../schema/errors.js";
import { armForTicket } from "../assignment/assignment.read-model.js";
import { recordAuditEvent } from "../audit/audit.repository.js";
import type { IntegrationsService, WebhookIntegration } from "../integrations/integrations.service.js";
import type { SurveysService } from "../surveys/surveys.service.js";
import * as repo from "./ingestion.repository.js";
import { foldTicketEvents, type TicketEvent } from "./ticket-event.js";
import { adapterForSegment } from "./vendors/adapters.js";
import { parseGenericEvent } from "./vendors/generic.js";
import type { ParseResult } from "./vendors/vendor-adapter.js";

export const WEBHOOK_EVENT_QUEUE = "webhook-event";
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
    try {
      body = JSON.parse(delivery.rawBody.toString("utf8"));
    } catch (error) {
      await repo.countOutcome(sql, integration.id, now, "MALFORMED");
      return refuse(400, `The body is not valid JSON (${(error as Error).message}).`);
    }
    const parsed = adapter.parse(body, { headers: delivery.headers, rawBody: delivery.rawBody, now });
    if (parsed.kind === "malformed") {
      await repo.countOutcome(sql, integration.id, now, "MALFORMED");
      return refuse(400, parsed.message, { field: parsed.field });
    }
    const result = await ingest(integration, parsed, body, now);
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
    return ingest(integration, parsed, input.event, now);
  }

  async function ingest(
    integration: WebhookIntegration,
    parsed: ParseResult,
    raw: unknown,
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
        raw,
        receivedAt: now,
      });
      if (!stored) {
        await repo.countOutcome(sql, integration.id, now, "REPLAY");
        continue;
      }
      result = { status: "accepted", eventId: id, surveyUrl: null, surveyExpiresAt: null };
      jobs.send(WEBHOOK_EVENT_QUEUE, { eventId: id });
      if (event.type === "ticket.solved") {
        // Processed at once too, so the answer can carry the survey link; the job then finds it done.
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
      }
    }
    return result;
  }

  /**
   * The background job: folds every event of the event's ticket (in event time) into its interaction, ties it to
   * the pilot arm that applied, and decides the survey invitation once it is solved. Idempotent.
   */
  async function processEvent(eventId: string) {
    const event = await repo.eventToProcess(sql, eventId);
    if (!event || event.status === "PROCESSED") return null;
    const integration = await integrations.forWebhook(event.integrationId);
    if (!integration) return null;
    try {
      const at = clock.now();
      const outcome = await sql.transaction(async (tx) => {
        await repo.lockTicket(tx, event.integrationId, event.ticketExternalId);
        const ticket = await repo.ticketWithEvents(tx, event.integrationId, event.ticketExternalId);
        const state = foldTicketEvents(ticket.events.map((e) => e.event));
        const arm = ticket.interaction?.assignmentId
          ? null
          : await armForTicket(tx, {
              ticketId: state.ticketId,
              customerId: state.customerId,
              agentId: state.agentId,
              openedAt: state.openedAt,
            });
        const interaction = await repo.saveInteraction(tx, {
          id: ticket.interaction?.id ?? newId("interaction"),
          integrationId: event.integrationId,
          state,
          arm,
          eventIds: ticket.events.map((e) => e.id),
          at,
        });
        if (
          !state.isSolved ||
          !interaction.assignmentId ||
          !interaction.pilotId ||
          !interaction.variantId ||
          !interaction.customerExternalId
        )
          return { interaction, decided: null };
        const decided = await surveys.decideInvitation(tx, {
          interactionId: interaction.id,
          customerId: interaction.customerExternalId,
          customerEmail: state.customerEmail,
          arm: {
            pilotId: interaction.pilotId,
            variantId: interaction.variantId,
            assignmentId: interaction.assignmentId,
          },
          policy: integration,
        });
        return { interaction, decided };
      });
      if (outcome.decided?.created) surveys.afterCommit(outcome.decided.invitation);
      return { interaction: outcome.interaction, invitation: outcome.decided?.invitation ?? null };
    } catch (error) {
      const message = (error as Error).message ?? String(error);
      const failedForGood = event.attempts + 1 >= MAX_EVENT_ATTEMPTS;
      await repo.recordFailure(db, eventId, message, failedForGood);
      logger.warn("Processing a helpdesk event failed", {
        eventId,
        attempt: event.attempts + 1,
        failedForGood,
        error: message,
      });
      if (failedForGood) return null;
      throw error;
    }
  }

  /** Re-sends events still pending after a minute (their job was lost in a crash or restart). */
  async function sweep() {
    const stale = await repo.stalePendingEvents(db, new Date(clock.now().getTime() - 60_000), 1_000);
    for (const { id } of stale) jobs.send(WEBHOOK_EVENT_QUEUE, { eventId: id });
    if (stale.length) logger.info(`Re-queued ${stale.length} pending helpdesk events`);
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
    jobs.send(WEBHOOK_EVENT_QUEUE, { eventId });
    return event;
  }

  jobs.register(WEBHOOK_EVENT_QUEUE, async (data) => {
    await processEvent(String(data.eventId));
  });
  jobs.registerPeriodic("webhook-event-sweep", sweep);

  return { receiveWebhook, recordInteractionEvent, processEvent, retryEvent, sweep };
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
