import { builder } from "../../schema/builder.js";
import { InvalidStateError, NotFoundError } from "../../schema/errors.js";
import { CAN_PREVIEW_POLICY } from "../../schema/roles.js";
import { AssignmentUnitEnum, PilotStatusEnum } from "../pilots/pilots.schema.js";
import { PolicyContentRef } from "../policies/policies.schema.js";
import { EXTERNAL_ID, PARTICIPANT_ATTRIBUTES } from "./participant-input.js";
import type { PolicyPreview, PolicyPreviewEntry, PreviewVersion } from "./policy-preview.service.js";

const PreviewStatusEnum = builder.enumType("PolicyPreviewStatus", {
  values: {
    NO_ACTIVE_PILOT: { description: "No running or paused pilot: the published version applies." },
    PILOT_PAUSED: { description: "The pilot is paused: the published version applies to everyone." },
    ENROLLED: { description: "Assigned already: the stored (sticky) variant applies." },
    NOT_ENROLLED: { description: "Not assigned yet: `variant` is what their first ask would get." },
    NOT_IN_AUDIENCE: { description: "Outside the pilot's coverage or audience: the published version applies." },
    OPTED_OUT: { description: "They left the beta: the published version applies (still analysed in their arm)." },
    CONSENT_REQUIRED: {
      description: "Not assigned and the pilot requires consent: the published version applies until they accept.",
    },
    AGENT_ID_REQUIRED: { description: "The pilot assigns agents: pass agentId to know which variant applies." },
  },
});

const PreviewSourceEnum = builder.enumType("PolicyPreviewSource", { values: ["PUBLISHED", "PILOT"] as const });

const PreviewVersionRef = builder.objectRef<PreviewVersion>("PreviewPolicyVersion").implement({
  authScopes: { public: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    number: t.exposeInt("number"),
    title: t.exposeString("title"),
    status: t.exposeString("status"),
    content: t.field({ type: PolicyContentRef, resolve: (v) => v.content }),
  }),
});

const PreviewPilotRef = builder.objectRef<NonNullable<PolicyPreviewEntry["pilot"]>>("PreviewPilot").implement({
  authScopes: { public: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    status: t.field({ type: PilotStatusEnum, resolve: (p) => p.status }),
    unit: t.field({ type: AssignmentUnitEnum, resolve: (p) => p.unit }),
    consentRequired: t.exposeBoolean("consentRequired"),
  }),
});

const PreviewVariantRef = builder.objectRef<NonNullable<PolicyPreviewEntry["variant"]>>("PreviewVariant").implement({
  authScopes: { public: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    key: t.exposeString("key"),
    name: t.exposeString("name"),
    isControl: t.exposeBoolean("isControl"),
  }),
});

const PreviewEntryRef = builder.objectRef<PolicyPreviewEntry>("PolicyPreviewEntry").implement({
  authScopes: { public: true },
  description: "Which text of one policy applies to the customer, and why. Nothing was recorded to answer it.",
  fields: (t) => ({
    policyId: t.id({ resolve: (e) => e.policy.id }),
    policyKey: t.string({ resolve: (e) => e.policy.key }),
    policyName: t.string({ resolve: (e) => e.policy.name }),
    status: t.field({ type: PreviewStatusEnum, resolve: (e) => e.status }),
    source: t.field({ type: PreviewSourceEnum, nullable: true, resolve: (e) => e.source }),
    version: t.field({
      type: PreviewVersionRef,
      nullable: true,
      description: "The text that applies (NOT_ENROLLED: the text their first ask would get).",
      resolve: (e) => e.version,
    }),
    pilot: t.field({ type: PreviewPilotRef, nullable: true, resolve: (e) => e.pilot }),
    variant: t.field({
      type: PreviewVariantRef,
      nullable: true,
      description: "The assigned variant, or the one deterministic hashing gives when not assigned yet.",
      resolve: (e) => e.variant,
    }),
    enrolled: t.exposeBoolean("enrolled"),
    inBeta: t.exposeBoolean("inBeta", { description: "Assigned to a treatment: tell the customer." }),
    wouldBeInBeta: t.exposeBoolean("wouldBeInBeta", {
      description: "Not assigned yet; their first ask (or, with consent, their acceptance) would make it a beta.",
    }),
    unitId: t.exposeString("unitId", { nullable: true }),
    summary: t.exposeString("summary", { description: "The answer in plain words." }),
  }),
});

const PolicyPreviewRef = builder.objectRef<PolicyPreview>("PolicyPreview").implement({
  authScopes: { public: true },
  fields: (t) => ({
    customerId: t.exposeString("customerId"),
    agentId: t.exposeString("agentId", {
      nullable: true,
      description: "The agent id used: the one given, or the signed-in user's helpdesk agent id.",
    }),
    ticketId: t.exposeString("ticketId", { nullable: true }),
    inBeta: t.exposeBoolean("inBeta", { description: "In at least one policy's beta now." }),
    entries: t.field({ type: [PreviewEntryRef], resolve: (p) => p.entries }),
  }),
});

const PolicyPreviewInput = builder.inputType("PolicyPreviewInput", {
  fields: (t) => ({
    customerId: t.string({ required: true, validate: EXTERNAL_ID, description: "The helpdesk's customer id." }),
    agentId: t.string({
      required: false,
      validate: EXTERNAL_ID,
      description: "The helpdesk's agent id; defaults to yours when an admin set it.",
    }),
    ticketId: t.string({ required: false, validate: EXTERNAL_ID }),
    policy: t.string({
      required: false,
      validate: EXTERNAL_ID,
      description: "A policy key or id; without it, every published policy.",
    }),
    attributes: t.field({
      type: "JSON",
      required: false,
      description: "Targeting attributes, as policyFor would receive them.",
      validate: PARTICIPANT_ATTRIBUTES,
    }),
  }),
});

builder.queryField("policyPreview", (t) =>
  t.field({
    type: PolicyPreviewRef,
    authScopes: { $any: { integration: true, role: CAN_PREVIEW_POLICY } },
    description:
      "Which policy text applies to this customer — the published version or their pilot variant — without enrolling anyone: records nothing (no participant, assignment, exposure or audit row). For a customer not assigned yet it says what their first policyFor would give.",
    errors: { types: [NotFoundError, InvalidStateError] },
    args: { input: t.arg({ type: PolicyPreviewInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      ctx.services.policyPreview.policyPreview(
        {
          ...input,
          attributes: (input.attributes as Record<string, unknown> | null | undefined) ?? null,
        },
        ctx.viewer,
      ),
  }),
);
