import { randomBytes } from "node:crypto";
import { encodeTime } from "ulidx";

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
  disclosure: "dsc",
  consent: "cns",
  agentRating: "ar",
  pilotPhase: "phs",
  audienceImport: "aim",
} as const;

export type IdKind = keyof typeof ID_PREFIXES;

/** Crockford's base32, as ULIDs are written (lower case in our ids). */
const BASE32 = "0123456789abcdefghjkmnpqrstvwxyz";
const POOL_BYTES = 16 * 1024;
let pool = randomBytes(POOL_BYTES);
let offset = 0;

/**
 * 80 random bits as 16 base32 characters, from a pool of cryptographically random bytes refilled 16 KiB at a
 * time: ulidx's `ulid()` asks the system for random bytes once per character, 8.6 % of the hot path's CPU.
 */
function randomPart(): string {
  if (offset + 16 > POOL_BYTES) {
    pool = randomBytes(POOL_BYTES);
    offset = 0;
  }
  let out = "";
  for (let i = 0; i < 16; i++) out += BASE32[(pool[offset + i] ?? 0) & 31];
  offset += 16;
  return out;
}

/** A prefix and a ULID (48-bit millisecond time + 80 random bits), e.g. `pil_01jd…`: sortable by creation time. */
export function newId(kind: IdKind): string {
  return `${ID_PREFIXES[kind]}_${encodeTime(Date.now(), 10).toLowerCase()}${randomPart()}`;
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
  dsc: "Disclosure",
  cns: "Consent",
  ar: "AgentRating",
  aim: "AudienceImport",
};

export function typenameOfId(id: string): string {
  return TYPENAME_BY_PREFIX[id.slice(0, id.indexOf("_"))] ?? "Unknown";
}
