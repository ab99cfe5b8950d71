import { CONDITION_OPERATORS } from "@policy-pilot/experiments";
import { z } from "zod";
import type { AudienceImport } from "../../generated/prisma/client.js";
import { builder } from "../../schema/builder.js";
import { InvalidStateError, NotFoundError } from "../../schema/errors.js";
import { CAN_RUN_PILOTS, READ_PILOTS } from "../../schema/roles.js";
import { ParticipantKindEnum, PilotRef } from "../pilots/pilots.schema.js";
import { KNOWN_ATTRIBUTES } from "./audience-attributes.js";
import type { RowError } from "./audiences.service.js";

const AudienceImportStatusEnum = builder.enumType("AudienceImportStatus", {
  values: ["QUEUED", "RUNNING", "DONE", "REJECTED", "CANCELLED", "FAILED"] as const,
  description:
    "DONE: every row imported. REJECTED: bad rows (see errors), nothing imported. CANCELLED, FAILED: nothing imported.",
});

const RowErrorRef = builder.objectRef<RowError>("AudienceImportRowError").implement({
  authScopes: { public: true },
  fields: (t) => ({
    line: t.exposeInt("line", { description: "Line of the file (1 is the first line, with the column names)." }),
    id: t.exposeString("id"),
    message: t.exposeString("message"),
  }),
});

export const AudienceImportRef = builder.objectRef<AudienceImport>("AudienceImport").implement({
  authScopes: READ_PILOTS,
  description: "One CSV upload of a pilot's participants. Poll it for progress; all rows are imported or none.",
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.expose("kind", { type: ParticipantKindEnum }),
    status: t.expose("status", { type: AudienceImportStatusEnum }),
    fileName: t.exposeString("fileName"),
    fileBytes: t.exposeInt("fileBytes"),
    bytesRead: t.exposeInt("bytesRead"),
    progress: t.float({
      description: "Share of the file read, 0–1 (1 once finished).",
      resolve: (i) =>
        i.status === "QUEUED" ? 0 : i.finishedAt ? 1 : i.fileBytes > 0 ? Math.min(1, i.bytesRead / i.fileBytes) : 0,
    }),
    rowsRead: t.exposeInt("rowsRead"),
    insertedCount: t.exposeInt("insertedCount", { description: "Participants new to policy-pilot." }),
    updatedCount: t.exposeInt("updatedCount", { description: "Known participants whose attributes were updated." }),
    memberCount: t.exposeInt("memberCount", { description: "Participants added to this pilot's list." }),
    errorCount: t.exposeInt("errorCount"),
    errors: t.field({
      type: [RowErrorRef],
      description: "The first 100 bad rows, by line.",
      resolve: (i) => (Array.isArray(i.errors) ? (i.errors as RowError[]) : []),
    }),
    message: t.exposeString("message", { nullable: true }),
    cancelRequested: t.exposeBoolean("cancelRequested"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    finishedAt: t.expose("finishedAt", { type: "DateTime", nullable: true }),
  }),
});

type EligibleShape = {
  matching: number;
  expectedInPilot: number;
  coverage: number;
  evaluatedInProcess: number;
  listed: boolean;
};
const EligibleRef = builder.objectRef<EligibleShape>("AudienceEligibleCount").implement({
  authScopes: { public: true },
  fields: (t) => ({
    matching: t.exposeInt("matching", {
      description: "Known participants of the pilot's unit on the list (if any) who match the rule.",
    }),
    expectedInPilot: t.exposeInt("expectedInPilot", {
      description: "About how many of them the coverage share lets in.",
    }),
    coverage: t.exposeFloat("coverage"),
    listed: t.exposeBoolean("listed", { description: "The pilot lists participants of its unit explicitly." }),
    evaluatedInProcess: t.exposeInt("evaluatedInProcess", {
      description: "Rows SQL could not decide, evaluated one by one by the GrowthBook SDK.",
    }),
  }),
});

type OverlapShape = Awaited<ReturnType<import("./audiences.service.js").AudiencesService["overlap"]>>;
const OverlapPilotRef = builder.objectRef<OverlapShape["pilots"][number]>("AudienceOverlapPilot").implement({
  authScopes: { public: true },
  fields: (t) => ({
    pilotId: t.exposeID("id"),
    name: t.exposeString("name"),
    policyName: t.exposeString("policyName"),
    participants: t.exposeInt("participants"),
  }),
});
const OverlapRef = builder.objectRef<OverlapShape>("AudienceOverlap").implement({
  authScopes: { public: true },
  description: "Participants of this pilot who are also in another running or paused pilot (of another policy).",
  fields: (t) => ({
    participants: t.exposeInt("participants"),
    pilots: t.field({ type: [OverlapPilotRef], resolve: (o) => o.pilots }),
  }),
});

