import type { HelpdeskVendor, InvitationDecision, SurveyDelivery } from "../../gql/graphql.js";

/** Plain words for the integration enums the API sends. */
export const VENDOR_NAME: Record<HelpdeskVendor, string> = {
  ZENDESK: "Zendesk",
  INTERCOM: "Intercom",
  GENERIC: "Other (generic webhook)",
};

export const DELIVERY_WORDS: Record<SurveyDelivery, string> = {
  HELPDESK: "Helpdesk places the link",
  EMAIL: "Email from policy-pilot",
};

export const DECISION_WORDS: Record<InvitationDecision, string> = {
  SENT: "Sent",
  THROTTLED: "Throttled",
  SAMPLED_OUT: "Sampled out",
  NO_CONTACT: "No contact",
};

export const DECISION_HINT: Record<InvitationDecision, string> = {
  SENT: "a survey link was made for the customer",
  THROTTLED: "not invited, the customer was invited recently (the helpdesk's throttle)",
  SAMPLED_OUT: "not invited, outside the pilot's survey sample rate",
  NO_CONTACT: "not invited, email delivery without an email address (or SMTP)",
};

const REASON_WORDS: Record<string, string> = {
  BAD_SIGNATURE: "bad signature",
  STALE_TIMESTAMP: "stale timestamp",
  MALFORMED: "malformed",
  TOO_LARGE: "too large",
  DISABLED: "integration disabled",
};

/** Why a delivery was refused, in words; an unknown code is shown lower-cased. */
export function reasonWords(reason: string): string {
  return REASON_WORDS[reason] ?? reason.toLowerCase().replaceAll("_", " ");
}

/** A whole number from a form field, or undefined when it is empty (the API then keeps or defaults it). */
export function intOrUndefined(value: string): number | undefined {
  const trimmed = value.trim();
  return trimmed === "" ? undefined : Number(trimmed);
}
