import { AsyncLocalStorage } from "node:async_hooks";
import type { IncomingHttpHeaders } from "node:http";
import {
  type DocumentNode,
  type GraphQLError,
  type GraphQLObjectType,
  type GraphQLSchema,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
} from "graphql";
import { type CompiledQuery, compileQuery, isCompiledQuery } from "graphql-jit";
import type { YogaServerInstance } from "graphql-yoga";
import type Koa from "koa";
import type { Context } from "../context.js";
import { checkOperationInput } from "./graphql-guards.js";

/**
 * The lean execution path of POST /graphql (docs/adr/0024): the same schema, context, authorization and error
 * masking as Yoga, without Yoga's per-request Fetch plumbing (Request/Response objects, an AbortSignal, stream
 * pipelines). A document is parsed and validated once through Yoga's own envelop (so GraphQL Armor's limits apply
 * as they do on Yoga), compiled with graphql-jit, and cached; later requests with the same text run the compiled
 * function directly. Only operations whose root fields are all in `rootFields` take this path; everything else —
 * and anything it does not handle exactly as Yoga would (other content types, unusual Accept headers, extensions,
 * invalid documents or variables) — is handed to Yoga with the body already read.
 */
export type LeanGraphqlDeps = {
  yoga: YogaServerInstance<{ koa: Koa.Context }, Context>;
  schema: GraphQLSchema;
  /** The context Yoga's `context` factory builds, from the Koa request. */
  contextFor: (koa: Koa.Context) => Promise<Context>;
  /** Yoga's error masking, applied to every error of a result. */
  maskError: (error: unknown, message: string, isDev: boolean) => Error;
  isDev: boolean;
  /** Root fields whose operations may take the lean path (e.g. policyFor). */
  rootFields: ReadonlySet<string>;
  /** Times each answered operation (GET /metrics), as Yoga's operation-metrics plugin does on the other path. */
  observe?: (type: string, field: string, outcome: "ok" | "error", seconds: number) => void;
  /** Logs a result's errors with the request id, as Yoga's error-logging plugin does on the other path. */
  logErrors?: (errors: readonly GraphQLError[], requestId: string, operation: string | undefined) => void;
};

/** Bodies larger than this go to Yoga as they are (no GraphQL document of ours is near it). */
const LEAN_BODY_LIMIT_BYTES = 64 * 1024;
/** Distinct documents kept compiled (or remembered as "not for the lean path"); past this the cache starts over. */
const DOCUMENT_CACHE_MAX = 1_000;
const MASKED_MESSAGE = "Unexpected error.";

type Plan = { compiled: CompiledQuery; type: string; field: string } | null;

/**
 * graphql-jit calls an object type's `isTypeOf(value)` without the context (graphql-jit issue #160), and Pothos's
 * scope-auth runs each type's authScopes there (`runScopesOnType`). So every `isTypeOf` of the schema gets the
 * context from the lean path's AsyncLocalStorage when it is called without one; Yoga always passes it, so Yoga's
 * behaviour does not change.
 */
const contextStore = new AsyncLocalStorage<Context>();
const bridged = new WeakSet<GraphQLObjectType>();
function bridgeIsTypeOf(schema: GraphQLSchema) {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.isTypeOf || bridged.has(type)) continue;
    const isTypeOf = type.isTypeOf;
    type.isTypeOf = (value, context, info) => isTypeOf(value, context ?? contextStore.getStore(), info);
    bridged.add(type);
  }
}
type Params = { query?: unknown; variables?: unknown; operationName?: unknown; extensions?: unknown };

/** What Yoga answers for each Accept header the lean path serves (anything else goes to Yoga). */
function responseTypeFor(accept: string | undefined): string | null {
  if (!accept || accept === "*/*" || accept === "application/json") return "application/json; charset=utf-8";
  if (accept === "application/graphql-response+json") return "application/graphql-response+json; charset=utf-8";
  return null;
}

function isJsonContentType(type: string | undefined): boolean {
  if (!type) return false;
  const media = type.split(";", 1)[0]?.trim().toLowerCase();
  return media === "application/json";
}

