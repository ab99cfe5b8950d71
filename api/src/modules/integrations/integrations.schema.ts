import { z } from "zod";
import { builder } from "../../schema/builder.js";
import { InvalidStateError, NotFoundError } from "../../schema/errors.js";
import { CAN_MANAGE_INTEGRATIONS } from "../../schema/roles.js";
import type { IntegrationHealth } from "./integrations.read-model.js";

export const HelpdeskVendorEnum = builder.enumType("HelpdeskVendor", {
  values: {
    ZENDESK: { description: "Zendesk webhooks (ticket events or triggers), signed with HMAC-SHA256." },
    INTERCOM: { description: "Intercom app webhooks, signed with X-Hub-Signature (HMAC-SHA1)." },
    GENERIC: { description: "Any other system: policy-pilot's generic event, signed with X-Policy-Pilot-Signature." },
  },
});

export const SurveyDeliveryEnum = builder.enumType("SurveyDelivery", {
  values: {
    HELPDESK: {
      description: "The helpdesk places the link in its own message (webhook answer, surveyInvitation query).",
    },
    EMAIL: { description: "policy-pilot emails the link (needs SMTP_URL and the customer's email in the events)." },
  },
});

const HourCountRef = builder.objectRef<{ hour: Date; count: number }>("HourCount").implement({
  authScopes: { public: true },
  fields: (t) => ({ hour: t.expose("hour", { type: "DateTime" }), count: t.exposeInt("count") }),
});

const ReasonCountRef = builder.objectRef<{ reason: string; count: number }>("ReasonCount").implement({
  authScopes: { public: true },
  fields: (t) => ({
    reason: t.exposeString("reason", {
      description: "BAD_SIGNATURE, STALE_TIMESTAMP, MALFORMED, TOO_LARGE or DISABLED.",
    }),
    count: t.exposeInt("count"),
  }),
});

const IntegrationHealthRef = builder.objectRef<IntegrationHealth>("IntegrationHealth").implement({
  authScopes: { public: true },
  description: "What an integration delivered over the last 24 hours, what was refused, and how far processing lags.",
  fields: (t) => ({
    eventsPerHour: t.field({ type: [HourCountRef], resolve: (h) => h.eventsPerHour }),
    eventsLast24h: t.exposeInt("eventsLast24h"),
    replaysLast24h: t.exposeInt("replaysLast24h", { description: "Deliveries of an event already stored (harmless)." }),
    unknownTypesLast24h: t.exposeInt("unknownTypesLast24h", {
      description: "Events of types policy-pilot does not use.",
    }),
    rejectedLast24h: t.field({ type: [ReasonCountRef], resolve: (h) => h.rejectedLast24h }),
    lastEventAt: t.expose("lastEventAt", { type: "DateTime", nullable: true }),
    pendingEvents: t.exposeInt("pendingEvents"),
    failedEvents: t.exposeInt("failedEvents"),
    medianLagSeconds: t.float({ nullable: true, resolve: (h) => h.processingLagSeconds.median }),
    maxLagSeconds: t.float({ nullable: true, resolve: (h) => h.processingLagSeconds.max }),
    oldestPendingSeconds: t.exposeFloat("oldestPendingSeconds", { nullable: true }),
  }),
});

const WebhookEventStatusEnum = builder.enumType("WebhookEventStatus", {
  values: ["PENDING", "PROCESSED", "FAILED"] as const,
});

export const WebhookEventRef = builder.prismaNode("WebhookEvent", {
  nullable: true,
  id: { field: "id" },
  authScopes: { role: CAN_MANAGE_INTEGRATIONS },
  description: "One verified helpdesk event, stored once.",
  fields: (t) => ({
    eventType: t.exposeString("eventType"),
    ticketId: t.exposeString("ticketExternalId"),
    status: t.expose("status", { type: WebhookEventStatusEnum }),
    attempts: t.exposeInt("attempts"),
    lastError: t.exposeString("lastError", { nullable: true }),
    occurredAt: t.expose("occurredAt", { type: "DateTime" }),
    receivedAt: t.expose("receivedAt", { type: "DateTime" }),
    processedAt: t.expose("processedAt", { type: "DateTime", nullable: true }),
  }),
});

