import SchemaBuilder from "@pothos/core";
import ErrorsPlugin from "@pothos/plugin-errors";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import ValidationPlugin from "@pothos/plugin-validation";
import type { Context } from "../context.js";
import type PrismaTypes from "../generated/pothos-types.js";
import { getDatamodel } from "../generated/pothos-types.js";
import type { Role } from "../generated/prisma/enums.js";
import { typenameOfId } from "../lib/ids.js";
import { NotAuthorizedError, ValidationError } from "./errors.js";

/**
 * Plugins only; types live with their modules (STYLE.md rule 3).
 * Order: errors first so that authorization and validation failures become typed union members; scope-auth before
 * the resolver-wrapping plugins so nothing runs before authorization (deny by default: every field without
 * authScopes is refused, see `defaultStrategy` and the `authScopes` on each type).
 */
/**
 * The object types that implement Node (a test checks this list against the schema). Each is declared with
 * `nullable: true`, so `node(id)` of an id that does not exist answers null rather than an unexpected error.
 */
export const NODE_TYPENAMES = new Set([
  "Policy",
  "PolicyVersion",
  "Pilot",
  "PilotVariant",
  "Participant",
  "Assignment",
  "Decision",
  "AuditEvent",
  "Feedback",
  "Integration",
  "WebhookEvent",
  "SurveyInvitation",
  "AgentRating",
]);

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: {
    public: boolean;
    signedIn: boolean;
    role: Role[];
    integration: boolean;
  };
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Date: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  plugins: [ErrorsPlugin, ScopeAuthPlugin, ValidationPlugin, PrismaPlugin, RelayPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => ({
      public: true,
      signedIn: ctx.viewer.kind === "user",
      role: (roles) => ctx.viewer.kind === "user" && (ctx.viewer.role === "ADMIN" || roles.includes(ctx.viewer.role)),
      integration: ctx.viewer.kind === "token",
    }),
    unauthorizedError: (_parent, ctx) =>
      ctx.viewer.kind === "anonymous"
        ? new NotAuthorizedError("Sign in first: this needs a signed-in user or an API token.")
        : new NotAuthorizedError(),
    // Every object type checks its own scopes too (deny by default on reads).
    runScopesOnType: true,
  },
  errors: {
    defaultTypes: [NotAuthorizedError, ValidationError],
    unsafelyHandleInputErrors: true,
  },
  validation: {
    validationError: (result) =>
      new ValidationError(
        result.issues
          .map((issue) => {
            const path = (issue.path ?? []).map((p) => String(typeof p === "object" ? p.key : p));
            return path.length ? `${path.join(".")}: ${issue.message}` : issue.message;
          })
          .join(" "),
        result.issues.map((issue) => ({
          path: (issue.path ?? []).map((p) => String(typeof p === "object" ? p.key : p)),
          message: issue.message,
        })),
      ),
  },
  prisma: {
    client: (ctx) => ctx.prismaForReads,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: null,
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    // Our ids carry a type prefix (pol_, pil_, …) and are unique across tables, so they are global ids as they are:
    // the same id appears in the console, the API, the audit log and the helpdesk.
    encodeGlobalID: (_typename, id) => String(id),
    // An id of no node type (unknown prefix, or a table that is not a node, such as users) resolves to a type whose
    // lookup finds nothing, so `node(id)` answers null, as for any unknown id.
    decodeGlobalID: (globalID) => {
      const typename = typenameOfId(globalID);
      return NODE_TYPENAMES.has(typename) ? { typename, id: globalID } : { typename: "Policy", id: "" };
    },
    nodeQueryOptions: { authScopes: { $any: { signedIn: true, integration: true } } },
    nodesQueryOptions: { authScopes: { $any: { signedIn: true, integration: true } } },
    nodeTypeOptions: { authScopes: { public: true } },
    pageInfoTypeOptions: { authScopes: { public: true } },
  },
});