function readBody(req: Koa.Context["req"]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function operationOf(document: DocumentNode, operationName: string | null): OperationDefinitionNode | null {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (operationName === null) return operations.length === 1 ? (operations[0] ?? null) : null;
  return operations.find((o) => o.name?.value === operationName) ?? null;
}

export function createLeanGraphql({
  yoga,
  schema,
  contextFor,
  maskError,
  isDev,
  rootFields,
  observe,
  logErrors,
}: LeanGraphqlDeps) {
  bridgeIsTypeOf(schema);
  const plans = new Map<string, Plan>();
  const counts = { lean: 0, yoga: 0 };

  /** Parse and validate exactly as Yoga does (its envelop, with Armor's rules), then compile. Null: not ours. */
  function planFor(query: string, operationName: string | null, koa: Koa.Context): Plan {
    const key = operationName === null ? query : `${operationName}\u0000${query}`;
    const cached = plans.get(key);
    if (cached !== undefined) return cached;
    if (plans.size >= DOCUMENT_CACHE_MAX) plans.clear();
    let plan: Plan = null;
    try {
      const envelop = yoga.getEnveloped({ koa } as never);
      const document = envelop.parse(query);
      const operation = operationOf(document, operationName);
      const eligible =
        operation !== null &&
        operation.operation !== "subscription" &&
        (operation.directives?.length ?? 0) === 0 &&
        operation.selectionSet.selections.every(
          (s) => s.kind === Kind.FIELD && rootFields.has(s.name.value) && (s.directives?.length ?? 0) === 0,
        );
      if (eligible && envelop.validate(envelop.schema, document).length === 0) {
        const compiled = compileQuery(schema, document, operationName ?? undefined);
        const first = operation.selectionSet.selections[0];
        const field = first?.kind === Kind.FIELD ? first.name.value : "unknown";
        if (isCompiledQuery(compiled)) plan = { compiled, type: operation.operation, field };
      }
    } catch {
      plan = null; // a syntax error: Yoga answers it
    }
    plans.set(key, plan);
    return plan;
  }

  async function toYoga(koa: Koa.Context, body: Buffer | null) {
    counts.yoga++;
    const response = body
      ? await yoga.handleRequest(
          new Request(`http://${koa.host || "localhost"}${koa.originalUrl}`, {
            method: koa.method,
            headers: headersOf(koa.req.headers),
            body: body.toString("utf8"),
          }),
          { koa },
        )
      : await yoga.handleNodeRequestAndResponse(koa.req, koa.res, { koa });
    koa.status = response.status;
    response.headers.forEach((value, key) => {
      if (key === "set-cookie") return;
      koa.append(key, value);
    });
    koa.body = response.body;
  }

  async function middleware(koa: Koa.Context, next: Koa.Next) {
    if (koa.path !== "/graphql") return next();
    const responseType = responseTypeFor(koa.get("accept") || undefined);
    if (koa.method !== "POST" || !isJsonContentType(koa.get("content-type")) || responseType === null) {
      return toYoga(koa, null);
    }
    const body = await readBody(koa.req);
    if (body.length > LEAN_BODY_LIMIT_BYTES) return toYoga(koa, body);
    let params: Params;
    try {
      params = JSON.parse(body.toString("utf8")) as Params;
    } catch {
      return toYoga(koa, body);
    }
    if (
      params === null ||
      typeof params !== "object" ||
      Array.isArray(params) ||
      typeof params.query !== "string" ||
      (params.operationName != null && typeof params.operationName !== "string") ||
      (params.variables != null && (typeof params.variables !== "object" || Array.isArray(params.variables))) ||
      params.extensions != null ||
      Object.keys(params).some((k) => k !== "query" && k !== "variables" && k !== "operationName")
    ) {
      return toYoga(koa, body);
    }
    // Bad text, over-long strings, deep JSON (ADR 0030): Yoga's input-checks plugin words the 400.
    if (checkOperationInput(params.query, params.variables)) return toYoga(koa, body);
    const plan = planFor(params.query, (params.operationName as string | null | undefined) ?? null, koa);
    if (!plan) return toYoga(koa, body);
    const started = performance.now();

    const context = await contextFor(koa);
    const variables = (params.variables as Record<string, unknown> | null | undefined) ?? {};
    const result = await contextStore.run(context, () => plan.compiled.query(undefined, context, variables));
    // No data at all: the variables were refused before anything ran. Yoga words (and statuses) that answer.
    if (!("data" in result)) return toYoga(koa, body);
    counts.lean++;
    if (result.errors?.length) logErrors?.(result.errors, context.requestId, plan.field);
    const errors = result.errors?.map((error) => maskError(error, MASKED_MESSAGE, isDev));
    observe?.(plan.type, plan.field, errors?.length ? "error" : "ok", (performance.now() - started) / 1000);
    koa.status = 200;
    koa.type = responseType;
    koa.body = JSON.stringify(errors?.length ? { errors, data: result.data } : { data: result.data });
  }

  return {
    middleware,
    /** How many requests each path answered (tests and the benchmark check that the lean path is taken). */
    counts: () => ({ ...counts }),
  };
}

function headersOf(headers: IncomingHttpHeaders): Headers {
  const out = new Headers();
  for (const [key, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) out.append(key, v);
    else out.set(key, value);
  }
  return out;
}
