import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

/**
 * A raw SQL channel beside Prisma, for what Prisma cannot do: multi-statement migration scripts, advisory locks
 * held on one connection, and fast multi-row bulk inserts.
 */
export type SqlRunner = {
  kind: "pglite" | "postgres";
  query: <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;
  /** Runs a script of several statements (no parameters). */
  exec: (script: string) => Promise<void>;
  /** Runs fn on one connection; used by the migrator to hold an advisory lock for its whole run. */
  withConnection: <T>(fn: (conn: SqlRunner) => Promise<T>) => Promise<T>;
  close: () => Promise<void>;
};

export async function openPglite(dataDir: string | null): Promise<{ pglite: PGlite }> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir ?? undefined);
  return { pglite };
}

export function pgliteRunner(pglite: PGlite): SqlRunner {
  const runner: SqlRunner = {
    kind: "pglite",
    query: async <T>(text: string, params: unknown[] = []) => (await pglite.query<T>(text, params)).rows,
    exec: async (script) => {
      await pglite.exec(script);
    },
    // PGlite is a single connection already.
    withConnection: (fn) => fn(runner),
    close: () => pglite.close(),
  };
  return runner;
}

export function postgresRunner(url: string): SqlRunner {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // An idle connection can die (server restart, admin command); pg emits that on the pool, and an unhandled
  // 'error' event would end the process. The next query simply opens a new connection.
  pool.on("error", () => {});
  const clientRunner = (client: pg.PoolClient): SqlRunner => {
    const self: SqlRunner = {
      kind: "postgres",
      query: async <T>(text: string, params: unknown[] = []) => (await client.query(text, params)).rows as T[],
      exec: async (script) => {
        await client.query(script);
      },
      withConnection: (fn) => fn(self),
      close: async () => {},
    };
    return self;
  };
  return {
    kind: "postgres",
    query: async <T>(text: string, params: unknown[] = []) => (await pool.query(text, params)).rows as T[],
    exec: async (script) => {
      await pool.query(script);
    },
    withConnection: async (fn) => {
      const client = await pool.connect();
      try {
        return await fn(clientRunner(client));
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
