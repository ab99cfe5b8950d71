import type { Role } from "../generated/prisma/enums.js";

/** Who may do what. ADMIN may do everything (see the `role` scope in builder.ts). */
export const CAN_EDIT_POLICIES: Role[] = ["OPS"];
export const CAN_RUN_PILOTS: Role[] = ["OPS"];
export const CAN_PUBLISH: Role[] = ["MANAGER"];
export const CAN_DECIDE: Role[] = ["MANAGER"];
export const CAN_ASK_POLICY: Role[] = ["OPS", "AGENT"];
/** Preview which text applies to a customer, recording nothing (ADR 0020); integration tokens may too. */
export const CAN_PREVIEW_POLICY: Role[] = ["OPS", "MANAGER", "AGENT"];
/** Rate the pilot variant one works under (people only: no integration tokens, no viewers; ADR 0020). */
export const CAN_RATE_VARIANTS: Role[] = ["OPS", "MANAGER", "AGENT"];
/** Set a user's helpdesk agent id. */
export const CAN_MANAGE_USERS: Role[] = [];
export const CAN_MANAGE_TOKENS: Role[] = [];
export const CAN_MANAGE_INTEGRATIONS: Role[] = [];

/** Anyone signed in reads policies and pilots; integration tokens read policies. */
export const READ_POLICIES = { $any: { signedIn: true, integration: true } } as const;
export const READ_PILOTS = { signedIn: true } as const;
