import type { TicketEvent, TicketEventType } from "../ticket-event.js";
import {
  checkWindow,
  hmac,
  idOf,
  isObject,
  isoOf,
  type Loose,
  malformed,
  type ParseResult,
  safeEqual,
  type VendorAdapter,
} from "./vendor-adapter.js";

const SIGNATURE = "x-zendesk-webhook-signature";
const TIMESTAMP = "x-zendesk-webhook-signature-timestamp";
const INVOCATION = "x-zendesk-webhook-invocation-id";
const TRIGGER_SCHEMA = "helpdesk-pilot/zendesk-trigger/v1";
const UNSOLVED = new Set(["NEW", "OPEN", "PENDING", "HOLD"]);
const SOLVED = new Set(["SOLVED", "CLOSED"]);

/**
 * Zendesk: webhooks subscribed to `zen:event-type:ticket.*` events (fixed JSON), or connected to triggers with our
 * body template. Signature: base64(HMAC-SHA256(secret, timestamp + raw body)) in X-Zendesk-Webhook-Signature, the
 * timestamp in X-Zendesk-Webhook-Signature-Timestamp (used verbatim).
 */
export const zendesk: VendorAdapter = {
  vendor: "ZENDESK",
  label: "Zendesk",
  verify({ headers, rawBody, now }, secret) {
    const signature = headers[SIGNATURE];
    const timestamp = headers[TIMESTAMP];
    if (!signature || !timestamp) {
      return {
        ok: false,
        outcome: "BAD_SIGNATURE",
        reason: `Missing ${!signature ? "X-Zendesk-Webhook-Signature" : "X-Zendesk-Webhook-Signature-Timestamp"} header: Zendesk signs every webhook request; check that this URL belongs to a Zendesk webhook.`,
      };
    }
    const expected = hmac("sha256", secret, timestamp, rawBody).toString("base64");
    if (!safeEqual(expected, signature.trim())) {
      return {
        ok: false,
        outcome: "BAD_SIGNATURE",
        reason:
          "The signature does not match: paste the webhook's signing secret from Zendesk (Webhooks → the webhook → Reveal secret) into this integration.",
      };
    }
    return checkWindow(new Date(timestamp), now, "X-Zendesk-Webhook-Signature-Timestamp");
  },
  parse(body, request) {
    if (!isObject(body)) return malformed("(body)", "The body must be a JSON object.");
    if (body.schema === TRIGGER_SCHEMA) return parseTrigger(body, request.headers, request.now);
    if (isObject(body.detail) && isObject(body.detail.ticket_event)) return parseEventBridge(body);
    if (typeof body.type !== "string" || !body.type) return malformed("type");
    if (!body.type.startsWith("zen:event-type:ticket.")) return { kind: "unknown", type: body.type };
    const kind = body.type.slice("zen:event-type:".length);
    const id = idOf(body.id);
    if (!id) return malformed("id");
    const occurredAt = isoOf(body.time);
    if (!occurredAt) return malformed("time", 'The field "time" must be an ISO 8601 timestamp.');
    if (!isObject(body.detail)) return malformed("detail");
    const detail = body.detail;
    const ticketId = idOf(detail.id);
    if (!ticketId) return malformed("detail.id");
    const change: Loose = isObject(body.event) ? body.event : {};
    const type = eventType(kind, change);
    if (!type) return { kind: "unknown", type: body.type };
    const assignee =
      kind === "ticket.agent_assignment_changed"
        ? (idOf(isObject(change.current) ? change.current.id : change.current) ?? idOf(detail.assignee_id))
        : idOf(detail.assignee_id);
    const event: TicketEvent = {
      type,
      dedupeKey: id,
      ticketId,
      occurredAt,
      sequence: typeof change.meta?.sequence?.position === "number" ? change.meta.sequence.position : null,
      customerId: idOf(detail.requester_id),
      agentId: assignee,
      channel: typeof detail.via?.channel === "string" ? detail.via.channel : null,
      ticketCreatedAt: isoOf(detail.created_at),
      tags: Array.isArray(detail.tags) ? detail.tags.filter((t: unknown) => typeof t === "string") : null,
    };
    return { kind: "events", events: [event] };
  },
  setup: (url) => [
    "In Zendesk Admin Center, open Apps and integrations → Webhooks → Create webhook.",
    'Choose "Zendesk events" and subscribe to the ticket events: Ticket created, Ticket status changed, Comment added, Agent assignment changed, Group assignment changed, Priority changed, Tags changed.',
    `Endpoint URL: ${url} · Request method: POST · Request format: JSON · Authentication: none (requests are signed).`,
    "Create the webhook, then Reveal secret and paste the signing secret here.",
    'Older accounts without ticket events: connect the webhook to triggers instead (one per event: "Ticket is Created", "Status changed to Solved", "Status changed from Solved", …) with the trigger body template from docs/helpdesks.md in the policy-pilot repository, each with its "event" value.',
    "Survey link: when a ticket is solved, the webhook's answer carries surveyUrl, and an app or automation can ask surveyInvitation(ticketId) with an API token and place the link in your own satisfaction message; or set the integration's delivery to email.",
  ],
};

