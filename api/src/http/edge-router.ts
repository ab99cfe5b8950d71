import Router, { type RouterMiddleware } from "@koa/router";
import type Koa from "koa";
import { WEBHOOK_BODY_LIMIT_BYTES } from "../modules/ingestion/ingestion.service.js";
import { type PublicRateLimits, registerPublicPages } from "../modules/public-pages/public-pages.routes.js";
import { DomainError } from "../schema/errors.js";
import type { Services } from "../services.js";
import type { Metrics } from "./metrics.js";

type State = { requestId: string; rawBody?: Buffer; bodyTooLarge?: boolean };

/** Paths the edge router owns: the console's client-side routes never answer for them (a GET is 405, not a page). */
export function isEdgePath(path: string): boolean {
  return (
    path === "/healthz" ||
    path === "/readyz" ||
    path === "/metrics" ||
    path.startsWith("/webhooks/") ||
    path.startsWith("/s/") ||
    path.startsWith("/beta/") ||
    path.startsWith("/o/") ||
    path.startsWith("/public/")
  );
}

/** HTTP status of each expected failure code outside GraphQL (one mapping for every edge route). */
const STATUS_OF_CODE: Record<string, number> = {
  NOT_FOUND: 404,
  NOT_AUTHORIZED: 401,
  VALIDATION_FAILED: 400,
  INVALID_STATE: 409,
  CONFLICT: 409,
};

/**
 * Every route that is not GraphQL: health, helpdesk webhooks now; public pages, CSV upload and a fast lane later.
 * Each route declares its body limit; the raw body is kept (signatures are computed over the exact bytes).
 */
export function createEdgeRouter(
  services: Services,
  deps: {
    health?: () => Promise<void>;
    publicRateLimits?: PublicRateLimits;
    metrics?: Metrics;
    /** True once the process is shutting down: /readyz answers 503 so the balancer stops sending requests. */
    draining?: () => boolean;
  },
) {
  const router = new Router<State>();

  router.use(async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      if (error instanceof DomainError) {
        ctx.status = STATUS_OF_CODE[error.code] ?? 400;
        ctx.body = { error: error.message, code: error.code };
        return;
      }
      services.logger.error("Unexpected error on an HTTP route", {
        path: ctx.path,
        requestId: ctx.state.requestId,
        error: String(error),
        stack: (error as Error)?.stack,
      });
      ctx.status = 500;
      ctx.body = { error: "Unexpected error.", requestId: ctx.state.requestId };
    }
  });

  // Liveness and readiness (docs/adr/0032): /healthz answers while the process and its database work; /readyz also
  // says 503 while the process drains before exiting, so a balancer sends it nothing new.
  const health = async (ctx: Koa.Context, readiness: boolean) => {
    if (readiness && deps.draining?.()) {
      ctx.status = 503;
      ctx.body = { status: "draining" };
      return;
    }
    try {
      await (deps.health ? deps.health() : Promise.resolve());
      ctx.body = { status: "ok" };
    } catch (error) {
      ctx.status = 503;
      ctx.body = { status: "unavailable", reason: String((error as Error).message ?? error) };
    }
  };
  router.get("/healthz", (ctx) => health(ctx, false));
  router.get("/readyz", (ctx) => health(ctx, true));
  router.get("/metrics", async (ctx) => {
    if (!deps.metrics) return;
    const { contentType, body } = await deps.metrics.render();
    ctx.type = contentType;
    ctx.set("cache-control", "no-store");
    ctx.body = body;
  });

  router.post("/webhooks/:vendor/:integrationId", rawBody(WEBHOOK_BODY_LIMIT_BYTES), async (ctx) => {
    const answer = await services.ingestion.receiveWebhook({
      segment: ctx.params.vendor ?? "",
      integrationId: ctx.params.integrationId ?? "",
      headers: lowerCaseHeaders(ctx.headers),
      rawBody: ctx.state.rawBody ?? Buffer.alloc(0),
      tooLarge: ctx.state.bodyTooLarge === true,
    });
    ctx.status = answer.httpStatus;
    ctx.body = answer.body;
  });

  registerPublicPages(router, services, rawBody, deps.publicRateLimits);

  return router;
}

function lowerCaseHeaders(headers: Koa.Context["headers"]): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(headers))
    out[key.toLowerCase()] = Array.isArray(value) ? value.join(",") : value;
  return out;
}

/** Reads the body as bytes, up to `limit`; a longer body is not read further and marks the request too large. */
export function rawBody(limit: number): RouterMiddleware<State> {
  return async (ctx, next) => {
    const declared = Number(ctx.get("content-length") || Number.NaN);
    if (Number.isFinite(declared) && declared > limit) {
      ctx.state.bodyTooLarge = true;
      ctx.state.rawBody = Buffer.alloc(0);
      ctx.set("connection", "close");
      return next();
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    await new Promise<void>((done, fail) => {
      ctx.req.on("data", (chunk: Buffer) => {
        if (tooLarge) return;
        size += chunk.length;
        if (size > limit) {
          tooLarge = true;
          chunks.length = 0;
          return;
        }
        chunks.push(chunk);
      });
      ctx.req.on("end", () => done());
      ctx.req.on("error", fail);
    });
    ctx.state.rawBody = Buffer.concat(chunks);
    ctx.state.bodyTooLarge = tooLarge;
    return next();
  };
}