type AudienceShape = {
  pilotId: string;
  condition: Record<string, unknown> | null;
  counts: { CUSTOMER: number; AGENT: number };
};
const AudienceRef = builder.objectRef<AudienceShape>("PilotAudience").implement({
  authScopes: READ_PILOTS,
  description: "Who may enter a pilot: explicit lists (if any) AND the attribute rule AND the coverage share.",
  fields: (t) => ({
    condition: t.field({
      type: "JSON",
      nullable: true,
      description: "The attribute rule in GrowthBook's condition syntax; null admits anyone.",
      resolve: (a) => a.condition,
    }),
    customerCount: t.int({
      description: "Customers listed explicitly (0: any customer).",
      resolve: (a) => a.counts.CUSTOMER,
    }),
    agentCount: t.int({ description: "Agents listed explicitly (0: any agent).", resolve: (a) => a.counts.AGENT }),
    customers: t.stringList({
      description: "The first listed customer ids, in order.",
      args: { first: t.arg.int({ required: false }) },
      resolve: async (a, args, ctx) =>
        (await ctx.services.audiences.listMembers(a.pilotId, "CUSTOMER", Math.min(args.first ?? 20, 100))).map(
          (m) => m.externalId,
        ),
    }),
    agents: t.stringList({
      description: "The first listed agent ids, in order.",
      args: { first: t.arg.int({ required: false }) },
      resolve: async (a, args, ctx) =>
        (await ctx.services.audiences.listMembers(a.pilotId, "AGENT", Math.min(args.first ?? 20, 100))).map(
          (m) => m.externalId,
        ),
    }),
    eligible: t.field({
      type: EligibleRef,
      description: "The live count of known participants this audience includes.",
      resolve: (a, _args, ctx) => ctx.services.audiences.eligibleCount(a.pilotId),
    }),
    overlap: t.field({ type: OverlapRef, resolve: (a, _args, ctx) => ctx.services.audiences.overlap(a.pilotId) }),
    imports: t.field({
      type: [AudienceImportRef],
      description: "The latest CSV imports, newest first.",
      args: { first: t.arg.int({ required: false }) },
      resolve: (a, args, ctx) => ctx.services.audiences.latestImports(a.pilotId, Math.min(args.first ?? 5, 50)),
    }),
  }),
});

const RuleVocabularyRef = builder
  .objectRef<{ operators: string[]; attributes: { name: string; type: string }[] }>("AudienceRuleVocabulary")
  .implement({
    authScopes: { public: true },
    fields: (t) => ({
      operators: t.exposeStringList("operators", { description: "Operators a rule may use." }),
      attributes: t.field({
        type: [
          builder.objectRef<{ name: string; type: string }>("AudienceAttribute").implement({
            authScopes: { public: true },
            fields: (f) => ({ name: f.exposeString("name"), type: f.exposeString("type") }),
          }),
        ],
        resolve: (v) => v.attributes,
      }),
    }),
  });

builder.objectField(PilotRef, "audience", (t) =>
  t.field({
    type: AudienceRef,
    resolve: async (pilot, _args, ctx) => ({
      pilotId: pilot.id,
      ...(await ctx.services.audiences.audienceOf(pilot.id)),
    }),
  }),
);

builder.queryFields((t) => ({
  audienceImport: t.field({
    type: AudienceImportRef,
    nullable: true,
    authScopes: READ_PILOTS,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => ctx.services.audiences.findImport(String(args.id)),
  }),
  audienceRuleVocabulary: t.field({
    type: RuleVocabularyRef,
    authScopes: READ_PILOTS,
    resolve: () => ({
      operators: [...new Set(Object.values(CONDITION_OPERATORS).flat())],
      attributes: Object.entries(KNOWN_ATTRIBUTES).map(([name, type]) => ({ name, type })),
    }),
  }),
  previewAudienceCount: t.field({
    type: EligibleRef,
    authScopes: READ_PILOTS,
    description: "The live count for a rule not saved yet (the rule builder asks as ops edit).",
    errors: { types: [NotFoundError] },
    args: { pilotId: t.arg.id({ required: true }), condition: t.arg({ type: "JSON", required: false }) },
    resolve: (_root, args, ctx) => ctx.services.audiences.eligibleCount(String(args.pilotId), args.condition ?? null),
  }),
}));

