import { z } from "zod";
import { builder } from "../../schema/builder.js";
import { InvalidStateError, NotFoundError } from "../../schema/errors.js";
import { CAN_ASK_POLICY, CAN_RUN_PILOTS, READ_PILOTS } from "../../schema/roles.js";
import { AssignmentUnitEnum, PilotRef, PilotVariantRef } from "../pilots/pilots.schema.js";
import { PolicyContentRef } from "../policies/policies.schema.js";
import type { PolicyForResult } from "./assignment.service.js";
import { EXTERNAL_ID, PARTICIPANT_ATTRIBUTES } from "./participant-input.js";

const AppliedVersionRef = builder.objectRef<PolicyForResult["version"]>("AppliedPolicyVersion").implement({
  authScopes: { public: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    number: t.exposeInt("number"),
    title: t.exposeString("title"),
    status: t.exposeString("status"),
    content: t.field({ type: PolicyContentRef, resolve: (v) => v.content }),
  }),
});

const PolicySourceEnum = builder.enumType("PolicySource", {
  values: {
    PUBLISHED: { description: "The published version applies." },
    PILOT: { description: "The participant's pilot variant applies (which may be the control)." },
  },
});

const PolicyForReasonEnum = builder.enumType("PolicyForReason", {
  values: {
    NO_ACTIVE_PILOT: { description: "No pilot runs on this policy." },
    PILOT_PAUSED: { description: "The policy's pilot is paused: everyone gets the published version." },
    NOT_IN_AUDIENCE: { description: "Outside the pilot's audience or coverage." },
    IN_PILOT: { description: "In the pilot: the variant's text applies." },
    CONSENT_PENDING: {
      description: "The pilot asks consent first: share consentUrl; the published version applies until they accept.",
    },
    CONSENT_DECLINED: {
      description: "The customer declined the beta: the published version applies (consentUrl lets them reconsider).",
    },
    OPTED_OUT: { description: "The customer left the beta: the published version applies." },
    ERASED: {
      description: "The customer was erased at their request: never enrolled again; the published version applies.",
    },
  },
});

const AppliedPolicyRef = builder.objectRef<PolicyForResult>("AppliedPolicy").implement({
  authScopes: { public: true },
  description: "The policy text that applies to a customer (and agent, ticket), and the pilot arm it comes from.",
  fields: (t) => ({
    policyId: t.id({ resolve: (r) => r.policy.id }),
    policyKey: t.string({ resolve: (r) => r.policy.key }),
    policyName: t.string({ resolve: (r) => r.policy.name }),
    version: t.field({ type: AppliedVersionRef, resolve: (r) => r.version }),
    source: t.field({ type: PolicySourceEnum, resolve: (r) => r.source }),
    reason: t.field({ type: PolicyForReasonEnum, resolve: (r) => r.reason }),
    pilotId: t.exposeID("pilotId", { nullable: true }),
    variantId: t.exposeID("variantId", { nullable: true }),
    variantKey: t.exposeString("variantKey", { nullable: true }),
    isControl: t.exposeBoolean("isControl"),
    assignmentId: t.exposeID("assignmentId", {
      nullable: true,
      description: "Pass it to submitFeedback to record this customer's rating.",
    }),
    inBeta: t.exposeBoolean("inBeta", { description: "Tell the customer they are trying a beta policy." }),
    decidedBy: t.field({
      type: AssignmentUnitEnum,
      nullable: true,
      description:
        "Whose assignment decided the answer (IN_PILOT, OPTED_OUT): the customer's, or the agent's in a pilot that assigns agents.",
      resolve: (r) => r.decidedBy,
    }),
    agentGroup: t.exposeString("agentGroup", {
      nullable: true,
      description:
        "Routing hint: in a pilot that routes customers BY_ARM, the agent group that serves this customer's arm.",
    }),
    consentUrl: t.exposeString("consentUrl", {
      nullable: true,
      description: "For CONSENT_PENDING and CONSENT_DECLINED: the beta page (disclosure, accept or decline) to share.",
    }),
  }),
});

