/**
 * Expected failures. Each has a stable `code`, a sentence-case message that names the resource and says what is
 * allowed, and the ids involved. They reach clients as members of a mutation's result union (errors plugin);
 * anything else is masked by Yoga as "Unexpected error." and logged with the request id.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
}

export class NotAuthorizedError extends DomainError {
  readonly code = "NOT_AUTHORIZED";
  constructor(message = "You are not allowed to do this. Sign in with a role that may, or ask an admin.") {
    super(message);
    this.name = "NotAuthorizedError";
  }
}

export class InvalidCredentialsError extends DomainError {
  readonly code = "INVALID_CREDENTIALS";
  constructor() {
    super("Email or password is incorrect.");
    this.name = "InvalidCredentialsError";
  }
}

/** Too many attempts: try again after `retryAfterSeconds` (also sent as the Retry-After header). */
export class RateLimitedError extends DomainError {
  readonly code = "RATE_LIMITED";
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
    this.name = "RateLimitedError";
  }
}

export class NotFoundError extends DomainError {
  readonly code = "NOT_FOUND";
  constructor(
    readonly resource: string,
    readonly resourceId: string,
  ) {
    super(`No ${resource} with id ${resourceId} exists.`);
    this.name = "NotFoundError";
  }
}

export type ValidationIssue = { path: string[]; message: string };

export class ValidationError extends DomainError {
  readonly code = "VALIDATION_FAILED";
  constructor(
    message: string,
    readonly issues: ValidationIssue[] = [{ path: [], message }],
  ) {
    super(message);
    this.name = "ValidationError";
  }
}

export class InvalidStateError extends DomainError {
  readonly code = "INVALID_STATE";
  constructor(
    message: string,
    readonly resourceId: string,
    readonly currentState: string,
    readonly allowedStates: readonly string[],
  ) {
    super(message);
    this.name = "InvalidStateError";
  }
}

export class ConflictError extends DomainError {
  readonly code = "CONFLICT";
  constructor(
    message: string,
    readonly resourceId: string,
  ) {
    super(message);
    this.name = "ConflictError";
  }
}

/** One field of a draft that another writer changed since the revision an edit was based on. */
export type EditConflictField = {
  field: string;
  label: string;
  theirs: string;
  yours: string;
  revision: number;
  changedByName: string;
  changedAt: Date;
};

/**
 * An edit of a draft based on an older revision touched a field that someone else changed since. Nothing of the
 * edit was saved; the client shows `theirs` and `yours` side by side and saves again based on `currentRevision`.
 */
export class EditConflictError extends DomainError {
  readonly code = "EDIT_CONFLICT";
  constructor(
    message: string,
    readonly versionId: string,
    readonly baseRevision: number,
    readonly currentRevision: number,
    readonly changedByName: string,
    readonly changedAt: Date,
    readonly conflicts: EditConflictField[],
  ) {
    super(message);
    this.name = "EditConflictError";
  }
}
