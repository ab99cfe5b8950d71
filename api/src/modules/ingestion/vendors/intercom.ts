import type { TicketEventType } from "../ticket-event.js";
import { hmac, idOf, isObject, isoOf, type Loose, malformed, safeEqual, type VendorAdapter } from "./vendor-adapter.js";

const SIGNATURE = "x-hub-signature";

const TOPICS: Record<string, TicketEventType | ((item: Loose) => TicketEventType)> = {
  "conversation.user.created": "ticket.created",
  "conversation.admin.single.created": "ticket.created",
  "ticket.created": "ticket.created",
  "conversation.admin.replied": "ticket.agent_replied",
  "ticket.admin.replied": "ticket.agent_replied",
  "conversation.user.replied": "ticket.customer_replied",
  "ticket.contact.replied": "ticket.customer_replied",
  "conversation.admin.closed": "ticket.solved",
  "ticket.resolved": "ticket.solved",
  "ticket.closed": "ticket.solved",
  "conversation.admin.opened": "ticket.reopened",
  "conversation.admin.assigned": "ticket.assignee_changed",
  "conversation.admin.open.assigned": "ticket.assignee_changed",
  "ticket.admin.assigned": "ticket.assignee_changed",
  "ticket.team.assigned": "ticket.escalated",
  "conversation.priority.updated": (item) => (item.priority === "priority" ? "ticket.escalated" : "ticket.updated"),
  "conversation.rating.added": "ticket.csat_rated",
  "ticket.rating.provided": "ticket.csat_rated",
  "ticket.state.updated": (item) =>
    ["resolved", "closed"].includes(String(item.ticket_state ?? item.state ?? "").toLowerCase())
      ? "ticket.solved"
      : "ticket.updated",
};

/**
 * Intercom: app webhook topics (conversation.*, ticket.*). Signature: `X-Hub-Signature: sha1=<hex HMAC-SHA1 of the
 * raw body with the app's client secret>`. No signed timestamp: replays are caught by the notification id.
 */
export const intercom: VendorAdapter = {
  vendor: "INTERCOM",
  label: "Intercom",
  verify({ headers, rawBody }, secret) {
    const signature = headers[SIGNATURE];
    if (!signature) {
      return {
        ok: false,
        outcome: "BAD_SIGNATURE",
        reason: "Missing X-Hub-Signature header: Intercom signs every notification with the app's client secret.",
      };
    }
    const expected = `sha1=${hmac("sha1", secret, rawBody).toString("hex")}`;
    if (!safeEqual(expected, signature.trim().toLowerCase())) {
      return {
        ok: false,
        outcome: "BAD_SIGNATURE",
        reason:
          "The signature does not match: paste your Intercom app's client secret (Developer Hub → your app → Basic information) into this integration.",
      };
    }
    return { ok: true };
  },
  parse(body) {
    if (!isObject(body)) return malformed("(body)", "The body must be a JSON object.");
    if (typeof body.topic !== "string" || !body.topic) return malformed("topic");
    if (body.topic === "ping") return { kind: "ping" };
    const mapping = TOPICS[body.topic];
    if (!mapping) return { kind: "unknown", type: body.topic };
    const id = idOf(body.id);
    if (!id) return malformed("id");
    const occurredAt = isoOf(body.created_at);
    if (!occurredAt) return malformed("created_at", 'The field "created_at" must be a Unix time in seconds.');
    if (!isObject(body.data) || !isObject(body.data.item)) return malformed("data.item");
    const item: Loose =
      body.topic === "ticket.closed" && isObject(body.data.item.ticket) ? body.data.item.ticket : body.data.item;
    const ticketId = idOf(item.id);
    if (!ticketId) return malformed("data.item.id");
    const contact = Array.isArray(item.contacts?.contacts) ? item.contacts.contacts[0] : null;
    const tags = Array.isArray(item.tags?.tags)
      ? item.tags.tags.map((t: Loose) => t?.name).filter((n: unknown) => typeof n === "string")
      : null;
    const rating = item.conversation_rating?.rating;
    return {
      kind: "events",
      events: [
        {
          type: typeof mapping === "function" ? mapping(item) : mapping,
          dedupeKey: id,
          ticketId,
          occurredAt,
          customerId: idOf(contact?.external_id) ?? idOf(contact?.id),
          customerEmail: typeof contact?.email === "string" ? contact.email : null,
          agentId: idOf(item.admin_assignee_id),
          channel: typeof item.source?.type === "string" ? item.source.type : null,
          ticketCreatedAt: isoOf(item.created_at),
          tags,
          satisfaction: rating == null ? null : String(rating),
        },
      ],
    };
  },
  setup: (url) => [
    "In the Intercom Developer Hub, open your app → Webhooks.",
    `Endpoint URL: ${url}`,
    "Subscribe to the topics: conversation.user.created, conversation.admin.replied, conversation.user.replied, conversation.admin.closed, conversation.admin.opened, conversation.admin.assigned, conversation.priority.updated, conversation.rating.added (and ticket.* if you use Intercom Tickets).",
    "Paste the app's client secret (Basic information → App credentials) here: Intercom signs each notification with it.",
    "Survey link: the answer to a conversation.admin.closed notification carries surveyUrl; your app can also ask surveyInvitation(ticketId) with an API token, or set the integration's delivery to email.",
  ],
};
