import { builder } from "../../schema/builder.js";
import { CAN_MANAGE_INTEGRATIONS } from "../../schema/roles.js";
import { SurveyDeliveryEnum } from "../integrations/integrations.schema.js";
import { PilotRef } from "../pilots/pilots.schema.js";
import type { ArmSurveyCounts, RateCheck, SurveyFairness } from "./surveys.read-model.js";
import type { SurveyLink } from "./surveys.service.js";

const InvitationDecisionEnum = builder.enumType("InvitationDecision", {
  values: {
    SENT: { description: "Invited: a link was made for the customer." },
    THROTTLED: { description: "Not invited: the customer was invited recently (the integration's throttle)." },
    SAMPLED_OUT: { description: "Not invited: outside the pilot's survey sample rate." },
    NO_CONTACT: { description: "Not invited: email delivery, but no email address (or SMTP) to send to." },
  },
});

export const SurveyInvitationRef = builder.prismaNode("SurveyInvitation", {
  nullable: true,
  id: { field: "id" },
  authScopes: { role: CAN_MANAGE_INTEGRATIONS },
  description: "The survey decision for a solved interaction of a pilot participant, recorded for every arm alike.",
  fields: (t) => ({
    decision: t.expose("decision", { type: InvitationDecisionEnum }),
    delivery: t.expose("delivery", { type: SurveyDeliveryEnum }),
    customerId: t.exposeString("customerExternalId"),
    ticketId: t.string({
      select: { interaction: { select: { ticketExternalId: true } } },
      resolve: (i) => i.interaction.ticketExternalId,
    }),
    pilot: t.relation("pilot"),
    variant: t.relation("variant"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", nullable: true }),
    emailSentAt: t.expose("emailSentAt", { type: "DateTime", nullable: true }),
    emailError: t.exposeString("emailError", { nullable: true }),
    answeredAt: t.expose("answeredAt", { type: "DateTime", nullable: true }),
  }),
});

builder.queryField("surveyOutbox", (t) =>
  t.prismaConnection({
    type: "SurveyInvitation",
    cursor: "id",
    authScopes: { role: CAN_MANAGE_INTEGRATIONS },
    description:
      "Recent survey decisions, newest first: what was sent, throttled or sampled out, per arm. Admins only.",
    resolve: (query, _root, _args, ctx) =>
      ctx.prismaForReads.surveyInvitation.findMany({ ...query, orderBy: [{ createdAt: "desc" }, { id: "desc" }] }),
  }),
);

type SurveyInvitationLinkShape = { decision: string; link: SurveyLink | null; expiresAt: Date | null };

const SurveyInvitationLinkRef = builder.objectRef<SurveyInvitationLinkShape>("SurveyInvitationLink").implement({
  authScopes: { public: true },
  description: "What the helpdesk needs to place a survey link in its own message.",
  fields: (t) => ({
    decision: t.field({ type: InvitationDecisionEnum, resolve: (l) => l.decision as never }),
    surveyUrl: t.string({
      nullable: true,
      description: "A fresh single-use link (each call makes a new one; answering through any closes them all).",
      resolve: (l) => l.link?.url ?? null,
    }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", nullable: true }),
  }),
});

builder.queryField("surveyInvitation", (t) =>
  t.field({
    type: SurveyInvitationLinkRef,
    nullable: true,
    authScopes: { $any: { integration: true, role: CAN_MANAGE_INTEGRATIONS } },
    description:
      "The survey invitation of a solved ticket, with a fresh link when the customer is invited; null when none was decided (not a pilot participant, not solved yet, or still being processed).",
    args: { ticketId: t.arg.string({ required: true }), integrationId: t.arg.id({ required: false }) },
    resolve: async (_root, args, ctx) => {
      const found = await ctx.services.surveys.invitationForTicket(
        args.ticketId,
        args.integrationId ? String(args.integrationId) : null,
      );
      if (!found) return null;
      return { decision: found.invitation.decision, link: found.link, expiresAt: found.invitation.expiresAt };
    },
  }),
);

const ArmSurveyCountsRef = builder.objectRef<ArmSurveyCounts>("ArmSurveyCounts").implement({
  authScopes: { public: true },
  fields: (t) => ({
    variantId: t.exposeID("variantId"),
    variantKey: t.exposeString("variantKey"),
    variantName: t.exposeString("variantName"),
    assigned: t.exposeInt("assigned"),
    withdrawn: t.exposeInt("withdrawn", { description: "Opted out (still analysed in this arm)." }),
    sent: t.exposeInt("sent", { description: "Survey invitations SENT." }),
    throttled: t.exposeInt("throttled"),
    sampledOut: t.exposeInt("sampledOut"),
    noContact: t.exposeInt("noContact"),
    opened: t.exposeInt("opened"),
    answered: t.exposeInt("answered"),
  }),
});

const RateCheckRef = builder.objectRef<RateCheck>("RateCheck").implement({
  authScopes: { public: true },
  description: "A chi-square test of one rate across arms; imbalanced below the sample-ratio threshold (0.001).",
  fields: (t) => ({
    pValue: t.exposeFloat("pValue"),
    imbalanced: t.exposeBoolean("imbalanced"),
    rates: t.exposeFloatList("rates", { description: "Per arm, in the order of `arms`." }),
  }),
});

const ConsentCountsRef = builder.objectRef<SurveyFairness["consents"]>("ConsentCounts").implement({
  authScopes: { public: true },
  fields: (t) => ({
    pending: t.exposeInt("pending"),
    accepted: t.exposeInt("accepted"),
    declined: t.exposeInt("declined"),
  }),
});

const SurveyFairnessRef = builder.objectRef<SurveyFairness>("SurveyFairness").implement({
  authScopes: { public: true },
  description:
    "Whether the survey is still a fair comparison: invitations, answers and opt-outs per arm, and their balance.",
  fields: (t) => ({
    arms: t.field({ type: [ArmSurveyCountsRef], resolve: (f) => f.arms }),
    consents: t.field({ type: ConsentCountsRef, resolve: (f) => f.consents }),
    responseRate: t.field({ type: RateCheckRef, resolve: (f) => f.responseRate }),
    withdrawalRate: t.field({ type: RateCheckRef, resolve: (f) => f.withdrawalRate }),
  }),
});

builder.objectField(PilotRef, "surveyFairness", (t) =>
  t.field({
    type: SurveyFairnessRef,
    description:
      "Invitations, answers, consents and opt-outs per arm, with chi-square checks of response and withdrawal rates.",
    resolve: (pilot, _args, ctx) => ctx.services.surveys.fairness(pilot.id),
  }),
);