const UpdatePilotAudienceInput = builder.inputType("UpdatePilotAudienceInput", {
  fields: (t) => ({
    pilotId: t.id({ required: true }),
    condition: t.field({
      type: "JSON",
      required: false,
      description:
        'GrowthBook condition, e.g. { "region": { "$in": ["EU"] }, "tenure": { "$gte": 12 } }; null or {} admits anyone; omitted keeps it.',
    }),
    coverage: t.float({ required: false, description: "Share of the audience that enters, above 0 and at most 1." }),
  }),
});

const AddAudienceMembersInput = builder.inputType("AddAudienceMembersInput", {
  fields: (t) => ({
    pilotId: t.id({ required: true }),
    kind: t.field({ type: ParticipantKindEnum, required: true }),
    ids: t.string({
      required: true,
      description: "Pasted ids: one per line, or separated by commas, semicolons or spaces (at most 10 000).",
      validate: z.string().max(2_500_000, "at most 2.5 million characters; upload a CSV file instead"),
    }),
  }),
});

const RemoveAudienceMembersInput = builder.inputType("RemoveAudienceMembersInput", {
  fields: (t) => ({
    pilotId: t.id({ required: true }),
    kind: t.field({ type: ParticipantKindEnum, required: true }),
    ids: t.stringList({
      required: false,
      description: "Ids to take off the list; omitted: clear the whole list of this kind.",
    }),
  }),
});

const AudienceChangeRef = builder
  .objectRef<{ pilotId: string; added?: number; given?: number; removed?: number }>("AudienceChange")
  .implement({
    authScopes: { public: true },
    fields: (t) => ({
      pilot: t.prismaField({
        type: "Pilot",
        resolve: (query, change, _args, ctx) =>
          ctx.prismaForReads.pilot.findUniqueOrThrow({ ...query, where: { id: change.pilotId } }),
      }),
      added: t.int({ nullable: true, resolve: (c) => c.added ?? null }),
      given: t.int({ nullable: true, resolve: (c) => c.given ?? null }),
      removed: t.int({ nullable: true, resolve: (c) => c.removed ?? null }),
    }),
  });

builder.mutationFields((t) => ({
  updatePilotAudience: t.field({
    type: AudienceChangeRef,
    authScopes: { role: CAN_RUN_PILOTS },
    description: "Sets a DRAFT pilot's attribute rule and/or coverage share.",
    errors: { types: [NotFoundError, InvalidStateError] },
    args: { input: t.arg({ type: UpdatePilotAudienceInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      ctx.services.audiences.updateAudience(
        { pilotId: String(input.pilotId), condition: input.condition, coverage: input.coverage },
        ctx.viewer,
        ctx.requestId,
      ),
  }),
  addAudienceMembers: t.field({
    type: AudienceChangeRef,
    authScopes: { role: CAN_RUN_PILOTS },
    description: "Lists pasted customer or agent ids explicitly in a DRAFT pilot's audience.",
    errors: { types: [NotFoundError, InvalidStateError] },
    args: { input: t.arg({ type: AddAudienceMembersInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      ctx.services.audiences.addMembers(
        { pilotId: String(input.pilotId), kind: input.kind, text: input.ids },
        ctx.viewer,
        ctx.requestId,
      ),
  }),
  removeAudienceMembers: t.field({
    type: AudienceChangeRef,
    authScopes: { role: CAN_RUN_PILOTS },
    errors: { types: [NotFoundError, InvalidStateError] },
    args: { input: t.arg({ type: RemoveAudienceMembersInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      ctx.services.audiences.removeMembers(
        { pilotId: String(input.pilotId), kind: input.kind, ids: input.ids ?? null },
        ctx.viewer,
        ctx.requestId,
      ),
  }),
  cancelAudienceImport: t.field({
    type: AudienceImportRef,
    authScopes: { role: CAN_RUN_PILOTS },
    description: "Stops a QUEUED or RUNNING import; nothing of it is imported.",
    errors: { types: [NotFoundError, InvalidStateError] },
    args: {
      input: t.arg({
        type: builder.inputType("CancelAudienceImportInput", {
          fields: (f) => ({ importId: f.id({ required: true }) }),
        }),
        required: true,
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      const { id } = await ctx.services.audiences.cancelImport(
        { importId: String(input.importId) },
        ctx.viewer,
        ctx.requestId,
      );
      return (await ctx.services.audiences.findImport(id))!;
    },
  }),
}));
