import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { HelpdeskVendor } from "../../../generated/prisma/enums.js";
import type { TicketEvent } from "../ticket-event.js";

/** Why a delivery was not stored as an event; counted per integration and hour for integration health. */
export type RejectOutcome = "BAD_SIGNATURE" | "STALE_TIMESTAMP" | "MALFORMED" | "TOO_LARGE" | "DISABLED";

export type VerifyResult = { ok: true } | { ok: false; outcome: "BAD_SIGNATURE" | "STALE_TIMESTAMP"; reason: string };

export type ParseResult =
  | { kind: "events"; events: TicketEvent[] }
  | { kind: "unknown"; type: string }
  | { kind: "ping" }
  | { kind: "malformed"; field: string; message: string };

export type WebhookRequest = {
  /** Lower-case header names. */
  headers: Record<string, string | undefined>;
  rawBody: Buffer;
  now: Date;
};

/**
 * One helpdesk: how it signs (verify), what it sends (parse into normalised ticket events), and what an admin
 * configures on its side (setup). Adding Freshdesk or Front is one more file like zendesk.ts plus its fixtures.
 */
export type VendorAdapter = {
  vendor: HelpdeskVendor;
  label: string;
  verify: (request: WebhookRequest, secret: string) => VerifyResult;
  parse: (body: unknown, request: WebhookRequest) => ParseResult;
  /** Short vendor-specific instructions for the console, given the webhook URL to paste. */
  setup: (webhookUrl: string) => string[];
};

/** Allowed clock difference for signed timestamps (Zendesk, generic): ±5 minutes. */
export const SIGNATURE_WINDOW_MS = 5 * 60 * 1000;

export function hmac(algorithm: "sha1" | "sha256", secret: string, ...parts: (string | Buffer)[]): Buffer {
  const mac = createHmac(algorithm, secret);
  for (const part of parts) mac.update(part);
  return mac.digest();
}

/** Constant-time comparison of two strings of any length (both are hashed to equal length first). */
export function safeEqual(a: string, b: string): boolean {
  const ha = createHash("sha256").update(a).digest();
  const hb = createHash("sha256").update(b).digest();
  return timingSafeEqual(ha, hb) && a.length === b.length;
}

export function checkWindow(signedAt: Date, now: Date, headerName: string): VerifyResult {
  if (Number.isNaN(signedAt.getTime())) {
    return { ok: false, outcome: "STALE_TIMESTAMP", reason: `${headerName} is not a valid timestamp.` };
  }
  const skewMs = now.getTime() - signedAt.getTime();
  if (Math.abs(skewMs) > SIGNATURE_WINDOW_MS) {
    const minutes = Math.round(Math.abs(skewMs) / 60_000);
    return {
      ok: false,
      outcome: "STALE_TIMESTAMP",
      reason: `The signed timestamp (${headerName}) is ${minutes} minutes in the ${skewMs > 0 ? "past" : "future"}; at most 5 minutes either way are accepted. Check the sender's clock, or resend the event.`,
    };
  }
  return { ok: true };
}

// biome-ignore lint/suspicious/noExplicitAny: vendor payloads are untyped JSON, read defensively below.
export type Loose = any;

export function isObject(value: unknown): value is Record<string, Loose> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A string id from a string or number field; null when absent or empty. */
export function idOf(value: unknown): string | null {
  if (typeof value === "string" && value.trim() !== "") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return null;
}

export function isoOf(value: unknown): string | null {
  if (typeof value === "number" && Number.isFinite(value)) {
    // Unix seconds (Intercom) or milliseconds.
    return new Date(value > 1e12 ? value : value * 1000).toISOString();
  }
  if (typeof value === "string" && value.trim() !== "") {
    const t = Date.parse(value);
    return Number.isNaN(t) ? null : new Date(t).toISOString();
  }
  return null;
}

export function malformed(field: string, message?: string): ParseResult {
  return { kind: "malformed", field, message: message ?? `The field "${field}" is missing or empty.` };
}
