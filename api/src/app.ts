import { randomUUID } from "node:crypto";
import { createReadStream, existsSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import type { GraphQLError } from "graphql";
import { createGraphQLError, createYoga, maskError } from "graphql-yoga";
import Koa from "koa";
import serve from "koa-static";
import type { Config } from "./config.js";
import type { Context, Viewer } from "./context.js";
import type { PrismaClient } from "./db/create-db.js";
import { createEdgeRouter, isEdgePath } from "./http/edge-router.js";
import { graphqlRequestGuards } from "./http/graphql-guards.js";
import {
  errorLoggingPlugin,
  inputChecksPlugin,
  logOperationErrors,
  noIntrospectionPlugin,
  operationMetricsPlugin,
} from "./http/graphql-plugins.js";
import { createLeanGraphql } from "./http/lean-graphql.js";
import { createMetrics } from "./http/metrics.js";
import { securityHeaders, sessionCookieSecure } from "./http/security.js";
import { createAudienceRoutes } from "./modules/audiences/audiences.routes.js";
import { DomainError } from "./schema/errors.js";
import { schema } from "./schema/index.js";
import type { Services } from "./services.js";

export const SESSION_COOKIE = "pp_session";
/** Sent by the console on every request; Yoga refuses GraphQL GETs without it (CSRF prevention). */
export const CSRF_HEADER = "x-policy-pilot-csrf";

/** Root fields whose operations run on the lean GraphQL path (docs/adr/0024); everything else runs on Yoga. */
export const LEAN_ROOT_FIELDS: ReadonlySet<string> = new Set(["policyFor"]);

export type AppDeps = {
  services: Services;
  db: PrismaClient;
  config: Pick<Config, "nodeEnv" | "cookieSecure" | "consoleDist"> & Partial<Pick<Config, "publicRateLimits">>;
  health?: () => Promise<void>;
  /** True while the process drains before exiting (main.ts): /readyz answers 503, responses close their connection. */
  draining?: () => boolean;
  /** Database pool figures for /metrics (PostgreSQL). */
  poolStats?: () => { total: number; idle: number; waiting: number } | null;
  /** false: every GraphQL request runs on Yoga (the parity tests compare both paths). Default true. */
  leanGraphql?: boolean;
};

type KoaState = { requestId: string };

/** The whole HTTP surface, without listening (tests call it with their own database). */
export function buildApp({ services, db, config, health, draining, poolStats, leanGraphql = true }: AppDeps) {
  const isProduction = config.nodeEnv === "production";
  const metrics = createMetrics({ jobDepth: () => services.jobs.depth(), pool: poolStats });
  const maskGraphqlError = (error: unknown, message: string, isDev?: boolean): Error => {
    // Expected failures outside a result union (e.g. a refused read) keep their message and code.
    // (Duck-typed: Yoga and our code may load different copies of graphql's GraphQLError class.)
    const graphqlError = error as Partial<GraphQLError>;
    const original = graphqlError.originalError ?? error;
    if (original instanceof DomainError) {
      return createGraphQLError(original.message, {
        nodes: graphqlError.nodes,
        path: graphqlError.path,
        extensions: { code: original.code },
      });
    }
    // Errors of an operation are logged once, with the request id, by errorLoggingPlugin; this catches the rest.
    if (!graphqlError.path) {
      services.logger.error("Unexpected error outside an operation", {
        error: String(error),
        stack: (error as Error)?.stack,
      });
    }
    return maskError(error, message, Boolean(isDev) && !isProduction);
  };
  const contextFor = async (koa: Koa.Context): Promise<Context> => {
    const viewer = await resolveViewer(services, koa);
    const requestId = (koa.state as KoaState).requestId;
    return {
      viewer,
      services,
      requestId,
      prismaForReads: db,
      koa,
      session: {
        set: (token, expiresAt) => {
          const secure = sessionCookieSecure(koa, config.cookieSecure);
          // Behind a TLS-terminating proxy that is not trusted, Koa thinks the request is plain HTTP.
          if (secure) koa.cookies.secure = true;
          koa.cookies.set(SESSION_COOKIE, token, {
            httpOnly: true,
            sameSite: "lax",
            secure,
            expires: expiresAt,
            overwrite: true,
          });
        },
        clear: () => koa.cookies.set(SESSION_COOKIE, null, { httpOnly: true, sameSite: "lax", overwrite: true }),
      },
    };
  };
  const yoga = createYoga<{ koa: Koa.Context }, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    graphiql: isProduction ? false : { title: "policy-pilot GraphQL", headers: JSON.stringify({ [CSRF_HEADER]: "1" }) },
    renderGraphiQL,
    landingPage: false,
    cors: false,
    maskedErrors: { maskError: maskGraphqlError },
    logging: false,
    plugins: [
      inputChecksPlugin(),
      errorLoggingPlugin(services.logger),
      operationMetricsPlugin(metrics),
      ...(isProduction ? [noIntrospectionPlugin()] : []),
      useCSRFPrevention({ requestHeaders: [CSRF_HEADER] }),
      EnvelopArmorPlugin({
        maxDepth: { n: 12 },
        costLimit: { maxCost: 20_000 },
        maxAliases: { n: 20 },
        blockFieldSuggestion: { enabled: isProduction },
      }),
    ],
    context: ({ koa }) => contextFor(koa),
  });

  const app = new Koa({ proxy: isProduction });
  app.use(metrics.middleware());
  app.use(async (ctx, next) => {
    const incoming = ctx.get("x-request-id");
    const requestId = /^[\w-]{1,100}$/.test(incoming) ? incoming : randomUUID();
    (ctx.state as KoaState).requestId = requestId;
    ctx.set("x-request-id", requestId);
    if (draining?.()) ctx.set("connection", "close");
    await next();
  });
  app.use(securityHeaders({ hsts: config.cookieSecure === true, graphiql: !isProduction }));

  // POST /graphql: policyFor runs on graphql-jit without Yoga's Fetch plumbing; everything else is handed to Yoga.
  const lean = leanGraphql
    ? createLeanGraphql({
        yoga,
        schema,
        contextFor,
        maskError: maskGraphqlError,
        isDev: !isProduction,
        rootFields: LEAN_ROOT_FIELDS,
        observe: metrics.observeOperation,
        logErrors: (errors, requestId, operation) => logOperationErrors(services.logger, errors, requestId, operation),
      })
    : null;
  // The guards (CSRF, content type, sizes; ADR 0030) come before either execution path.
  app.use(
    graphqlRequestGuards({
      path: "/graphql",
      csrfHeader: CSRF_HEADER,
      sessionCookie: SESSION_COOKIE,
      graphiql: !isProduction,
    }),
  );
  if (lean) app.use(lean.middleware);

  const edge = createEdgeRouter(services, {
    health,
    publicRateLimits: config.publicRateLimits,
    metrics,
    ...(draining ? { draining } : {}),
  });
  app.use(edge.routes());
  app.use(edge.allowedMethods());
  // CSV uploads of pilots' participants (ADR 0027): streamed to a file, imported by a background job.
  app.use(createAudienceRoutes(services, (ctx) => resolveViewer(services, ctx), CSRF_HEADER).routes());

  app.use(async (ctx, next) => {
    if (ctx.path === "/graphql") {
      const response = await yoga.handleNodeRequestAndResponse(ctx.req, ctx.res, { koa: ctx });
      ctx.status = response.status;
      response.headers.forEach((value, key) => {
        if (key === "set-cookie") return;
        ctx.append(key, value);
      });
      ctx.body = response.body;
      return;
    }
    await next();
  });

  const dist = resolve(config.consoleDist);
  if (existsSync(dist)) {
    app.use(serve(dist, { maxage: 0, gzip: false }));
    // Client-side routes (/pilots/pil_…) get the console's index.html.
    const indexHtml = join(dist, "index.html");
    app.use(async (ctx) => {
      if (ctx.method === "GET" && !extname(ctx.path) && !isEdgePath(ctx.path) && existsSync(indexHtml)) {
        ctx.type = "html";
        ctx.set("cache-control", "no-cache");
        ctx.body = createReadStream(indexHtml);
      }
    });
  } else {
    app.use(async (ctx) => {
      if (ctx.path === "/") {
        ctx.type = "text";
        ctx.body = `The console is not built (${dist} is missing). Run: npm run build\nGraphQL: /graphql\n`;
      }
    });
  }
  return { app, yoga, metrics, leanCounts: () => lean?.counts() ?? { lean: 0, yoga: 0 } };
}

async function resolveViewer(services: Services, koa: Koa.Context): Promise<Viewer> {
  const authorization = koa.get("authorization");
  const bearer = authorization.toLowerCase().startsWith("bearer ") ? authorization.slice(7).trim() : null;
  return services.auth.resolveViewer({ bearer, sessionToken: koa.cookies.get(SESSION_COOKIE) ?? null });
}
