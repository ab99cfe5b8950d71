import { z } from "zod";
import { builder } from "../../schema/builder.js";
import { CAN_MANAGE_INTEGRATIONS } from "../../schema/roles.js";
import type { ErasureCounts } from "./privacy.service.js";

const ErasureRef = builder.objectRef<ErasureCounts>("Erasure").implement({
  authScopes: { public: true },
  description: "What an erasure touched (counts only: what was erased is not kept anywhere).",
  fields: (t) => ({
    participants: t.exposeInt("participants"),
    comments: t.exposeInt("comments"),
    exposures: t.exposeInt("exposures"),
    interactions: t.exposeInt("interactions"),
    events: t.exposeInt("events"),
    invitations: t.exposeInt("invitations"),
    tokens: t.exposeInt("tokens"),
    auditRows: t.exposeInt("auditRows"),
  }),
});

const EraseCustomerInput = builder.inputType("EraseCustomerInput", {
  fields: (t) => ({
    customerId: t.string({
      required: true,
      description: "The helpdesk's customer id.",
      validate: z.string().trim().min(1, "must not be empty").max(200, "at most 200 characters"),
    }),
  }),
});

builder.mutationField("eraseCustomer", (t) =>
  t.field({
    type: ErasureRef,
    authScopes: { role: CAN_MANAGE_INTEGRATIONS },
    description:
      "Erases a customer at their request: id, attributes, comments, contact details and links go; numeric answers stay, de-identified, so results do not change; the id is never enrolled again. Admins only.",
    errors: {},
    args: { input: t.arg({ type: EraseCustomerInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      ctx.services.privacy.eraseCustomer(input.customerId.trim(), ctx.viewer, ctx.requestId),
  }),
);