const PolicyForInput = builder.inputType("PolicyForInput", {
  fields: (t) => ({
    policy: t.string({ required: true, description: "The policy's key (e.g. returns-and-refunds) or id." }),
    customerId: t.string({ required: true, validate: EXTERNAL_ID, description: "The helpdesk's customer id." }),
    agentId: t.string({ required: false, validate: EXTERNAL_ID, description: "The helpdesk's agent id." }),
    ticketId: t.string({ required: false, validate: EXTERNAL_ID }),
    attributes: t.field({
      type: "JSON",
      required: false,
      description: "Attributes for targeting (country, plan, language…), stored with the participant.",
      validate: PARTICIPANT_ATTRIBUTES,
    }),
  }),
});

builder.mutationField("policyFor", (t) =>
  t.field({
    type: AppliedPolicyRef,
    authScopes: { $any: { integration: true, role: CAN_ASK_POLICY } },
    description:
      "Which policy text applies to this customer: the published version, or their pilot variant (assigned on first ask, sticky afterwards). Records an exposure. A mutation because it writes.",
    errors: { types: [NotFoundError, InvalidStateError] },
    args: { input: t.arg({ type: PolicyForInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      ctx.services.assignment.policyFor({
        ...input,
        attributes: (input.attributes as Record<string, unknown> | null | undefined) ?? null,
      }),
  }),
);

export const CustomerRoutingEnum = builder.enumType("CustomerRouting", {
  description: "In a pilot that assigns customers: may any agent serve both arms, or are customers routed by arm?",
  values: {
    ANY_AGENT: { description: "Agents serve customers of both arms (default); policyFor gives the customer's text." },
    BY_ARM: { description: "Customers are routed to their arm's agent group; policyFor names it (agentGroup)." },
  },
});

builder.objectField(PilotRef, "customerRouting", (t) =>
  t.expose("customerRouting", { type: CustomerRoutingEnum, authScopes: READ_PILOTS }),
);
builder.objectField(PilotRef, "consistencyViolations", (t) =>
  t.int({
    description:
      "Customers served under more than one variant of this pilot (possible when it assigns agents); shown next to the sample-ratio check.",
    authScopes: READ_PILOTS,
    resolve: (pilot, _args, ctx) => ctx.services.assignment.consistencyViolations(pilot.id),
  }),
);
builder.objectField(PilotVariantRef, "agentGroup", (t) =>
  t.exposeString("agentGroup", {
    nullable: true,
    description: "The agent group that serves this arm's customers when the pilot routes BY_ARM.",
  }),
);

const VariantAgentGroupInput = builder.inputType("VariantAgentGroupInput", {
  fields: (t) => ({
    variantKey: t.string({ required: true }),
    agentGroup: t.string({
      required: false,
      validate: z.string().trim().max(200, "at most 200 characters"),
      description: "The helpdesk's agent group (name or id); empty clears it.",
    }),
  }),
});

const SetPilotRoutingInput = builder.inputType("SetPilotRoutingInput", {
  fields: (t) => ({
    pilotId: t.id({ required: true }),
    routing: t.field({ type: CustomerRoutingEnum, required: true }),
    agentGroups: t.field({ type: [VariantAgentGroupInput], required: false }),
  }),
});

builder.mutationField("setPilotRouting", (t) =>
  t.field({
    type: PilotRef,
    authScopes: { role: CAN_RUN_PILOTS },
    description:
      "Whether agents serve both arms of a pilot that assigns customers (ANY_AGENT) or customers are routed to their arm's agent group (BY_ARM, every variant needs one). Until the pilot concludes; nobody moves.",
    errors: { types: [NotFoundError, InvalidStateError] },
    args: { input: t.arg({ type: SetPilotRoutingInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      ctx.services.assignment.setPilotRouting(
        {
          pilotId: String(input.pilotId),
          routing: input.routing,
          agentGroups: (input.agentGroups ?? []).map((g) => ({
            variantKey: g.variantKey,
            agentGroup: g.agentGroup ?? null,
          })),
        },
        ctx.viewer,
        ctx.requestId,
      ),
  }),
);
