import { builder } from "./builder.js";
import {
  ConflictError,
  type DomainError,
  EditConflictError,
  type EditConflictField,
  InvalidCredentialsError,
  InvalidStateError,
  NotAuthorizedError,
  NotFoundError,
  RateLimitedError,
  ValidationError,
  type ValidationIssue,
} from "./errors.js";

/** Every expected failure implements Error, so a client can always select `... on Error { message code }`. */
export const ErrorInterface = builder.interfaceRef<DomainError>("Error").implement({
  authScopes: { public: true },
  fields: (t) => ({
    message: t.exposeString("message"),
    code: t.exposeString("code"),
  }),
});

const errorObject = { interfaces: [ErrorInterface], authScopes: { public: true } };

builder.objectType(NotAuthorizedError, { name: "NotAuthorizedError", ...errorObject });
builder.objectType(InvalidCredentialsError, { name: "InvalidCredentialsError", ...errorObject });

builder.objectType(RateLimitedError, {
  name: "RateLimitedError",
  ...errorObject,
  fields: (t) => ({
    retryAfterSeconds: t.exposeInt("retryAfterSeconds", { description: "When to try again, in seconds." }),
  }),
});

builder.objectType(NotFoundError, {
  name: "NotFoundError",
  ...errorObject,
  fields: (t) => ({
    resource: t.exposeString("resource"),
    resourceId: t.exposeString("resourceId"),
  }),
});

const ValidationIssueRef = builder.objectRef<ValidationIssue>("ValidationIssue").implement({
  authScopes: { public: true },
  fields: (t) => ({
    path: t.exposeStringList("path"),
    message: t.exposeString("message"),
  }),
});

builder.objectType(ValidationError, {
  name: "ValidationError",
  ...errorObject,
  fields: (t) => ({
    issues: t.field({ type: [ValidationIssueRef], resolve: (err) => err.issues }),
  }),
});

builder.objectType(InvalidStateError, {
  name: "InvalidStateError",
  ...errorObject,
  fields: (t) => ({
    resourceId: t.exposeString("resourceId"),
    currentState: t.exposeString("currentState"),
    allowedStates: t.exposeStringList("allowedStates"),
  }),
});

builder.objectType(ConflictError, {
  name: "ConflictError",
  ...errorObject,
  fields: (t) => ({ resourceId: t.exposeString("resourceId") }),
});

const EditConflictFieldRef = builder.objectRef<EditConflictField>("EditConflictField").implement({
  description: "A field both you and another writer changed: their text (now saved) and yours (not saved).",
  authScopes: { public: true },
  fields: (t) => ({
    field: t.exposeString("field", {
      description: "title, changeNote, reviewBy, or a section key such as procedures.",
    }),
    label: t.exposeString("label", { description: "The field's display name, e.g. Procedures." }),
    theirs: t.exposeString("theirs", { description: "The saved value, written by changedByName." }),
    yours: t.exposeString("yours", { description: "The value your edit sent (not saved)." }),
    revision: t.exposeInt("revision", { description: "The revision that last changed this field." }),
    changedByName: t.exposeString("changedByName"),
    changedAt: t.expose("changedAt", { type: "DateTime" }),
  }),
});

builder.objectType(EditConflictError, {
  name: "EditConflictError",
  description:
    "Your edit was based on an older revision, and someone changed the same fields since. Nothing was saved.",
  ...errorObject,
  fields: (t) => ({
    versionId: t.exposeString("versionId"),
    baseRevision: t.exposeInt("baseRevision", { description: "The revision your edit was based on." }),
    currentRevision: t.exposeInt("currentRevision", {
      description: "The draft's revision now: base your retry on it.",
    }),
    changedByName: t.exposeString("changedByName", { description: "Who made the latest conflicting change." }),
    changedAt: t.expose("changedAt", { type: "DateTime", description: "When the latest conflicting change was made." }),
    conflicts: t.field({ type: [EditConflictFieldRef], resolve: (err) => err.conflicts }),
  }),
});
