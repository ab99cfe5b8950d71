import { z } from "zod";
import { TICKET_EVENT_TYPES } from "../ticket-event.js";
import {
  checkWindow,
  hmac,
  isObject,
  malformed,
  type ParseResult,
  safeEqual,
  type VendorAdapter,
} from "./vendor-adapter.js";

const SIGNATURE = "x-policy-pilot-signature";
const MAX_ID = 200;

const id = (name: string) =>
  z
    .string(`${name} must be a string`)
    .trim()
    .min(1, `${name} must not be empty`)
    .max(MAX_ID, `${name} must be at most ${MAX_ID} characters`);
const timestamp = (name: string) =>
  z
    .string(`${name} must be an ISO 8601 timestamp`)
    .refine((v) => !Number.isNaN(Date.parse(v)), `${name} must be an ISO 8601 timestamp`);

/** The generic event: what a system without a vendor adapter posts, and what recordInteractionEvent takes. */
export const GenericEventSchema = z.object({
  id: id("id"),
  type: z.string("type must be a string").min(1),
  ticketId: id("ticketId"),
  occurredAt: timestamp("occurredAt"),
  customerId: id("customerId").nullish(),
  customerEmail: z.email("customerEmail must be an email address").max(320).nullish(),
  agentId: id("agentId").nullish(),
  channel: z.string().max(50, "channel must be at most 50 characters").nullish(),
  ticketCreatedAt: timestamp("ticketCreatedAt").nullish(),
  tags: z.array(z.string().max(100)).max(50, "at most 50 tags").nullish(),
  satisfaction: z.string().max(50).nullish(),
});
export type GenericEvent = z.infer<typeof GenericEventSchema>;

const KNOWN = new Set<string>(TICKET_EVENT_TYPES);

export function parseGenericEvent(body: unknown): ParseResult {
  if (!isObject(body)) return malformed("(body)", "The body must be a JSON object.");
  const parsed = GenericEventSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.map(String).join(".") || "(body)";
    return malformed(field, issue?.message && !/^Invalid input/.test(issue.message) ? issue.message : undefined);
  }
  const e = parsed.data;
  if (!KNOWN.has(e.type)) return { kind: "unknown", type: e.type };
  return {
    kind: "events",
    events: [
      {
        type: e.type as (typeof TICKET_EVENT_TYPES)[number],
        dedupeKey: e.id,
        ticketId: e.ticketId,
        occurredAt: new Date(e.occurredAt).toISOString(),
        customerId: e.customerId ?? null,
        customerEmail: e.customerEmail ?? null,
        agentId: e.agentId ?? null,
        channel: e.channel ?? null,
        ticketCreatedAt: e.ticketCreatedAt ? new Date(e.ticketCreatedAt).toISOString() : null,
        tags: e.tags ?? null,
        satisfaction: e.satisfaction ?? null,
      },
    ],
  };
}

/**
 * Any other helpdesk: it posts our generic event and signs it like Stripe does —
 * `X-Policy-Pilot-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>." + raw body)>`, within ±5 minutes.
 */
export const generic: VendorAdapter = {
  vendor: "GENERIC",
  label: "Other helpdesk (generic webhook)",
  verify({ headers, rawBody, now }, secret) {
    const header = headers[SIGNATURE];
    const parts = Object.fromEntries(
      (header ?? "").split(",").map((p) => p.trim().split("=", 2) as [string, string | undefined]),
    );
    if (!header || !parts.t || !parts.v1) {
      return {
        ok: false,
        outcome: "BAD_SIGNATURE",
        reason:
          'Missing or malformed X-Policy-Pilot-Signature header; send "t=<unix seconds>,v1=<hex HMAC-SHA256 of t + "." + body>".',
      };
    }
    const expected = hmac("sha256", secret, `${parts.t}.`, rawBody).toString("hex");
    if (!safeEqual(expected, parts.v1.toLowerCase())) {
      return { ok: false, outcome: "BAD_SIGNATURE", reason: "The signature does not match this integration's secret." };
    }
    return checkWindow(new Date(Number(parts.t) * 1000), now, "X-Policy-Pilot-Signature t");
  },
  parse: (body) => parseGenericEvent(body),
  setup: (url) => [
    `POST each ticket event as JSON to ${url}`,
    `Body: {"id": your event id, "type": one of ${TICKET_EVENT_TYPES.join(", ")}, "ticketId", "occurredAt" (ISO 8601), "customerId", "customerEmail", "agentId", "channel", "ticketCreatedAt", "tags", "satisfaction"}.`,
    'Sign it: header X-Policy-Pilot-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>; requests more than 5 minutes off are refused.',
    "Systems that cannot sign can call the recordInteractionEvent mutation with an API token instead.",
  ],
};
