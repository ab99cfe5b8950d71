import pg from "pg";
import type { Logger } from "./logger.js";

/**
 * What one instance tells the others (docs/adr/0031): its configuration changed (publishing, pilot state, weights:
 * drop cached policyFor configurations), or an API token was revoked (drop it from the token cache).
 */
export type ClusterSignal = { kind: "config" } | { kind: "token_revoked"; tokenHash: string };

export type ClusterSignals = {
  /** Delivers to this instance's subscribers at once and to the other instances' through PostgreSQL NOTIFY. */
  publish: (signal: ClusterSignal) => void;
  subscribe: (handler: (signal: ClusterSignal) => void) => void;
  /** Called when deliveries may have been missed (the listening connection dropped): drop every cache. */
  onGap: (handler: () => void) => void;
  start: () => Promise<void>;
  stop: () => Promise<void>;
};

export const SIGNAL_CHANNEL = "policy_pilot_signals";

/** One process (PGlite: one process per data folder, or a test): signals stay in this process. */
export function localSignals(): ClusterSignals {
  const handlers: ((signal: ClusterSignal) => void)[] = [];
  return {
    publish: (signal) => {
      for (const handler of handlers) handler(signal);
    },
    subscribe: (handler) => {
      handlers.push(handler);
    },
    onGap: () => {},
    start: async () => {},
    stop: async () => {},
  };
}

/**
 * Signals between every instance on one PostgreSQL database: LISTEN on a dedicated connection, NOTIFY through a
 * small pool. Each message carries its sender's id so an instance does not act twice on its own signal. When the
 * listening connection drops it reconnects with back-off and reports a gap (caches are dropped, since a
 * notification sent meanwhile is lost); the caches' own time-to-live bounds staleness if PostgreSQL is unreachable.
 */
export function postgresSignals(url: string, logger: Logger): ClusterSignals {
  const instance = Math.random().toString(36).slice(2, 10);
  const handlers: ((signal: ClusterSignal) => void)[] = [];
  const gapHandlers: (() => void)[] = [];
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  pool.on("error", () => {});
  let listener: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | null = null;

  const deliver = (signal: ClusterSignal) => {
    for (const handler of handlers) handler(signal);
  };

  async function listen(attempt = 0): Promise<void> {
    if (stopped) return;
    const client = new pg.Client({ connectionString: url });
    client.on("error", () => {});
    client.on("notification", (message) => {
      if (message.channel !== SIGNAL_CHANNEL || !message.payload) return;
      try {
        const { from, signal } = JSON.parse(message.payload) as { from: string; signal: ClusterSignal };
        if (from !== instance) deliver(signal);
      } catch {
        logger.warn("Ignored a malformed cluster signal", { payload: message.payload.slice(0, 200) });
      }
    });
    client.on("end", () => {
      if (stopped || listener !== client) return;
      listener = null;
      logger.warn("Lost the cluster-signal connection; reconnecting");
      for (const handler of gapHandlers) handler();
      schedule(0);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${SIGNAL_CHANNEL}`);
      listener = client;
      if (attempt > 0) for (const handler of gapHandlers) handler();
    } catch (error) {
      await client.end().catch(() => {});
      if (attempt === 0) throw error;
      schedule(attempt);
    }
  }

  function schedule(attempt: number) {
    if (stopped) return;
    retry = setTimeout(() => void listen(attempt + 1), Math.min(5_000, 100 * 2 ** attempt));
    retry.unref();
  }

  return {
    publish: (signal) => {
      deliver(signal);
      pool
        .query("SELECT pg_notify($1, $2)", [SIGNAL_CHANNEL, JSON.stringify({ from: instance, signal })])
        .catch((error) => logger.warn("Could not notify the other instances", { error: String(error) }));
    },
    subscribe: (handler) => {
      handlers.push(handler);
    },
    onGap: (handler) => {
      gapHandlers.push(handler);
    },
    start: () => listen(0),
    stop: async () => {
      stopped = true;
      if (retry) clearTimeout(retry);
      const client = listener;
      listener = null;
      await client?.end().catch(() => {});
      await pool.end().catch(() => {});
    },
  };
}
