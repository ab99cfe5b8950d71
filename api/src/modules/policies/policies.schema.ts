import { z } from "zod";
import { builder } from "../../schema/builder.js";
import { ConflictError, EditConflictError, InvalidStateError, NotFoundError } from "../../schema/errors.js";
import { CAN_EDIT_POLICIES, CAN_PUBLISH, READ_POLICIES } from "../../schema/roles.js";
import {
  MAX_SECTION_CHARS,
  POLICY_SECTIONS,
  type PolicyContent,
  readContent,
  SECTION_TITLES,
} from "./policy-content.js";

export const VersionStatusEnum = builder.enumType("VersionStatus", {
  values: ["DRAFT", "PUBLISHED", "ARCHIVED"] as const,
});

export const PolicyContentRef = builder.objectRef<PolicyContent>("PolicyContent").implement({
  description: "The sections of a policy document, each Markdown text.",
  authScopes: { public: true },
  fields: (t) =>
    ({
      ...Object.fromEntries(
        POLICY_SECTIONS.map((key) => [key, t.exposeString(key, { description: SECTION_TITLES[key] })]),
      ),
      sections: t.field({
        type: [
          builder.objectRef<{ key: string; title: string; body: string }>("PolicySection").implement({
            authScopes: { public: true },
            fields: (s) => ({
              key: s.exposeString("key"),
              title: s.exposeString("title"),
              body: s.exposeString("body"),
            }),
          }),
        ],
        description: "Every section in reading order, with its display title.",
        resolve: (content) => POLICY_SECTIONS.map((key) => ({ key, title: SECTION_TITLES[key], body: content[key] })),
      }),
    }) as never,
});

export const PolicyVersionRef = builder.prismaNode("PolicyVersion", {
  nullable: true,
  id: { field: "id" },
  authScopes: READ_POLICIES,
  fields: (t) => ({
    number: t.exposeInt("number"),
    revision: t.exposeInt("revision", {
      description:
        "Starts at 1 and grows by one with every accepted edit. Send it as baseRevision with your next edit of this draft.",
    }),
    status: t.expose("status", { type: VersionStatusEnum }),
    title: t.exposeString("title"),
    label: t.string({ resolve: (v) => `v${v.number} · ${v.title}` }),
    content: t.field({ type: PolicyContentRef, resolve: (v) => readContent(v.content) }),
    changeNote: t.exposeString("changeNote"),
    reviewBy: t.expose("reviewBy", { type: "Date", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true }),
    archivedAt: t.expose("archivedAt", { type: "DateTime", nullable: true }),
    policy: t.relation("policy"),
    basedOn: t.relation("basedOn", { nullable: true }),
    createdByName: t.string({
      nullable: true,
      select: { createdBy: { select: { name: true } } },
      resolve: (v) => v.createdBy?.name ?? null,
    }),
    publishedByName: t.string({
      nullable: true,
      select: { publishedBy: { select: { name: true } } },
      resolve: (v) => v.publishedBy?.name ?? null,
    }),
  }),
});

