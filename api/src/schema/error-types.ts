import { builder } from "./builder.js";
import {
  ConflictError,
  type DomainError,
  InvalidCredentialsError,
  InvalidStateError,
  NotAuthorizedError,
  NotFoundError,
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
