import Router from "@koa/router";
import type Koa from "koa";
import type { Viewer } from "../../context.js";
import { DomainError, NotAuthorizedError, ValidationError } from "../../schema/errors.js";
import { CAN_RUN_PILOTS } from "../../schema/roles.js";
import type { Services } from "../../services.js";

/** The upload path: `POST /uploads/audiences/<pilot id>?kind=CUSTOMER|AGENT&fileName=…` with the CSV as the body. */
export const AUDIENCE_UPLOAD_PREFIX = "/uploads/audiences/";

const STATUS_OF_CODE: Record<string, number> = {
  NOT_FOUND: 404,
  NOT_AUTHORIZED: 401,
  VALIDATION_FAILED: 400,
  INVALID_STATE: 409,
};

/**
 * The CSV upload: the body streams to a file (never held in memory), then the import runs as a background job and
 * the console polls `audienceImport(id)`. Same sign-in as GraphQL: the session cookie with the CSRF header, or an
 * API token is refused (imports are people's work).
 */
export function createAudienceRoutes(
  services: Services,
  resolveViewer: (ctx: Koa.Context) => Promise<Viewer>,
  csrfHeader: string,
) {
  const router = new Router();
  router.post(`${AUDIENCE_UPLOAD_PREFIX}:pilotId`, async (ctx) => {
    try {
      if (!ctx.get(csrfHeader))
        throw new ValidationError(`Send the header ${csrfHeader}: 1 with an upload (CSRF protection).`);
      const viewer = await resolveViewer(ctx);
      if (viewer.kind !== "user" || !(viewer.role === "ADMIN" || CAN_RUN_PILOTS.includes(viewer.role))) {
        throw new NotAuthorizedError(
          "Only OPS and ADMIN users may import a pilot's participants; sign in with such a role.",
        );
      }
      const kind = String(ctx.query.kind ?? "CUSTOMER").toUpperCase();
      if (kind !== "CUSTOMER" && kind !== "AGENT") {
        throw new ValidationError(`kind is CUSTOMER or AGENT; got ${JSON.stringify(kind)}.`);
      }
      const declared = Number(ctx.get("content-length") || Number.NaN);
      const started = await services.audiences.startImport(
        {
          pilotId: ctx.params.pilotId ?? "",
          kind,
          fileName: String(ctx.query.fileName ?? "upload.csv"),
          body: ctx.req,
          declaredBytes: Number.isFinite(declared) ? declared : null,
        },
        viewer,
      );
      ctx.status = 202;
      ctx.body = { importId: started.id };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (!ctx.req.readableEnded) ctx.set("connection", "close");
      ctx.status = STATUS_OF_CODE[error.code] ?? 400;
      ctx.body = { error: error.message, code: error.code };
    }
  });
  return router;
}
