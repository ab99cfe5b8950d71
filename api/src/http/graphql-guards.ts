import type Koa from "koa";

/** The largest GraphQL request body accepted (a document plus its variables), in bytes. */
export const MAX_GRAPHQL_BODY_BYTES = 1024 * 1024;
/** Limits on every operation's input, whatever the field (docs/adr/0030); fields may set lower ones. */
export const INPUT_LIMITS = { maxStringLength: 64 * 1024, maxDepth: 32, maxDocumentLength: 100 * 1024 };

export type GuardRefusal = { status: number; code: string; message: string };

function refusal(ctx: Koa.Context, { status, code, message }: GuardRefusal) {
  ctx.status = status;
  ctx.type = "application/json";
  ctx.body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
}

function isJsonContentType(type: string): boolean {
  return /^application\/(graphql-response\+)?json\b/i.test(type.trim());
}

/**
 * What /graphql refuses before any GraphQL runs (docs/adr/0030), for every execution path:
 * - a POST whose Content-Type is not JSON: 415 (a form or text/plain POST is what a cross-site page can send);
 * - a body over 1 MiB: 413 (from Content-Length; the parser enforces the same limit while reading);
 * - a GET whose `variables` or `extensions` is not a JSON object: 400;
 * - a request carrying the session cookie without the x-policy-pilot-csrf header: 403. Bearer tokens are not
 *   ambient credentials, so API clients need no header. GraphiQL's page itself (a GET for HTML) is exempt.
 */
export function graphqlRequestGuards(options: {
  path: string;
  csrfHeader: string;
  sessionCookie: string;
  graphiql: boolean;
}): Koa.Middleware {
  return async (ctx, next) => {
    if (ctx.path !== options.path) return next();
    const problem = checkRequest(ctx, options);
    if (problem) return refusal(ctx, problem);
    return next();
  };
}

function checkRequest(
  ctx: Koa.Context,
  options: { csrfHeader: string; sessionCookie: string; graphiql: boolean },
): GuardRefusal | null {
  if (ctx.method === "POST") {
    const type = ctx.get("content-type");
    if (!isJsonContentType(type)) {
      return {
        status: 415,
        code: "UNSUPPORTED_MEDIA_TYPE",
        message: `POST /graphql takes a JSON body with Content-Type: application/json; this request sent ${type ? `"${type.slice(0, 100)}"` : "no Content-Type"}.`,
      };
    }
    const length = Number(ctx.get("content-length") || 0);
    if (length > MAX_GRAPHQL_BODY_BYTES) {
      return {
        status: 413,
        code: "PAYLOAD_TOO_LARGE",
        message: `A GraphQL request may be at most ${MAX_GRAPHQL_BODY_BYTES / 1024} KiB; this one is ${Math.ceil(length / 1024)} KiB.`,
      };
    }
  } else if (ctx.method === "GET") {
    const graphiqlPage = options.graphiql && ctx.accepts("html") === "html" && !ctx.query.query;
    if (graphiqlPage) return null;
    for (const name of ["variables", "extensions"] as const) {
      const raw = ctx.query[name];
      if (raw === undefined || raw === "") continue;
      if (typeof raw !== "string" || !isJsonObject(raw)) {
        return {
          status: 400,
          code: "BAD_REQUEST",
          message: `The ${name} parameter must be a JSON object, such as ${name}={"id":"pol_1"}.`,
        };
      }
    }
  } else {
    return null; // OPTIONS and others: Yoga answers 405 with Allow.
  }
  if (ctx.cookies.get(options.sessionCookie) && !ctx.get(options.csrfHeader)) {
    return {
      status: 403,
      code: "CSRF_HEADER_REQUIRED",
      message: `Requests signed in with the session cookie must send the ${options.csrfHeader} header (any value); API clients use a bearer token instead.`,
    };
  }
  return null;
}

function isJsonObject(raw: string): boolean {
  try {
    const value = JSON.parse(raw);
    return value !== null && typeof value === "object" && !Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * Checks an operation's document and variables (both execution paths call it once per request): text must be
 * well-formed Unicode without NUL (PostgreSQL cannot store either), strings at most 64 KiB, nesting at most 32 deep.
 * Returns a sentence naming the first problem and its place, or null. Iterative, so deep input cannot overflow.
 */
export function checkOperationInput(document: string | undefined, variables: unknown): string | null {
  if (document !== undefined) {
    if (document.length > INPUT_LIMITS.maxDocumentLength) {
      return `The GraphQL document may be at most ${INPUT_LIMITS.maxDocumentLength / 1024} KiB long.`;
    }
    const textProblem = textProblemOf(document);
    if (textProblem) return `The GraphQL document ${textProblem}.`;
  }
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: variables, path: "$", depth: 0 }];
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === "string") {
      if (value.length > INPUT_LIMITS.maxStringLength) {
        return `Variable ${path} is ${value.length} characters long; text values may be at most ${INPUT_LIMITS.maxStringLength} characters.`;
      }
      const textProblem = textProblemOf(value);
      if (textProblem) return `Variable ${path} ${textProblem}.`;
    } else if (value !== null && typeof value === "object") {
      if (depth >= INPUT_LIMITS.maxDepth) {
        return `Variable ${path} is nested more than ${INPUT_LIMITS.maxDepth} levels deep; that is the most allowed.`;
      }
      for (const [key, child] of Object.entries(value)) {
        const keyProblem = textProblemOf(key);
        if (keyProblem) return `A key in variable ${path} ${keyProblem}.`;
        stack.push({
          value: child,
          path: Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`,
          depth: depth + 1,
        });
      }
    }
  }
  return null;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function textProblemOf(text: string): string | null {
  if (text.includes("\u0000")) return "contains a NUL character (U+0000), which text may not contain";
  if (LONE_SURROGATE.test(text)) return "contains a lone surrogate (invalid UTF-16), which text may not contain";
  return null;
}
