import type Koa from "koa";
import { collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

export type MetricsSources = {
  /** Background jobs queued or running. */
  jobDepth?: () => Promise<number>;
  /** The database pool: connections open, idle, and requests waiting for one. */
  pool?: () => { total: number; idle: number; waiting: number } | null;
};

/**
 * Prometheus metrics (prom-client), served at GET /metrics (docs/adr/0032): process and Node runtime defaults, HTTP
 * request latency by route pattern and status class, GraphQL operation latency by operation type and root field
 * (the policyFor rate is the count of field="policyFor"), background job depth and the database pool. Route labels are patterns
 * (/webhooks/:vendor/:integrationId), never raw paths, so cardinality stays bounded.
 */
export function createMetrics(sources: MetricsSources = {}) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const http = new Histogram({
    name: "http_request_duration_seconds",
    help: "HTTP requests by method, route pattern and status class.",
    labelNames: ["method", "route", "status"] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [registry],
  });
  const graphql = new Histogram({
    name: "graphql_operation_duration_seconds",
    help: "GraphQL operations by operation type, root field and outcome.",
    labelNames: ["type", "field", "outcome"] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [registry],
  });
  new Gauge({
    name: "job_queue_depth",
    help: "Background jobs queued or running.",
    registers: [registry],
    async collect() {
      if (sources.jobDepth) this.set(await sources.jobDepth().catch(() => -1));
    },
  });
  new Gauge({
    name: "db_pool_connections",
    help: "Database pool connections by state (total, idle, waiting requests).",
    labelNames: ["state"] as const,
    registers: [registry],
    collect() {
      const stats = sources.pool?.();
      if (!stats) return;
      this.set({ state: "total" }, stats.total);
      this.set({ state: "idle" }, stats.idle);
      this.set({ state: "waiting" }, stats.waiting);
    },
  });

  return {
    registry,
    /** Times every request; put it first. */
    middleware: (): Koa.Middleware => async (ctx, next) => {
      const end = http.startTimer();
      try {
        await next();
      } finally {
        end({ method: ctx.method, route: routeOf(ctx.path), status: `${Math.floor(ctx.status / 100)}xx` });
      }
    },
    observeOperation: (type: string, field: string, outcome: "ok" | "error", seconds: number) =>
      graphql.observe({ type, field, outcome }, seconds),
    render: async () => ({ contentType: registry.contentType, body: await registry.metrics() }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

const ROUTES: [RegExp, string][] = [
  [/^\/graphql$/, "/graphql"],
  [/^\/webhooks\/[^/]+\/[^/]+$/, "/webhooks/:vendor/:integrationId"],
  [/^\/beta\/[^/]+/, "/beta/:token"],
  [/^\/s\/[^/]+/, "/s/:token"],
  [/^\/o\/[^/]+/, "/o/:token"],
  [/^\/(healthz|readyz|metrics)$/, "/$1"],
  [/^\/assets\//, "/assets/*"],
];

export function routeOf(path: string): string {
  for (const [pattern, route] of ROUTES) {
    if (pattern.test(path)) return route.includes("$") ? path.replace(pattern, route) : route;
  }
  return "other";
}