function eventType(kind: string, change: Loose): TicketEventType | null {
  switch (kind) {
    case "ticket.created":
      return "ticket.created";
    case "ticket.status_changed": {
      const current = String(change.current ?? "").toUpperCase();
      const previous = String(change.previous ?? "").toUpperCase();
      if (SOLVED.has(current)) return "ticket.solved";
      if (SOLVED.has(previous) && UNSOLVED.has(current)) return "ticket.reopened";
      return "ticket.updated";
    }
    case "ticket.comment_added": {
      const comment = change.comment ?? {};
      return comment.author?.is_staff === true && comment.is_public !== false
        ? "ticket.agent_replied"
        : "ticket.customer_replied";
    }
    case "ticket.agent_assignment_changed":
      return "ticket.assignee_changed";
    case "ticket.group_assignment_changed":
      return "ticket.escalated";
    case "ticket.priority_changed":
      return ["HIGH", "URGENT"].includes(String(change.current ?? "").toUpperCase())
        ? "ticket.escalated"
        : "ticket.updated";
    case "ticket.tags_changed":
      return "ticket.tags_changed";
    default:
      return null;
  }
}

const TRIGGER_EVENTS = new Set<TicketEventType>([
  "ticket.created",
  "ticket.agent_replied",
  "ticket.solved",
  "ticket.reopened",
  "ticket.assignee_changed",
  "ticket.escalated",
  "ticket.csat_rated",
]);

/** The trigger route: our body template, rendered by Zendesk placeholders (text values). */
function parseTrigger(body: Loose, headers: Record<string, string | undefined>, now: Date): ParseResult {
  const type = body.event as TicketEventType;
  if (typeof body.event !== "string" || !body.event) return malformed("event");
  if (!TRIGGER_EVENTS.has(type)) return { kind: "unknown", type: body.event };
  if (!isObject(body.ticket)) return malformed("ticket");
  const ticketId = idOf(body.ticket.id);
  if (!ticketId) return malformed("ticket.id");
  const dedupeKey = headers[INVOCATION] ?? idOf(body.dedupe_hint);
  if (!dedupeKey)
    return malformed("dedupe_hint", 'Keep the template\'s "dedupe_hint" field: it makes retries harmless.');
  const occurredAt = isoOf(body.ticket.updated_at) ?? isoOf(headers[TIMESTAMP]) ?? now.toISOString();
  const tags = typeof body.ticket.tags === "string" ? body.ticket.tags.split(/\s+/).filter(Boolean) : null;
  const rating = typeof body.satisfaction?.current_rating === "string" ? body.satisfaction.current_rating.trim() : "";
  return {
    kind: "events",
    events: [
      {
        type,
        dedupeKey,
        ticketId,
        occurredAt,
        customerId: idOf(body.requester?.external_id) ?? idOf(body.requester?.id),
        agentId: idOf(body.assignee?.external_id) ?? idOf(body.assignee?.id),
        channel: typeof body.ticket.via === "string" && body.ticket.via ? body.ticket.via.toLowerCase() : null,
        ticketCreatedAt: isoOf(body.ticket.created_at),
        tags,
        satisfaction: rating ? rating.toLowerCase() : null,
      },
    ],
  };
}

const EVENTBRIDGE_TYPES: Record<string, string> = {
  "Ticket Created": "ticket.created",
  "Status Changed": "ticket.status_changed",
  "Comment Created": "ticket.comment_added",
  "Agent Assignment Changed": "ticket.agent_assignment_changed",
  "Group Assignment Changed": "ticket.group_assignment_changed",
  "Priority Changed": "ticket.priority_changed",
  "Tags Changed": "ticket.tags_changed",
};

/**
 * Zendesk's older Amazon EventBridge shape (`detail.ticket_event`), for accounts that forward EventBridge events to
 * this webhook (signed the same way by the forwarding webhook).
 */
function parseEventBridge(body: Loose): ParseResult {
  const ticketEvent = body.detail.ticket_event;
  const kind = EVENTBRIDGE_TYPES[String(ticketEvent.type ?? "")];
  if (!kind) return { kind: "unknown", type: String(body["detail-type"] ?? ticketEvent.type ?? "(none)") };
  const id = idOf(body.id);
  if (!id) return malformed("id");
  if (!isObject(ticketEvent.ticket)) return malformed("detail.ticket_event.ticket");
  const ticket = ticketEvent.ticket;
  const ticketId = idOf(ticket.id);
  if (!ticketId) return malformed("detail.ticket_event.ticket.id");
  const occurredAt = isoOf(ticketEvent.meta?.occurred_at) ?? isoOf(body.time);
  if (!occurredAt) return malformed("detail.ticket_event.meta.occurred_at");
  const change = { previous: ticketEvent.previous, current: ticketEvent.current, comment: ticketEvent.comment };
  const type = eventType(kind, change);
  if (!type) return { kind: "unknown", type: String(body["detail-type"]) };
  return {
    kind: "events",
    events: [
      {
        type,
        dedupeKey: id,
        ticketId,
        occurredAt,
        sequence: typeof ticketEvent.meta?.sequence?.position === "number" ? ticketEvent.meta.sequence.position : null,
        customerId: idOf(ticket.requester_id),
        agentId:
          kind === "ticket.agent_assignment_changed"
            ? (idOf(change.current) ?? idOf(ticket.assignee_id))
            : idOf(ticket.assignee_id),
        channel: typeof ticket.via?.channel === "string" ? ticket.via.channel : null,
        ticketCreatedAt: isoOf(ticket.created_at),
        tags: Array.isArray(ticket.tags) ? ticket.tags.filter((t: unknown) => typeof t === "string") : null,
      },
    ],
  };
}
