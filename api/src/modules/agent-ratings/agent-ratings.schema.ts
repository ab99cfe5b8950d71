import { z } from "zod";
import { builder } from "../../schema/builder.js";
import { InvalidStateError, NotFoundError } from "../../schema/errors.js";
import { CAN_RATE_VARIANTS, READ_PILOTS } from "../../schema/roles.js";
import { AssignmentUnitEnum } from "../pilots/pilots.schema.js";
import { AlreadyRatedError } from "./agent-rating-errors.js";
import { CLARITY_RANGE, MAX_AGENT_COMMENT_CHARS, WORKABILITY_RANGE } from "./agent-rating-ranges.js";
import type { RateableVariant } from "./agent-ratings.service.js";

const score = (name: string, range: { min: number; max: number }) =>
  z
    .number()
    .int(`${name} must be a whole number from ${range.min} to ${range.max}`)
    .min(range.min, `${name} must be from ${range.min} to ${range.max}`)
    .max(range.max, `${name} must be from ${range.min} to ${range.max}`);

/** An agent's rating. Who rated is not exposed: managers read ratings per variant, not per person (ADR 0020). */
export const AgentRatingRef = builder.prismaNode("AgentRating", {
  nullable: true,
  id: { field: "id" },
  authScopes: READ_PILOTS,
  fields: (t) => ({
    clarity: t.exposeInt("clarity", { description: "How clear the variant's text is to work with, 1–5." }),
    workability: t.exposeInt("workability", { description: "How workable it is in practice, 1–5." }),
    comment: t.exposeString("comment", { nullable: true }),
    weekStart: t.expose("weekStart", { type: "Date", description: "Monday of the ISO week (UTC) it was given in." }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    variant: t.relation("variant"),
  }),
});

type Summary = Awaited<ReturnType<import("./agent-ratings.service.js").AgentRatingsService["summaryForPilot"]>>[number];

const VariantAgentRatingsRef = builder.objectRef<Summary>("VariantAgentRatings").implement({
  authScopes: READ_PILOTS,
  description: "Agents' ratings of one variant: how many, and the means.",
  fields: (t) => ({
    variantId: t.exposeID("variantId"),
    variantKey: t.string({ resolve: (s) => s.variant.key }),
    variantName: t.string({ resolve: (s) => s.variant.name }),
    isControl: t.boolean({ resolve: (s) => s.variant.isControl }),
    count: t.exposeInt("count", { description: "Number of ratings (n)." }),
    meanClarity: t.exposeFloat("meanClarity", { nullable: true }),
    meanWorkability: t.exposeFloat("meanWorkability", { nullable: true }),
    commentCount: t.exposeInt("commentCount"),
  }),
});

builder.prismaObjectFields("Pilot", (t) => ({
  agentRatings: t.field({
    type: [VariantAgentRatingsRef],
    description: "Agents' ratings per variant (in arm order): n, mean clarity, mean workability.",
    select: { variants: { select: { id: true, key: true, name: true, position: true, isControl: true } } },
    resolve: (pilot, _args, ctx) => ctx.services.agentRatings.summaryForPilot(pilot),
  }),
  agentRatingComments: t.relatedConnection("agentRatings", {
    cursor: "id",
    totalCount: true,
    description: "Agents' ratings with a comment, newest first; optionally of one variant.",
    args: { variantId: t.arg.id({ required: false }) },
    query: (args) => ({
      where: { comment: { not: null }, ...(args.variantId ? { variantId: String(args.variantId) } : {}) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    }),
  }),
}));

const RateableVariantRef = builder.objectRef<RateableVariant>("RateableVariant").implement({
  authScopes: { public: true },
  description: "A variant of a running pilot, and whether you may rate it now.",
  fields: (t) => ({
    pilotId: t.id({ resolve: (r) => r.pilot.id }),
    pilotName: t.string({ resolve: (r) => r.pilot.name }),
    pilotUnit: t.field({ type: AssignmentUnitEnum, resolve: (r) => r.pilot.unit }),
    policyName: t.string({ resolve: (r) => r.pilot.policyName }),
    variantId: t.id({ resolve: (r) => r.variant.id }),
    variantKey: t.string({ resolve: (r) => r.variant.key }),
    variantName: t.string({ resolve: (r) => r.variant.name }),
    isControl: t.boolean({ resolve: (r) => r.variant.isControl }),
    canRate: t.exposeBoolean("canRate"),
    nextRatingAt: t.expose("nextRatingAt", { type: "DateTime", nullable: true }),
    reason: t.exposeString("reason", { nullable: true, description: "Why you may not rate it now." }),
    isYourVariant: t.exposeBoolean("isYourVariant", {
      description: "The pilot assigns agents and your helpdesk agent id is assigned to this variant.",
    }),
  }),
});

builder.queryField("rateableVariants", (t) =>
  t.field({
    type: [RateableVariantRef],
    authScopes: { role: CAN_RATE_VARIANTS },
    description: "Variants of running pilots, with whether you may rate each now (once per ISO week, UTC).",
    resolve: (_root, _args, ctx) => ctx.services.agentRatings.rateableVariants(ctx.viewer),
  }),
);

const RateVariantInput = builder.inputType("RateVariantInput", {
  fields: (t) => ({
    variantId: t.id({ required: true }),
    clarity: t.int({ required: true, validate: score("clarity", CLARITY_RANGE) }),
    workability: t.int({ required: true, validate: score("workability", WORKABILITY_RANGE) }),
    comment: t.string({
      required: false,
      validate: z
        .string()
        .max(MAX_AGENT_COMMENT_CHARS, `comment must be at most ${MAX_AGENT_COMMENT_CHARS} characters`),
    }),
  }),
});

builder.mutationField("rateVariant", (t) =>
  t.field({
    type: AgentRatingRef,
    authScopes: { role: CAN_RATE_VARIANTS },
    description:
      "Rates the pilot variant you work under: clarity and workability 1–5 and a comment, once per variant per ISO week (UTC), while the pilot is RUNNING.",
    errors: { types: [NotFoundError, InvalidStateError, AlreadyRatedError] },
    args: { input: t.arg({ type: RateVariantInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      ctx.services.agentRatings.rateVariant(
        { ...input, variantId: String(input.variantId) },
        ctx.viewer,
        ctx.requestId,
      ) as never,
  }),
);
