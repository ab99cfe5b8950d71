import { METRIC_KEYS } from "@policy-pilot/experiments";
import { z } from "zod";
import { builder } from "../../schema/builder.js";
import { InvalidStateError, NotFoundError } from "../../schema/errors.js";
import { CAN_RUN_PILOTS, READ_PILOTS } from "../../schema/roles.js";
import { AnalysisEngineEnum, PilotDesignRef, PilotResultsRef } from "../results/results.schema.js";
import { designView, resultsView } from "../results/results.view.js";
import { designOf } from "./pilot-design.js";

export const PilotStatusEnum = builder.enumType("PilotStatus", {
  values: ["DRAFT", "RUNNING", "PAUSED", "CONCLUDED"] as const,
});
export const AssignmentUnitEnum = builder.enumType("AssignmentUnit", {
  values: ["CUSTOMER", "AGENT"] as const,
  description: "What is randomised: customers, or agents (then every customer of an agent gets the agent's variant).",
});
export const ParticipantKindEnum = builder.enumType("ParticipantKind", { values: ["CUSTOMER", "AGENT"] as const });

export const PilotVariantRef = builder.prismaNode("PilotVariant", {
  nullable: true,
  id: { field: "id" },
  authScopes: READ_PILOTS,
  fields: (t) => ({
    key: t.exposeString("key"),
    name: t.exposeString("name"),
    weight: t.exposeFloat("weight", { description: "Share of new participants, 0–1." }),
    isControl: t.exposeBoolean("isControl"),
    position: t.exposeInt("position"),
    policyVersion: t.relation("policyVersion"),
    participantCount: t.relationCount("assignments"),
  }),
});

