import { closeSync, mkdirSync, openSync, readFileSync, realpathSync, rmSync, writeSync } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { from as copyFromStdin } from "pg-copy-streams";

/**
 * A raw SQL channel beside Prisma, for what Prisma cannot do: multi-statement migration scripts, advisory locks
 * held on one connection, and fast multi-row bulk inserts.
 */
export type SqlRunner = {
  kind: "pglite" | "postgres";
  /** The connection pool's figures (PostgreSQL), for /metrics. */
  poolStats?: () => { total: number; idle: number; waiting: number };
  query: <T = Record<string, unknown>>(text: string, params?: unknown[], options?: QueryOptions) => Promise<T[]>;
  /** Runs a script of several statements (no parameters). */
  exec: (script: string) => Promise<void>;
  /** Runs fn on one connection; used by the migrator to hold an advisory lock for its whole run. */
  withConnection: <T>(fn: (conn: SqlRunner) => Promise<T>) => Promise<T>;
  /**
   * Runs fn in one transaction (COMMIT when it resolves, ROLLBACK when it throws). On PGlite this holds PGlite's
   * transaction lock, so that no other statement of this process (Prisma's included) runs inside it.
   */
  transaction: <T>(fn: (tx: SqlRunner) => Promise<T>) => Promise<T>;
  close: () => Promise<void>;
  /**
   * PostgreSQL, on one connection (inside withConnection or transaction) only: streams text chunks into a
   * `COPY … FROM STDIN` statement, with backpressure (bulk imports, ADR 0027).
   */
  copyFrom?: (statement: string, chunks: AsyncIterable<string>) => Promise<void>;
};

export type QueryOptions = {
  /**
   * A hot statement's name (unique per statement text): on PostgreSQL it is prepared once per connection and its plan
   * reused, which saves the parse and plan of every call (about 0.1 ms of server CPU for a small INSERT). PGlite
   * ignores it.
   */
  prepare?: string;
};

export class DataDirInUseError extends Error {
  override name = "DataDirInUseError";
}

/**
 * Two processes on one PGlite folder silently lose writes (STACK.md), so the folder gets a lock file holding the
 * owner's pid. A lock whose process is gone is stale and taken over.
 */
function lockDataDir(dataDir: string): () => void {
  const lockPath = `${dataDir.replace(/\/+$/, "")}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(readFileSync(lockPath, "utf8"));
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
        throw new DataDirInUseError(
          `Another policy-pilot process (pid ${owner}) is using the database folder ${dataDir}. Stop it, or set PGLITE_DIR to another folder.`,
        );
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new DataDirInUseError(`Could not lock the database folder ${dataDir}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export async function openPglite(dataDir: string | null): Promise<{ pglite: PGlite; release: () => void }> {
  if (!dataDir) return { pglite: await PGlite.create(), release: () => {} };
  mkdirSync(dataDir, { recursive: true });
  // Lock the folder's real path: "data/pglite/", "./data//pglite" or a symlink name the same folder as "data/pglite".
  const release = lockDataDir(realpathSync(dataDir));
  try {
    return { pglite: await PGlite.create(dataDir), release };
  } catch (error) {
    release();
    throw error;
  }
}

type PgliteQueryable = Pick<PGlite, "query" | "exec">;

export function pgliteRunner(pglite: PGlite): SqlRunner {
  const over = (db: PgliteQueryable, inTransaction: boolean): SqlRunner => {
    const runner: SqlRunner = {
      kind: "pglite",
      query: async <T>(text: string, params: unknown[] = []) => (await db.query<T>(text, params)).rows,
      exec: async (script) => {
        await db.exec(script);
      },
      // PGlite is a single connection already.
      withConnection: (fn) => fn(runner),
      transaction: (fn) => (inTransaction ? fn(runner) : pglite.transaction((tx) => fn(over(tx, true)))),
      close: () => pglite.close(),
    };
    return runner;
  };
  return over(pglite, false);
}

function pgQuery(text: string, values: unknown[], options?: QueryOptions): pg.QueryConfig {
  return options?.prepare ? { name: options.prepare, text, values } : { text, values };
}

export function postgresRunner(url: string): SqlRunner {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // An idle connection can die (server restart, admin command); pg emits that on the pool, and an unhandled
  // 'error' event would end the process. The next query simply opens a new connection.
  pool.on("error", () => {});
  const clientRunner = (client: pg.PoolClient): SqlRunner => {
    const self: SqlRunner = {
      kind: "postgres",
      query: async <T>(text: string, params: unknown[] = [], options?: QueryOptions) =>
        (await client.query(pgQuery(text, params, options))).rows as T[],
      exec: async (script) => {
        await client.query(script);
      },
      withConnection: (fn) => fn(self),
      transaction: (fn) => fn(self),
      close: async () => {},
      copyFrom: (statement, chunks) => pipeline(Readable.from(chunks), client.query(copyFromStdin(statement))),
    };
    return self;
  };
  return {
    kind: "postgres",
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    query: async <T>(text: string, params: unknown[] = [], options?: QueryOptions) =>
      (await pool.query(pgQuery(text, params, options))).rows as T[],
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
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn(clientRunner(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
