/**
 * Background work behind one interface (docs/adr/0014): pg-boss on PostgreSQL, an in-process runner on the embedded
 * PGlite (pg-boss works through pglite-socket, but the socket's transactions interleave with the in-process
 * connection's; see the ADR). Jobs are wake-ups: the rows they name (webhook events, invitations) carry their own
 * state, and a periodic sweep re-sends whatever is still pending, so a job lost in a crash is only late.
 */
export type JobData = Record<string, string>;
export type JobHandler = (data: JobData) => Promise<void>;

export type JobQueue = {
  readonly kind: "pg-boss" | "in-process";
  /** Registers the handler of a queue (before start). A handler that throws is retried with backoff. */
  register: (queue: string, handler: JobHandler) => void;
  /** Registers a job that runs every minute (on one instance with pg-boss). */
  registerPeriodic: (name: string, handler: () => Promise<void>) => void;
  /** Enqueues a job (batched; never throws: a failed send is logged and the sweep catches up). */
  send: (queue: string, data: JobData) => void;
  start: () => Promise<void>;
  /** Stops taking jobs and waits for running ones. */
  stop: () => Promise<void>;
  /** Jobs queued or running (for integration health and /metrics). */
  depth: () => Promise<number>;
  /** Resolves when nothing is queued or running in this process (tests). */
  idle: () => Promise<void>;
};

/** Retry delays of a failing job, in ms: 1 s, 5 s, 25 s, 2 min. */
export const RETRY_DELAYS_MS = [1_000, 5_000, 25_000, 120_000] as const;
