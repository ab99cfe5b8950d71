import { builder } from "../../schema/builder.js";

export const AuditEventRef = builder.prismaNode("AuditEvent", {
  nullable: true,
  id: { field: "id" },
  authScopes: { role: ["OPS", "MANAGER"] },
  fields: (t) => ({
    type: t.exposeString("type"),
    actorType: t.exposeString("actorType"),
    actorLabel: t.exposeString("actorLabel"),
    subjectType: t.exposeString("subjectType"),
    subjectId: t.exposeString("subjectId"),
    data: t.expose("data", { type: "JSON" }),
    requestId: t.exposeString("requestId", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.queryField("auditEvents", (t) =>
  t.prismaConnection({
    type: "AuditEvent",
    cursor: "id",
    authScopes: { role: ["OPS", "MANAGER"] },
    description: "Who did what and when, newest first; optionally for one subject (e.g. a pilot id).",
    args: { subjectId: t.arg.string({ required: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prismaForReads.auditEvent.findMany({
        ...query,
        where: args.subjectId ? { subjectId: args.subjectId } : {},
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      }),
  }),
);