export const ParticipantRef = builder.prismaNode("Participant", {
  nullable: true,
  id: { field: "id" },
  authScopes: READ_PILOTS,
  fields: (t) => ({
    kind: t.expose("kind", { type: ParticipantKindEnum }),
    externalId: t.exposeString("externalId"),
    attributes: t.expose("attributes", { type: "JSON" }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

export const AssignmentRef = builder.prismaNode("Assignment", {
  nullable: true,
  id: { field: "id" },
  authScopes: READ_PILOTS,
  fields: (t) => ({
    assignedAt: t.expose("assignedAt", { type: "DateTime" }),
    participant: t.relation("participant"),
    variant: t.relation("variant"),
    exposureCount: t.relationCount("exposures"),
    feedbackCount: t.relationCount("feedback"),
  }),
});

export const PilotRef = builder.prismaNode("Pilot", {
  nullable: true,
  id: { field: "id" },
  authScopes: READ_PILOTS,
  fields: (t) => ({
    name: t.exposeString("name"),
    hypothesis: t.exposeString("hypothesis"),
    status: t.expose("status", { type: PilotStatusEnum }),
    unit: t.expose("unit", { type: AssignmentUnitEnum }),
    coverage: t.exposeFloat("coverage", { description: "Share of eligible units that enter the pilot, 0–1." }),
    consentRequired: t.exposeBoolean("consentRequired"),
    primaryMetric: t.exposeString("primaryMetric"),
    design: t.field({
      type: PilotDesignRef,
      description: "How the results are analysed; frozen once the pilot starts.",
      resolve: (pilot) => designView(designOf(pilot)),
    }),
    surveySampleRate: t.exposeFloat("surveySampleRate", {
      description: "Share of solved interactions whose customer gets a survey invitation (every arm alike).",
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    startedAt: t.expose("startedAt", { type: "DateTime", nullable: true }),
    pausedAt: t.expose("pausedAt", { type: "DateTime", nullable: true }),
    concludedAt: t.expose("concludedAt", { type: "DateTime", nullable: true }),
    policy: t.relation("policy"),
    variants: t.relation("variants", { query: { orderBy: { position: "asc" } } }),
    participantCount: t.relationCount("assignments"),
    feedbackCount: t.relationCount("feedback"),
    participants: t.relatedConnection("assignments", {
      cursor: "id",
      totalCount: true,
      description: "Assigned participants, newest first.",
      query: { orderBy: { assignedAt: "desc" } },
    }),
    comments: t.relatedConnection("feedback", {
      cursor: "id",
      totalCount: true,
      description: "Customers' comments, newest first.",
      query: { where: { comment: { not: null } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] },
    }),
    decision: t.relation("decision", { nullable: true }),
    results: t.field({
      type: PilotResultsRef,
      description: "Per-variant outcomes and comparisons with the control, computed now.",
      select: { variants: true },
      resolve: async (pilot, _args, ctx) => resultsView(await ctx.services.results.forPilot(pilot)),
    }),
  }),
});

builder.queryFields((t) => ({
  pilots: t.prismaConnection({
    type: "Pilot",
    cursor: "id",
    authScopes: READ_PILOTS,
    description: "Pilots, newest first.",
    args: { status: t.arg({ type: [PilotStatusEnum], required: false }), policyId: t.arg.id({ required: false }) },
    totalCount: (_p, args, ctx) => ctx.prismaForReads.pilot.count({ where: pilotWhere(args) }),
    resolve: (query, _root, args, ctx) =>
      ctx.prismaForReads.pilot.findMany({ ...query, where: pilotWhere(args), orderBy: { createdAt: "desc" } }),
  }),
  pilot: t.prismaField({
    type: "Pilot",
    nullable: true,
    authScopes: READ_PILOTS,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prismaForReads.pilot.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
}));

function pilotWhere(args: { status?: readonly string[] | null; policyId?: string | number | null }) {
  return {
    ...(args.status?.length
      ? { status: { in: [...args.status] as ("DRAFT" | "RUNNING" | "PAUSED" | "CONCLUDED")[] } }
      : {}),
    ...(args.policyId ? { policyId: String(args.policyId) } : {}),
  };
}

const weightSchema = z.number().min(0, "must be between 0 and 1").max(1, "must be between 0 and 1");
const keySchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use lowercase letters, digits and single hyphens, e.g. faster-refunds")
  .max(40, "at most 40 characters");

const ControlArmInput = builder.inputType("ControlArmInput", {
  description: "The control arm always serves the policy's published version.",
  fields: (t) => ({
    key: t.string({ required: false, validate: keySchema, description: 'Defaults to "control".' }),
    name: t.string({ required: false }),
    weight: t.float({ required: true, validate: weightSchema }),
  }),
});

const TreatmentArmInput = builder.inputType("TreatmentArmInput", {
  fields: (t) => ({
    key: t.string({ required: true, validate: keySchema }),
    name: t.string({
      required: true,
      validate: z.string().trim().min(1, "must not be empty").max(120, "at most 120 characters"),
    }),
    policyVersionId: t.id({ required: true, description: "A DRAFT version of the same policy." }),
    weight: t.float({ required: true, validate: weightSchema }),
  }),
});

const metricSchema = z.enum(METRIC_KEYS, { error: `must be one of ${METRIC_KEYS.join(", ")}` });

const GuardrailInput = builder.inputType("GuardrailInput", {
  fields: (t) => ({
    metric: t.string({ required: true, validate: metricSchema }),
    margin: t.float({
      required: true,
      description: "How much worse it may get: relative (0.02 = 2 %), or points for NPS.",
      validate: z.number().gt(0, "must be above 0"),
    }),
  }),
});

const PriorInput = builder.inputType("PriorInput", {
  description: "A Gaussian prior on the lift (Bayesian engine).",
  fields: (t) => ({
    mean: t.float({ required: true }),
    variance: t.float({ required: true, validate: z.number().gt(0, "must be above 0") }),
  }),
});

const PilotDesignInput = builder.inputType("PilotDesignInput", {
  description:
    "How the results are analysed. Defaults: primary CSAT; secondary satisfied share and NPS (without the primary); guardrail customer effort, margin 5 %; alpha 0.05; SEQUENTIAL; MDE 5 % (NPS: 5 points); power 0.8.",
  fields: (t) => ({
    primaryMetric: t.string({ required: false, validate: metricSchema }),
    secondaryMetrics: t.stringList({ required: false, description: `Metric keys: ${METRIC_KEYS.join(", ")}.` }),
    guardrails: t.field({ type: [GuardrailInput], required: false }),
    alpha: t.float({ required: false, validate: z.number().gt(0, "must be above 0").max(0.5, "must be at most 0.5") }),
    engine: t.field({ type: AnalysisEngineEnum, required: false }),
    prior: t.field({ type: PriorInput, required: false, description: "Bayesian only; none = a flat prior." }),
    mde: t.float({ required: false, validate: z.number().gt(0, "must be above 0") }),
    power: t.float({ required: false, validate: z.number().gt(0, "must be above 0").lt(1, "must be below 1") }),
  }),
});

const UpdatePilotDesignInput = builder.inputType("UpdatePilotDesignInput", {
  fields: (t) => ({
    pilotId: t.id({ required: true }),
    design: t.field({ type: PilotDesignInput, required: true }),
  }),
});

const CreatePilotInput = builder.inputType("CreatePilotInput", {
  fields: (t) => ({
    policyId: t.id({ required: true }),
    name: t.string({
      required: true,
      validate: z.string().trim().min(1, "must not be empty").max(200, "at most 200 characters"),
    }),
    hypothesis: t.string({ required: false, validate: z.string().max(4000, "at most 4000 characters") }),
    unit: t.field({ type: AssignmentUnitEnum, required: false, description: "Defaults to CUSTOMER." }),
    coverage: t.float({ required: false, validate: z.number().gt(0, "must be above 0").max(1, "must be at most 1") }),
    consentRequired: t.boolean({ required: false }),
    surveySampleRate: t.float({
      required: false,
      description: "Share (0–1) of solved interactions whose customer is invited to a survey; default 1.",
      validate: z.number().min(0, "from 0 to 1").max(1, "from 0 to 1"),
    }),
    primaryMetric: t.string({
      required: false,
      description: "Shorthand for design.primaryMetric.",
      validate: z.enum(METRIC_KEYS, { error: `must be one of ${METRIC_KEYS.join(", ")}` }),
    }),
    design: t.field({ type: PilotDesignInput, required: false, description: "Defaults: see PilotDesignInput." }),
    control: t.field({ type: ControlArmInput, required: true }),
    treatments: t.field({
      type: [TreatmentArmInput],
      required: true,
      validate: z.array(z.unknown()).min(1, "add at least one treatment").max(5, "at most 5 treatments"),
    }),
  }),
});

const PilotIdInput = builder.inputType("PilotIdInput", { fields: (t) => ({ pilotId: t.id({ required: true }) }) });

const VariantWeightInput = builder.inputType("VariantWeightInput", {
  fields: (t) => ({ key: t.string({ required: true }), weight: t.float({ required: true, validate: weightSchema }) }),
});

const UpdatePilotWeightsInput = builder.inputType("UpdatePilotWeightsInput", {
  fields: (t) => ({
    pilotId: t.id({ required: true }),
    weights: t.field({ type: [VariantWeightInput], required: true }),
  }),
});

builder.mutationFields((t) => ({
  createPilot: t.field({
    type: PilotRef,
    authScopes: { role: CAN_RUN_PILOTS },
    description:
      "Creates a DRAFT pilot: control = the published version, treatments = draft versions, with weights summing to 1.",
    errors: { types: [NotFoundError, InvalidStateError] },
    args: { input: t.arg({ type: CreatePilotInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      ctx.services.pilots.createPilot(
        {
          ...input,
          policyId: String(input.policyId),
          treatments: input.treatments.map((tr) => ({ ...tr, policyVersionId: String(tr.policyVersionId) })),
        },
        ctx.viewer,
        ctx.requestId,
      ),
  }),
  startPilot: t.field({
    type: PilotRef,
    authScopes: { role: CAN_RUN_PILOTS },
    description: "Starts a DRAFT pilot or resumes a PAUSED one.",
    errors: { types: [NotFoundError, InvalidStateError] },
    args: { input: t.arg({ type: PilotIdInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      ctx.services.pilots.startPilot({ pilotId: String(input.pilotId) }, ctx.viewer, ctx.requestId),
  }),
  pausePilot: t.field({
    type: PilotRef,
    authScopes: { role: CAN_RUN_PILOTS },
    description:
      "Pauses a RUNNING pilot: everyone gets the published version and nothing is recorded until it resumes.",
    errors: { types: [NotFoundError, InvalidStateError] },
    args: { input: t.arg({ type: PilotIdInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      ctx.services.pilots.pausePilot({ pilotId: String(input.pilotId) }, ctx.viewer, ctx.requestId),
  }),
  updatePilotDesign: t.field({
    type: PilotRef,
    authScopes: { role: CAN_RUN_PILOTS },
    description:
      "Changes a DRAFT pilot's design (metrics, guardrails, alpha, engine, prior, MDE, power). Refused once it has started.",
    errors: { types: [NotFoundError, InvalidStateError] },
    args: { input: t.arg({ type: UpdatePilotDesignInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      ctx.services.pilots.updateDesign(
        { pilotId: String(input.pilotId), design: input.design },
        ctx.viewer,
        ctx.requestId,
      ),
  }),
  updatePilotWeights: t.field({
    type: PilotRef,
    authScopes: { role: CAN_RUN_PILOTS },
    description: "Changes traffic weights. Participants already assigned keep their variant.",
    errors: { types: [NotFoundError, InvalidStateError] },
    args: { input: t.arg({ type: UpdatePilotWeightsInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      ctx.services.pilots.updateWeights(
        { pilotId: String(input.pilotId), weights: input.weights },
        ctx.viewer,
        ctx.requestId,
      ),
  }),
}));
