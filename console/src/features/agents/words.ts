import type { PolicyPreviewStatus } from "../../gql/graphql.js";

/** Each preview status in plain words, for the badge beside a policy's answer. */
export const PREVIEW_STATUS_WORDS: Record<PolicyPreviewStatus, string> = {
  NO_ACTIVE_PILOT: "published policy",
  PILOT_PAUSED: "pilot paused",
  ENROLLED: "in the pilot",
  NOT_ENROLLED: "not enrolled yet",
  NOT_IN_AUDIENCE: "outside the pilot",
  CONSENT_REQUIRED: "consent required",
  OPTED_OUT: "left the beta",
  AGENT_ID_REQUIRED: "agent id needed",
};

export const SCORES = [1, 2, 3, 4, 5] as const;
export const MAX_AGENT_COMMENT_CHARS = 2_000;
