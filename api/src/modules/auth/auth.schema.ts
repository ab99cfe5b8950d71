import { z } from "zod";
import { builder } from "../../schema/builder.js";
import { InvalidCredentialsError, InvalidStateError, NotFoundError, RateLimitedError } from "../../schema/errors.js";
import { CAN_MANAGE_TOKENS } from "../../schema/roles.js";

export const RoleEnum = builder.enumType("Role", {
  values: {
    ADMIN: { description: "Everything, including API tokens." },
    OPS: { description: "Writes policies and drafts; creates, starts and pauses pilots." },
    MANAGER: { description: "Publishes versions and promotes pilot variants." },
    AGENT: { description: "Reads policies and pilots; asks which policy applies." },
    VIEWER: { description: "Reads." },
  },
});

type ViewerShape = { id: string; email: string; name: string; role: "ADMIN" | "OPS" | "MANAGER" | "AGENT" | "VIEWER" };

export const ViewerRef = builder.objectRef<ViewerShape>("Viewer").implement({
  authScopes: { public: true },
  description: "The signed-in user.",
  fields: (t) => ({
    id: t.exposeID("id"),
    email: t.exposeString("email"),
    name: t.exposeString("name"),
    role: t.expose("role", { type: RoleEnum }),
  }),
});

builder.queryField("viewer", (t) =>
  t.field({
    type: ViewerRef,
    nullable: true,
    authScopes: { public: true },
    description: "The signed-in user, or null.",
    resolve: (_root, _args, ctx) =>
      ctx.viewer.kind === "user"
        ? { id: ctx.viewer.userId, email: ctx.viewer.email, name: ctx.viewer.name, role: ctx.viewer.role }
        : null,
  }),
);

const LoginInput = builder.inputType("LoginInput", {
  fields: (t) => ({
    email: t.string({ required: true, validate: z.string().trim().min(1, "enter your email").max(320) }),
    password: t.string({ required: true, validate: z.string().min(1, "enter your password").max(1024) }),
  }),
});

builder.mutationField("login", (t) =>
  t.field({
    type: ViewerRef,
    authScopes: { public: true },
    description: "Signs in with email and password and sets an httpOnly session cookie.",
    errors: { types: [InvalidCredentialsError, RateLimitedError] },
    args: { input: t.arg({ type: LoginInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const result = await ctx.services.auth.login(input, ctx.requestId, ctx.koa?.ip || "unknown").catch((error) => {
        if (error instanceof RateLimitedError) ctx.koa?.set("retry-after", String(error.retryAfterSeconds));
        throw error;
      });
      const { token, expiresAt, user } = result;
      ctx.session.set(token, expiresAt);
      return { id: user.id, email: user.email, name: user.name, role: user.role };
    },
  }),
);

builder.mutationField("logout", (t) =>
  t.boolean({
    authScopes: { public: true },
    description: "Ends the session and clears the cookie. True when a session was ended.",
    resolve: async (_root, _args, ctx) => {
      const ended = await ctx.services.auth.logout(ctx.viewer, ctx.requestId);
      ctx.session.clear();
      return ended;
    },
  }),
);

const CreateApiTokenInput = builder.inputType("CreateApiTokenInput", {
  fields: (t) => ({
    name: t.string({
      required: true,
      description: "What uses it, e.g. zendesk-production.",
      validate: z.string().trim().min(1, "must not be empty").max(100, "at most 100 characters"),
    }),
  }),
});

const CreatedApiTokenRef = builder
  .objectRef<{ token: { id: string; name: string; prefix: string }; secret: string }>("CreatedApiToken")
  .implement({
    authScopes: { public: true },
    fields: (t) => ({
      id: t.id({ resolve: (r) => r.token.id }),
      name: t.string({ resolve: (r) => r.token.name }),
      secret: t.exposeString("secret", {
        description: "Shown once: send it as `Authorization: Bearer <secret>`. Only its hash is stored.",
      }),
    }),
  });

builder.mutationField("createApiToken", (t) =>
  t.field({
    type: CreatedApiTokenRef,
    authScopes: { role: CAN_MANAGE_TOKENS },
    description: "Creates a Bearer token for a helpdesk integration. Admins only.",
    args: { input: t.arg({ type: CreateApiTokenInput, required: true }) },
    errors: {},
    resolve: (_root, { input }, ctx) => ctx.services.auth.createApiToken(input, ctx.viewer, ctx.requestId),
  }),
);

type ApiTokenShape = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  revokedAt: Date | null;
  createdBy: { name: string };
};

const ApiTokenRef = builder.objectRef<ApiTokenShape>("ApiToken").implement({
  authScopes: { role: CAN_MANAGE_TOKENS },
  description: "An integration's Bearer token (the secret itself is never shown again).",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    prefix: t.exposeString("prefix", { description: "The first characters of the secret, to recognise it." }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    createdByName: t.string({ resolve: (token) => token.createdBy.name }),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true }),
  }),
});

builder.queryField("apiTokens", (t) =>
  t.field({
    type: [ApiTokenRef],
    authScopes: { role: CAN_MANAGE_TOKENS },
    description: "Every integration token, newest first. Admins only.",
    resolve: (_root, _args, ctx) => ctx.services.auth.listApiTokens(),
  }),
);

const RevokeApiTokenInput = builder.inputType("RevokeApiTokenInput", {
  fields: (t) => ({ tokenId: t.id({ required: true }) }),
});

builder.mutationField("revokeApiToken", (t) =>
  t.field({
    type: ApiTokenRef,
    authScopes: { role: CAN_MANAGE_TOKENS },
    description: "Revokes an integration token. Admins only.",
    errors: { types: [NotFoundError, InvalidStateError] },
    args: { input: t.arg({ type: RevokeApiTokenInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      ctx.services.auth.revokeApiToken({ tokenId: String(input.tokenId) }, ctx.viewer, ctx.requestId),
  }),
);
