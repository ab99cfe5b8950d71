import { z } from "zod";
import { builder } from "../../schema/builder.js";
import { InvalidStateError, NotFoundError } from "../../schema/errors.js";
import { CAN_DECIDE, READ_PILOTS } from "../../schema/roles.js";
import { PilotResultsRef } from "../results/results.schema.js";
import type { PilotResults } from "../results/results.service.js";
import { type LegacyResults, resultsView } from "../results/results.view.js";
import { MIN_RATIONALE_CHARS } from "./decisions.service.js";

export const DecisionOutcomeEnum = builder.enumType("DecisionOutcome", {
  values: ["PROMOTE_VARIANT", "KEEP_CONTROL"] as const,
});

export const DecisionRef = builder.prismaNode("Decision", {
  nullable: true,
  id: { field: "id" },
  authScopes: READ_PILOTS,
  fields: (t) => ({
    outcome: t.expose("outcome", { type: DecisionOutcomeEnum }),
    rationale: t.exposeString("rationale"),
    decidedAt: t.expose("decidedAt", { type: "DateTime" }),
    pilot: t.relation("pilot"),
    variant: t.relation("variant"),
    decidedByName: t.string({ select: { decidedBy: { select: { name: true } } }, resolve: (d) => d.decidedBy.name }),
    publishedVersion: t.prismaField({
      type: "PolicyVersion",
      nullable: true,
      select: { publishedVersionId: true },
      resolve: (query, d, _args, ctx) =>
        d.publishedVersionId
          ? ctx.prismaForReads.policyVersion.findUnique({ ...query, where: { id: d.publishedVersionId } })
          : null,
    }),
    resultsSnapshot: t.field({
      type: PilotResultsRef,
      description: "The results exactly as they were when the decision was made.",
      resolve: (d) => resultsView(d.resultsSnapshot as unknown as PilotResults | LegacyResults),
    }),
  }),
});

const PromoteVariantInput = builder.inputType("PromoteVariantInput", {
  fields: (t) => ({
    pilotId: t.id({ required: true }),
    variantKey: t.string({ required: true, description: "Promote the control's key to keep the published version." }),
    rationale: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .min(MIN_RATIONALE_CHARS, `write at least ${MIN_RATIONALE_CHARS} characters`)
        .max(4000, "at most 4000 characters"),
    }),
  }),
});

builder.mutationField("promoteVariant", (t) =>
  t.field({
    type: DecisionRef,
    authScopes: { role: CAN_DECIDE },
    description:
      "Concludes a RUNNING or PAUSED pilot: a treatment's text becomes the new published version (or the control is kept), with a rationale and a frozen copy of the results. Managers only.",
    errors: { types: [NotFoundError, InvalidStateError] },
    args: { input: t.arg({ type: PromoteVariantInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      ctx.services.decisions.promoteVariant(
        { pilotId: String(input.pilotId), variantKey: input.variantKey, rationale: input.rationale },
        ctx.viewer,
        ctx.requestId,
      ),
  }),
);
