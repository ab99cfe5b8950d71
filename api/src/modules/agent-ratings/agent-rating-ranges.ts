/** Agents' rating scales (ADR 0020): inclusive bounds, the same as the migration's CHECK constraints. */
export const CLARITY_RANGE = { min: 1, max: 5 } as const;
export const WORKABILITY_RANGE = { min: 1, max: 5 } as const;
export const MAX_AGENT_COMMENT_CHARS = 2_000;
