import { builder } from "../../schema/builder.js";
import { InvalidStateError, NotFoundError } from "../../schema/errors.js";
import { CAN_ASK_POLICY, CAN_RUN_PILOTS } from "../../schema/roles.js";
import { PilotRef } from "../pilots/pilots.schema.js";
import { type DisclosureText, DisclosureTextSchema, readDisclosureTexts } from "./disclosure-texts.js";

const DisclosureTextRef = builder.objectRef<DisclosureText>("DisclosureText").implement({
  authScopes: { public: true },
  description: "What a beta customer is told, in one language.",
  fields: (t) => ({
    whatChanges: t.exposeString("whatChanges", { description: "What is different in the beta policy." }),
    duration: t.exposeString("duration", { description: "How long the beta lasts." }),
    dataKept: t.exposeString("dataKept", { description: "What data is kept, and for how long." }),
    howToLeave: t.exposeString("howToLeave", { description: "How to leave the beta at any time." }),
  }),
});

type DisclosureShape = { version: number; createdAt: Date; en: DisclosureText; sv: DisclosureText };

const DisclosureRef = builder.objectRef<DisclosureShape>("Disclosure").implement({
  authScopes: { public: true },
  fields: (t) => ({
    version: t.exposeInt("version"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    en: t.field({ type: DisclosureTextRef, resolve: (d) => d.en }),
    sv: t.field({ type: DisclosureTextRef, resolve: (d) => d.sv }),
  }),
});

const SavedDisclosureRef = builder.objectRef<{ pilotId: string; version: number }>("SavedDisclosure").implement({
  authScopes: { public: true },
  fields: (t) => ({ pilotId: t.exposeID("pilotId"), version: t.exposeInt("version") }),
});

const OptedOutCustomerRef = builder
  .objectRef<{ pilotId: string; customerId: string; withdrawnAt: Date }>("OptedOutCustomer")
  .implement({
    authScopes: { public: true },
    fields: (t) => ({
      pilotId: t.exposeID("pilotId"),
      customerId: t.exposeString("customerId"),
      withdrawnAt: t.expose("withdrawnAt", { type: "DateTime" }),
    }),
  });

builder.objectField(PilotRef, "disclosure", (t) =>
  t.field({
    type: DisclosureRef,
    nullable: true,
    description: "The beta disclosure customers see before they consent (latest version; frozen once the pilot runs).",
    resolve: async (pilot, _args, ctx) => {
      const latest = await ctx.services.beta.latestDisclosure(pilot.id);
      const texts = latest ? readDisclosureTexts(latest.texts) : null;
      return latest && texts ? { version: latest.version, createdAt: latest.createdAt, ...texts } : null;
    },
  }),
);

const DisclosureTextInput = builder.inputType("DisclosureTextInput", {
  fields: (t) => ({
    whatChanges: t.string({ required: true, validate: DisclosureTextSchema.shape.whatChanges }),
    duration: t.string({ required: true, validate: DisclosureTextSchema.shape.duration }),
    dataKept: t.string({ required: true, validate: DisclosureTextSchema.shape.dataKept }),
    howToLeave: t.string({ required: true, validate: DisclosureTextSchema.shape.howToLeave }),
  }),
});

const SaveDisclosureInput = builder.inputType("SaveDisclosureInput", {
  fields: (t) => ({
    pilotId: t.id({ required: true }),
    en: t.field({ type: DisclosureTextInput, required: true, description: "English." }),
    sv: t.field({ type: DisclosureTextInput, required: true, description: "Swedish." }),
  }),
});

builder.mutationField("saveDisclosure", (t) =>
  t.field({
    type: SavedDisclosureRef,
    authScopes: { role: CAN_RUN_PILOTS },
    description: "Saves a new version of a DRAFT pilot's beta disclosure, in English and Swedish.",
    errors: { types: [NotFoundError, InvalidStateError] },
    args: { input: t.arg({ type: SaveDisclosureInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const saved = await ctx.services.beta.saveDisclosure(
        { pilotId: String(input.pilotId), texts: { en: input.en, sv: input.sv } },
        ctx.viewer,
        ctx.requestId,
      );
      return { pilotId: saved.pilotId, version: saved.version };
    },
  }),
);

const OptOutCustomerInput = builder.inputType("OptOutCustomerInput", {
  fields: (t) => ({
    pilotId: t.id({ required: true }),
    customerId: t.string({ required: true, description: "The helpdesk's customer id." }),
  }),
});

builder.mutationField("optOutCustomer", (t) =>
  t.field({
    type: OptedOutCustomerRef,
    authScopes: { $any: { integration: true, role: CAN_ASK_POLICY } },
    description:
      "Takes a customer out of a pilot at their request: the published policy applies from their next ask; the analysis keeps them in their arm.",
    errors: { types: [NotFoundError] },
    args: { input: t.arg({ type: OptOutCustomerInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      ctx.services.beta.optOutCustomer(
        { pilotId: String(input.pilotId), customerId: input.customerId },
        ctx.viewer,
        ctx.requestId,
      ),
  }),
);
