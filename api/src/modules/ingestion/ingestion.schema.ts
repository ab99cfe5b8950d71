import { builder } from "../../schema/builder.js";
import { InvalidStateError, NotFoundError } from "../../schema/errors.js";
import { CAN_MANAGE_INTEGRATIONS } from "../../schema/roles.js";
import type { IngestResult } from "./ingestion.service.js";
import { TICKET_EVENT_TYPES } from "./ticket-event.js";

const InteractionEventInput = builder.inputType("InteractionEventInput", {
  description: "One ticket event, as the generic webhook takes it.",
  fields: (t) => ({
    id: t.string({ required: true, description: "Your id for this event: a retry with the same id changes nothing." }),
    type: t.string({
      required: true,
      description: `One of ${TICKET_EVENT_TYPES.join(", ")}; other types are ignored.`,
    }),
    ticketId: t.string({ required: true }),
    occurredAt: t.field({ type: "DateTime", required: true }),
    customerId: t.string({ required: false }),
    customerEmail: t.string({ required: false, description: "Needed only when the integration emails surveys." }),
    agentId: t.string({ required: false }),
    channel: t.string({ required: false, description: "email, chat, phone, …" }),
    ticketCreatedAt: t.field({ type: "DateTime", required: false }),
    tags: t.stringList({ required: false }),
    satisfaction: t.string({ required: false, description: "The helpdesk's own rating, if any." }),
  }),
});

const RecordInteractionEventInput = builder.inputType("RecordInteractionEventInput", {
  fields: (t) => ({
    integrationId: t.id({ required: true, description: "The integration (Integrations page) this system reports as." }),
    event: t.field({ type: InteractionEventInput, required: true }),
  }),
});

const IngestStatusEnum = builder.enumType("IngestStatus", {
  values: {
    ACCEPTED: { description: "Stored; processed in the background." },
    DUPLICATE: { description: "This event id was stored before; nothing changed." },
    IGNORED: { description: "A type policy-pilot does not use; counted, not stored." },
  },
});

const RecordInteractionEventPayload = builder.objectRef<IngestResult>("RecordInteractionEventPayload").implement({
  authScopes: { public: true },
  fields: (t) => ({
    status: t.field({
      type: IngestStatusEnum,
      resolve: (r) => (r.status === "accepted" ? "ACCEPTED" : r.status === "duplicate" ? "DUPLICATE" : "IGNORED"),
    }),
    eventId: t.exposeID("eventId", { nullable: true }),
    surveyUrl: t.exposeString("surveyUrl", {
      nullable: true,
      description: "For a solved ticket whose customer is invited: the survey link to place in your message.",
    }),
    surveyExpiresAt: t.expose("surveyExpiresAt", { type: "DateTime", nullable: true }),
  }),
});

builder.mutationField("recordInteractionEvent", (t) =>
  t.field({
    type: RecordInteractionEventPayload,
    authScopes: { $any: { integration: true, role: CAN_MANAGE_INTEGRATIONS } },
    description:
      "Reports a ticket event for systems without webhooks (API token). Idempotent on the event id, like the webhooks.",
    errors: { types: [NotFoundError, InvalidStateError] },
    args: { input: t.arg({ type: RecordInteractionEventInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      ctx.services.ingestion.recordInteractionEvent({
        integrationId: String(input.integrationId),
        event: {
          ...input.event,
          occurredAt: input.event.occurredAt.toISOString(),
          ticketCreatedAt: input.event.ticketCreatedAt?.toISOString() ?? null,
        },
      }),
  }),
);
