import type { Role } from "../generated/prisma/enums.js";

/** Who may do what. ADMIN may do everything (see the `role` scope in builder.ts). */
export const CAN_EDIT_POLICIES: Role[] = ["OPS"];
export const CAN_RUN_PILOTS: Role[] = ["OPS"];
export const CAN_PUBLISH: Role[] = ["MANAGER"];
export const CAN_DECIDE: Role[] = ["MANAGER"];
export const CAN_ASK_POLICY: Role[] = ["OPS", "AGENT"];
export const CAN_MANAGE_TOKENS: Role[] = [];
export const CAN_MANAGE_INTEGRATIONS: Role[] = [];

/** Anyone signed in reads policies and pilots; integration tokens read policies. */
export const READ_POLICIES = { $any: { signedIn: true, integration: true } } as const;
export const READ_PILOTS = { signedIn: true } as const;
