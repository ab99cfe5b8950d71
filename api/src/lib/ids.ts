import { ulid } from "ulidx";

/** Id prefixes, one per table, in the style of GrowthBook's ids: a prefix says what an id names. */
export const ID_PREFIXES = {
  user: "usr",
  session: "ses",
  apiToken: "tok",
  policy: "pol",
  policyVersion: "pv",
  pilot: "pil",
  variant: "var",
  participant: "par",
  assignment: "asg",
  exposure: "exp",
  feedback: "fb",
  decision: "dec",
  audit: "aud",
  integration: "hdi",
  webhookEvent: "whe",
  interaction: "ixn",
  invitation: "inv",
} as const;

export type IdKind = keyof typeof ID_PREFIXES;

export function newId(kind: IdKind): string {
  return `${ID_PREFIXES[kind]}_${ulid().toLowerCase()}`;
}

/** GraphQL type of each id prefix: ids are already globally unique, so they serve as Relay global ids as they are. */
const TYPENAME_BY_PREFIX: Record<string, string> = {
  usr: "User",
  pol: "Policy",
  pv: "PolicyVersion",
  pil: "Pilot",
  var: "PilotVariant",
  asg: "Assignment",
  dec: "Decision",
  aud: "AuditEvent",
  fb: "Feedback",
  par: "Participant",
  hdi: "Integration",
  whe: "WebhookEvent",
  ixn: "Interaction",
  inv: "SurveyInvitation",
};

export function typenameOfId(id: string): string {
  return TYPENAME_BY_PREFIX[id.slice(0, id.indexOf("_"))] ?? "Unknown";
}
