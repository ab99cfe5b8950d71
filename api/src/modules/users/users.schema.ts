import { z } from "zod";
import { builder } from "../../schema/builder.js";
import { ConflictError, NotFoundError } from "../../schema/errors.js";
import { CAN_MANAGE_USERS } from "../../schema/roles.js";
import { RoleEnum, ViewerRef } from "../auth/auth.schema.js";

builder.objectField(ViewerRef, "helpdeskAgentId", (t) =>
  t.string({
    nullable: true,
    description: "Your agent id in the helpdesk (e.g. agent-01), set by an admin; null when unknown.",
    resolve: (viewer, _args, ctx) => ctx.services.users.helpdeskAgentIdOf(viewer.id),
  }),
);

type UserShape = { id: string; email: string; name: string; role: string; helpdeskAgentId: string | null };

const UserAccountRef = builder.objectRef<UserShape>("UserAccount").implement({
  authScopes: { role: CAN_MANAGE_USERS },
  description: "A console user, as an admin sees them.",
  fields: (t) => ({
    id: t.exposeID("id"),
    email: t.exposeString("email"),
    name: t.exposeString("name"),
    role: t.field({ type: RoleEnum, resolve: (u) => u.role as never }),
    helpdeskAgentId: t.exposeString("helpdeskAgentId", { nullable: true }),
  }),
});

const SetUserHelpdeskAgentIdInput = builder.inputType("SetUserHelpdeskAgentIdInput", {
  fields: (t) => ({
    userId: t.id({ required: true }),
    helpdeskAgentId: t.string({
      required: false,
      description: "The helpdesk's id of this person as an agent; null or empty clears it.",
      validate: z.string().trim().max(200, "at most 200 characters"),
    }),
  }),
});

builder.mutationField("setUserHelpdeskAgentId", (t) =>
  t.field({
    type: UserAccountRef,
    authScopes: { role: CAN_MANAGE_USERS },
    description:
      "Sets which helpdesk agent a user is, so that in pilots assigning agents they rate only their own variant. Admins only.",
    errors: { types: [NotFoundError, ConflictError] },
    args: { input: t.arg({ type: SetUserHelpdeskAgentIdInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      ctx.services.users.setHelpdeskAgentId(
        { userId: String(input.userId), helpdeskAgentId: input.helpdeskAgentId ?? null },
        ctx.viewer,
        ctx.requestId,
      ),
  }),
);
