import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Json } from "./graphql.js";

const FIXTURES = join(process.cwd(), "tests", "fixtures", "helpdesk");

export function fixture(name: string): Json {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), "utf8"));
}

/** Zendesk: base64(HMAC-SHA256(secret, timestamp + body)), timestamp as sent. */
export function zendeskHeaders(body: string, secret: string, at: Date = new Date()): Record<string, string> {
  const timestamp = at.toISOString().replace(/\.\d{3}Z$/, "Z");
  const signature = createHmac("sha256", secret)
    .update(timestamp + body)
    .digest("base64");
  return {
    "x-zendesk-webhook-signature": signature,
    "x-zendesk-webhook-signature-timestamp": timestamp,
    "x-zendesk-webhook-id": "01HZENDESKWEBHOOK",
    "x-zendesk-account-id": "22129848",
  };
}

/** Intercom: X-Hub-Signature: sha1=<hex HMAC-SHA1(client secret, body)>. */
export function intercomHeaders(body: string, secret: string): Record<string, string> {
  return { "x-hub-signature": `sha1=${createHmac("sha1", secret).update(body).digest("hex")}` };
}

/** Generic: X-Policy-Pilot-Signature: t=<unix s>,v1=<hex HMAC-SHA256(secret, t + "." + body)>. */
export function genericHeaders(body: string, secret: string, at: Date = new Date()): Record<string, string> {
  const t = Math.floor(at.getTime() / 1000);
  return {
    "x-policy-pilot-signature": `t=${t},v1=${createHmac("sha256", secret).update(`${t}.${body}`).digest("hex")}`,
  };
}

export type WebhookResponse = { status: number; body: Json };

export async function postWebhook(
  baseUrl: string,
  path: string,
  body: string,
  headers: Record<string, string>,
): Promise<WebhookResponse> {
  const res = await fetch(`${baseUrl}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  const text = await res.text();
  let parsed: Json;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = { raw: text };
  }
  return { status: res.status, body: parsed };
}

/** A Zendesk ticket event in the fixture's shape, for one ticket. */
export function zendeskEvent(
  type: string,
  options: {
    id: string;
    ticketId: string;
    time: Date;
    requesterId: string;
    assigneeId?: string;
    event?: Json;
    status?: string;
  },
): Json {
  const base = fixture("zendesk-ticket.created");
  return {
    ...base,
    id: options.id,
    type: `zen:event-type:${type}`,
    time: options.time.toISOString(),
    subject: `zen:ticket:${options.ticketId}`,
    detail: {
      ...base.detail,
      id: options.ticketId,
      requester_id: options.requesterId,
      assignee_id: options.assigneeId ?? base.detail.assignee_id,
      status: options.status ?? base.detail.status,
    },
    event: options.event ?? {},
  };
}

export const CONNECT_HELPDESK = `mutation($input: ConnectHelpdeskInput!) { connectHelpdesk(input: $input) {
  __typename ... on Error { message } ... on MutationConnectHelpdeskSuccess { data { id vendor webhookUrl setupInstructions } } } }`;
