import type Koa from "koa";
import helmet from "koa-helmet";

/**
 * Response headers for every route (docs/adr/0030): a strict Content-Security-Policy for the console (no inline
 * script or style: Vite emits files, React sets styles through the CSSOM), no framing, no Referer (links to the
 * beta pages carry tokens), HSTS over HTTPS. The beta pages set their own, stricter CSP; GraphiQL
 * (development only) is a self-contained page with inline code, so it alone is exempt from the CSP.
 */
export function securityHeaders(options: { hsts: boolean; graphiql: boolean }): Koa.Middleware {
  const strict = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
      },
    },
    strictTransportSecurity: false,
    referrerPolicy: { policy: "no-referrer" },
    crossOriginEmbedderPolicy: false,
    xFrameOptions: { action: "deny" },
  });
  const withoutCsp = helmet({
    contentSecurityPolicy: false,
    strictTransportSecurity: false,
    referrerPolicy: { policy: "no-referrer" },
    crossOriginEmbedderPolicy: false,
    xFrameOptions: { action: "deny" },
  });
  return (ctx, next) => {
    // HSTS only means something over HTTPS (browsers ignore it on plain HTTP); behind a trusted proxy, ctx.secure
    // follows X-Forwarded-Proto.
    if (ctx.secure || options.hsts)
      ctx.set("strict-transport-security", `max-age=${180 * 24 * 3600}; includeSubDomains`);
    const graphiqlPage = options.graphiql && ctx.path === "/graphql" && ctx.method === "GET" && ctx.accepts("html");
    return (graphiqlPage ? withoutCsp : strict)(ctx, next);
  };
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/**
 * Whether the session cookie gets the Secure attribute: always, except for plain HTTP to this machine (`npm start`
 * on localhost), unless COOKIE_SECURE says otherwise. A Secure cookie over plain HTTP to another host is simply not
 * stored by the browser, which is the point: a session must not travel unencrypted.
 */
export function sessionCookieSecure(ctx: Koa.Context, setting: boolean | "auto"): boolean {
  if (setting !== "auto") return setting;
  return ctx.secure || !LOCAL_HOSTS.has(ctx.hostname);
}
