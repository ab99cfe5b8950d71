import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import type { SqlRunner } from "../db/sql-runner.js";

export { RateLimiterRes };

export type SqlRateLimiterOptions = {
  /** Names the counter family, e.g. "login-account"; stored as the key's prefix. */
  keyPrefix: string;
  /** Points a key may consume per `duration` seconds. */
  points: number;
  duration: number;
  /** Once a key exceeds `points`, it stays refused for this many seconds. */
  blockDuration?: number;
};

/**
 * A rate limiter whose counters live in the `rate_limits` table (rate-limiter-flexible's PostgreSQL store), so
 * every instance on one PostgreSQL database shares them (docs/adr/0029). Queries go through our SqlRunner, so the
 * embedded PGlite works the same way (one process per folder there anyway).
 */
export function createSqlRateLimiter(sql: SqlRunner, options: SqlRateLimiterOptions): RateLimiterPostgres {
  const client = {
    query: async (q: { text: string; values?: unknown[] }) => {
      const rows = await sql.query<{ points: number; expire: unknown }>(q.text, q.values ?? []);
      // pg returns BIGINT as a string and PGlite as a bigint; the library does arithmetic on it.
      const typed = rows.map((row) => ({ ...row, expire: row.expire == null ? null : Number(row.expire) }));
      return { rows: typed, rowCount: typed.length };
    },
  };
  return new RateLimiterPostgres({
    storeClient: client,
    storeType: "client",
    tableName: "rate_limits",
    tableCreated: true,
    ...options,
  });
}

/** Seconds until a refused key may try again (at least 1), for Retry-After. */
export function retryAfterSeconds(res: RateLimiterRes): number {
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}
