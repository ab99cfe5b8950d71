/** Rating scales (DESIGN.md metrics): inclusive bounds. */
export const CSAT_RANGE = { min: 1, max: 5 } as const;
export const NPS_RANGE = { min: 0, max: 10 } as const;
export const CES_RANGE = { min: 1, max: 7 } as const;
export const MAX_COMMENT_CHARS = 5_000;
