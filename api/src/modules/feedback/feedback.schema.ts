import { z } from "zod";
import { grantRead } from "../../context.js";
import { builder } from "../../schema/builder.js";
import { ConflictError, InvalidStateError, NotFoundError } from "../../schema/errors.js";
import { CES_RANGE, CSAT_RANGE, MAX_COMMENT_CHARS, NPS_RANGE } from "./feedback-ranges.js";

const rating = (name: string, range: { min: number; max: number }) =>
  z
    .number()
    .int(`${name} must be a whole number from ${range.min} to ${range.max}`)
    .min(range.min, `${name} must be from ${range.min} to ${range.max}`)
    .max(range.max, `${name} must be from ${range.min} to ${range.max}`);

export const FeedbackRef = builder.prismaNode("Feedback", {
  nullable: true,
  id: { field: "id" },
  // People read all feedback; an integration token only what it submitted in this request (issue 12: a token could
  // read any customer's feedback by id).
  authScopes: (feedback, ctx) => ctx.viewer.kind === "user" || ctx.readable?.has(feedback?.id) === true,
  fields: (t) => ({
    csat: t.exposeInt("csat", { nullable: true }),
    nps: t.exposeInt("nps", { nullable: true }),
    ces: t.exposeInt("ces", { nullable: true }),
    comment: t.exposeString("comment", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    variant: t.relation("variant"),
  }),
});

const SubmitFeedbackInput = builder.inputType("SubmitFeedbackInput", {
  fields: (t) => ({
    assignmentId: t.id({ required: true, description: "From policyFor's assignmentId." }),
    csat: t.int({ required: false, validate: rating("CSAT", CSAT_RANGE) }),
    nps: t.int({ required: false, validate: rating("NPS", NPS_RANGE) }),
    ces: t.int({ required: false, validate: rating("CES", CES_RANGE) }),
    comment: t.string({
      required: false,
      validate: z.string().max(MAX_COMMENT_CHARS, `comment must be at most ${MAX_COMMENT_CHARS} characters`),
    }),
    ticketId: t.string({ required: false }),
    idempotencyKey: t.string({
      required: false,
      description: "Your id for this response; a retry with the same key never records it twice.",
      validate: z.string().min(1).max(200, "at most 200 characters"),
    }),
  }),
});

const SubmitFeedbackPayload = builder
  .objectRef<{ feedback: { id: string }; duplicate: boolean }>("SubmitFeedbackPayload")
  .implement({
    authScopes: { public: true },
    fields: (t) => ({
      feedback: t.field({ type: FeedbackRef, resolve: (p) => p.feedback as never }),
      duplicate: t.exposeBoolean("duplicate", { description: "True when this idempotency key was seen before." }),
    }),
  });

builder.mutationField("submitFeedback", (t) =>
  t.field({
    type: SubmitFeedbackPayload,
    authScopes: { $any: { integration: true, role: [] } },
    description: "Records a customer's rating for an assignment while its pilot is RUNNING.",
    errors: { types: [NotFoundError, InvalidStateError, ConflictError] },
    args: { input: t.arg({ type: SubmitFeedbackInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const result = await ctx.services.feedback.submitFeedback(
        { ...input, assignmentId: String(input.assignmentId) },
        ctx.viewer,
        ctx.requestId,
      );
      grantRead(ctx, result.feedback.id);
      return result;
    },
  }),
);