export const PolicyRef = builder.prismaNode("Policy", {
  nullable: true,
  id: { field: "id" },
  authScopes: READ_POLICIES,
  fields: (t) => ({
    key: t.exposeString("key"),
    name: t.exposeString("name"),
    description: t.exposeString("description"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    publishedVersion: t.prismaField({
      type: "PolicyVersion",
      nullable: true,
      description: "The version in force (at most one per policy), or null before the first publication.",
      select: (_args, _ctx, nestedSelection) => ({
        versions: nestedSelection({ where: { status: "PUBLISHED" }, take: 1 }),
      }),
      resolve: (_query, policy) => policy.versions[0] ?? null,
    }),
    versions: t.relatedConnection("versions", {
      cursor: "id",
      query: { orderBy: { number: "desc" } },
      totalCount: true,
    }),
    draftCount: t.relationCount("versions", { where: { status: "DRAFT" } }),
  }),
});

builder.queryFields((t) => ({
  policies: t.prismaConnection({
    type: "Policy",
    cursor: "id",
    authScopes: READ_POLICIES,
    description: "Policies by name.",
    args: { search: t.arg.string({ required: false, description: "Case-insensitive match on name or key." }) },
    totalCount: (_parent, args, ctx) => ctx.prismaForReads.policy.count({ where: searchWhere(args.search) }),
    resolve: (query, _root, args, ctx) =>
      ctx.prismaForReads.policy.findMany({ ...query, where: searchWhere(args.search), orderBy: { name: "asc" } }),
  }),
  policy: t.prismaField({
    type: "Policy",
    nullable: true,
    authScopes: READ_POLICIES,
    description: "A policy by id (pol_…) or key.",
    args: { idOrKey: t.arg.string({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prismaForReads.policy.findFirst({ ...query, where: { OR: [{ id: args.idOrKey }, { key: args.idOrKey }] } }),
  }),
}));

function searchWhere(search: string | null | undefined) {
  if (!search) return {};
  return {
    OR: [
      { name: { contains: search, mode: "insensitive" as const } },
      { key: { contains: search, mode: "insensitive" as const } },
    ],
  };
}

const sectionSchema = z.string().max(MAX_SECTION_CHARS, `at most ${MAX_SECTION_CHARS} characters per section`);

const PolicyContentInput = builder.inputType("PolicyContentInput", {
  description: "Sections to set (Markdown). Omitted sections are copied from the base version.",
  fields: (t) =>
    Object.fromEntries(
      POLICY_SECTIONS.map((key) => [key, t.string({ required: false, validate: sectionSchema })]),
    ) as never,
});

const titleSchema = z.string().trim().min(1, "must not be empty").max(200, "at most 200 characters");

const CreatePolicyInput = builder.inputType("CreatePolicyInput", {
  fields: (t) => ({
    key: t.string({
      required: true,
      description: "A stable slug used by integrations, e.g. returns-and-refunds.",
      validate: z
        .string()
        .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use lowercase letters, digits and single hyphens, e.g. returns-and-refunds")
        .max(64, "at most 64 characters"),
    }),
    name: t.string({ required: true, validate: titleSchema }),
    description: t.string({ required: false, validate: z.string().max(2000, "at most 2000 characters") }),
    versionTitle: t.string({ required: true, validate: titleSchema }),
    content: t.field({ type: PolicyContentInput, required: false }),
  }),
});

const CreatePolicyVersionInput = builder.inputType("CreatePolicyVersionInput", {
  fields: (t) => ({
    policyId: t.id({ required: true }),
    basedOnVersionId: t.id({ required: false, description: "Defaults to the published version." }),
    title: t.string({ required: true, validate: titleSchema }),
    content: t.field({ type: PolicyContentInput, required: false }),
    changeNote: t.string({ required: false, validate: z.string().max(2000, "at most 2000 characters") }),
    reviewBy: t.field({ type: "Date", required: false }),
  }),
});

const UpdatePolicyVersionInput = builder.inputType("UpdatePolicyVersionInput", {
  description:
    "Send only the fields you changed. They are merged into the latest text; the edit conflicts only if someone else changed one of the same fields after baseRevision.",
  fields: (t) => ({
    versionId: t.id({ required: true }),
    baseRevision: t.int({
      required: true,
      description: "The draft's revision your edit starts from (PolicyVersion.revision when you loaded it).",
      validate: z.number().int().min(1, "revisions start at 1"),
    }),
    title: t.string({ required: false, validate: titleSchema }),
    content: t.field({ type: PolicyContentInput, required: false }),
    changeNote: t.string({ required: false, validate: z.string().max(2000, "at most 2000 characters") }),
    reviewBy: t.field({ type: "Date", required: false }),
  }),
});

const PublishPolicyVersionInput = builder.inputType("PublishPolicyVersionInput", {
  fields: (t) => ({ versionId: t.id({ required: true }) }),
});

builder.mutationFields((t) => ({
  createPolicy: t.field({
    type: PolicyRef,
    authScopes: { role: CAN_EDIT_POLICIES },
    description: "Creates a policy with its first DRAFT version.",
    errors: { types: [ConflictError] },
    args: { input: t.arg({ type: CreatePolicyInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      ctx.services.policies.createPolicy(
        {
          key: input.key,
          name: input.name,
          description: input.description,
          firstVersion: { title: input.versionTitle, content: input.content as Partial<PolicyContent> | null },
        },
        ctx.viewer,
        ctx.requestId,
      ),
  }),
  createPolicyVersion: t.field({
    type: PolicyVersionRef,
    authScopes: { role: CAN_EDIT_POLICIES },
    description: "Creates a DRAFT version, copying the base version's sections and replacing those given.",
    errors: { types: [NotFoundError] },
    args: { input: t.arg({ type: CreatePolicyVersionInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      ctx.services.policies.createVersion(
        {
          ...input,
          policyId: String(input.policyId),
          basedOnVersionId: input.basedOnVersionId?.toString(),
          content: input.content as Partial<PolicyContent> | null,
        },
        ctx.viewer,
        ctx.requestId,
      ),
  }),
  updatePolicyVersion: t.field({
    type: PolicyVersionRef,
    authScopes: { role: CAN_EDIT_POLICIES },
    description:
      "Edits a DRAFT version that no running pilot uses, based on the revision you loaded. Fields changed by someone else since then come back as an EditConflictError with their text and yours; nothing is saved then.",
    errors: { types: [NotFoundError, InvalidStateError, EditConflictError, ConflictError] },
    args: { input: t.arg({ type: UpdatePolicyVersionInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      ctx.services.policies.updateDraft(
        {
          versionId: String(input.versionId),
          baseRevision: input.baseRevision,
          title: input.title ?? undefined,
          content: input.content as Partial<PolicyContent> | null,
          changeNote: input.changeNote,
          reviewBy: input.reviewBy,
        },
        ctx.viewer,
        ctx.requestId,
      ),
  }),
  publishPolicyVersion: t.field({
    type: PolicyVersionRef,
    authScopes: { role: CAN_PUBLISH },
    description:
      "Publishes a DRAFT version whose Purpose and Procedures are written; the previously published one is archived. Managers only.",
    errors: { types: [NotFoundError, InvalidStateError] },
    args: { input: t.arg({ type: PublishPolicyVersionInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      ctx.services.policies.publishVersion({ versionId: String(input.versionId) }, ctx.viewer, ctx.requestId),
  }),
}));
