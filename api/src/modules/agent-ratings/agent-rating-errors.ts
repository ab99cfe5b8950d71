import { builder } from "../../schema/builder.js";
import { ErrorInterface } from "../../schema/error-types.js";
import { DomainError } from "../../schema/errors.js";

/** A second rating of the same variant by the same person in the same ISO week (UTC). */
export class AlreadyRatedError extends DomainError {
  readonly code = "ALREADY_RATED";
  constructor(
    message: string,
    readonly variantId: string,
    readonly weekStart: Date,
    readonly nextRatingAt: Date,
  ) {
    super(message);
    this.name = "AlreadyRatedError";
  }
}

builder.objectType(AlreadyRatedError, {
  name: "AlreadyRatedError",
  description: "You rated this variant this ISO week (UTC) already; nothing was saved.",
  interfaces: [ErrorInterface],
  authScopes: { public: true },
  fields: (t) => ({
    variantId: t.exposeString("variantId"),
    weekStart: t.expose("weekStart", { type: "Date", description: "Monday of the week you rated in (UTC)." }),
    nextRatingAt: t.expose("nextRatingAt", {
      type: "DateTime",
      description: "When you may rate this variant again: next Monday 00:00 UTC.",
    }),
  }),
});