export const IntegrationRef = builder.prismaNode("Integration", {
  nullable: true,
  id: { field: "id" },
  authScopes: { role: CAN_MANAGE_INTEGRATIONS },
  description: "A connected helpdesk. Its signing secret is stored encrypted and never shown again.",
  fields: (t) => ({
    vendor: t.expose("vendor", { type: HelpdeskVendorEnum }),
    name: t.exposeString("name"),
    webhookUrl: t.string({
      description: "Paste this into the helpdesk's webhook settings.",
      resolve: (i, _args, ctx) => ctx.services.integrations.webhookUrl(i),
    }),
    setupInstructions: t.stringList({ resolve: (i, _args, ctx) => ctx.services.integrations.setupInstructions(i) }),
    surveyDelivery: t.expose("surveyDelivery", { type: SurveyDeliveryEnum }),
    surveyThrottleDays: t.exposeInt("surveyThrottleDays", {
      description: "At most one survey invitation per customer in this many days, across all pilots.",
    }),
    surveyExpiryDays: t.exposeInt("surveyExpiryDays", { description: "Days a survey link stays valid." }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    disabledAt: t.expose("disabledAt", { type: "DateTime", nullable: true }),
    health: t.field({ type: IntegrationHealthRef, resolve: (i, _args, ctx) => ctx.services.integrations.health(i.id) }),
    failedEvents: t.relatedConnection("events", {
      cursor: "id",
      description: "Events whose processing failed for good, newest first, with their error.",
      query: { where: { status: "FAILED" }, orderBy: { receivedAt: "desc" } },
    }),
  }),
});

builder.queryField("integrations", (t) =>
  t.prismaConnection({
    type: "Integration",
    cursor: "id",
    authScopes: { role: CAN_MANAGE_INTEGRATIONS },
    description: "Connected helpdesks, newest first. Admins only.",
    resolve: (query, _root, _args, ctx) =>
      ctx.prismaForReads.integration.findMany({ ...query, orderBy: { createdAt: "desc" } }),
  }),
);

const name = z.string().trim().min(1, "must not be empty").max(100, "at most 100 characters");
const throttleDays = z.number().int("a whole number of days").min(0, "0 to 365 days").max(365, "0 to 365 days");
const expiryDays = z.number().int("a whole number of days").min(1, "1 to 90 days").max(90, "1 to 90 days");

const ConnectHelpdeskInput = builder.inputType("ConnectHelpdeskInput", {
  fields: (t) => ({
    vendor: t.field({ type: HelpdeskVendorEnum, required: true }),
    name: t.string({ required: true, description: "E.g. Zendesk production.", validate: name }),
    secret: t.string({
      required: true,
      description: "The vendor's signing secret (Zendesk: the webhook's secret; Intercom: the app's client secret).",
      validate: z.string().trim().min(8, "8 to 500 characters").max(500, "8 to 500 characters"),
    }),
    surveyDelivery: t.field({ type: SurveyDeliveryEnum, required: false }),
    surveyThrottleDays: t.int({ required: false, validate: throttleDays }),
    surveyExpiryDays: t.int({ required: false, validate: expiryDays }),
  }),
});

builder.mutationField("connectHelpdesk", (t) =>
  t.field({
    type: IntegrationRef,
    authScopes: { role: CAN_MANAGE_INTEGRATIONS },
    description:
      "Connects a helpdesk: stores its signing secret encrypted and returns the webhook URL to paste. Admins only.",
    errors: {},
    args: { input: t.arg({ type: ConnectHelpdeskInput, required: true }) },
    resolve: (_root, { input }, ctx) => ctx.services.integrations.connectHelpdesk(input, ctx.viewer, ctx.requestId),
  }),
);

const UpdateIntegrationInput = builder.inputType("UpdateIntegrationInput", {
  fields: (t) => ({
    integrationId: t.id({ required: true }),
    name: t.string({ required: false, validate: name }),
    secret: t.string({
      required: false,
      description: "A new signing secret (after rotating it at the vendor).",
      validate: z.string().trim().min(8, "8 to 500 characters").max(500, "8 to 500 characters"),
    }),
    surveyDelivery: t.field({ type: SurveyDeliveryEnum, required: false }),
    surveyThrottleDays: t.int({ required: false, validate: throttleDays }),
    surveyExpiryDays: t.int({ required: false, validate: expiryDays }),
  }),
});

builder.mutationField("updateIntegration", (t) =>
  t.field({
    type: IntegrationRef,
    authScopes: { role: CAN_MANAGE_INTEGRATIONS },
    description: "Renames an integration, rotates its secret or changes its survey settings. Admins only.",
    errors: { types: [NotFoundError] },
    args: { input: t.arg({ type: UpdateIntegrationInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      ctx.services.integrations.updateIntegration(
        { ...input, id: String(input.integrationId) },
        ctx.viewer,
        ctx.requestId,
      ),
  }),
);

const IntegrationIdInput = builder.inputType("IntegrationIdInput", {
  fields: (t) => ({ integrationId: t.id({ required: true }) }),
});

builder.mutationField("disableIntegration", (t) =>
  t.field({
    type: IntegrationRef,
    authScopes: { role: CAN_MANAGE_INTEGRATIONS },
    description: "Refuses the integration's webhooks (403) until it is enabled again. Admins only.",
    errors: { types: [NotFoundError] },
    args: { input: t.arg({ type: IntegrationIdInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      ctx.services.integrations.disableIntegration(String(input.integrationId), ctx.viewer, ctx.requestId),
  }),
);

builder.mutationField("enableIntegration", (t) =>
  t.field({
    type: IntegrationRef,
    authScopes: { role: CAN_MANAGE_INTEGRATIONS },
    description: "Accepts the integration's webhooks again. Admins only.",
    errors: { types: [NotFoundError] },
    args: { input: t.arg({ type: IntegrationIdInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      ctx.services.integrations.enableIntegration(String(input.integrationId), ctx.viewer, ctx.requestId),
  }),
);

const RetryWebhookEventInput = builder.inputType("RetryWebhookEventInput", {
  fields: (t) => ({ eventId: t.id({ required: true }) }),
});

builder.mutationField("retryWebhookEvent", (t) =>
  t.field({
    type: WebhookEventRef,
    authScopes: { role: CAN_MANAGE_INTEGRATIONS },
    description: "Processes a FAILED helpdesk event again (after fixing its cause). Admins only.",
    errors: { types: [NotFoundError, InvalidStateError] },
    args: { input: t.arg({ type: RetryWebhookEventInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const event = await ctx.services.ingestion.retryEvent(String(input.eventId), ctx.viewer, ctx.requestId);
      if (!event) throw new NotFoundError("webhook event", String(input.eventId));
      return event;
    },
  }),
);
