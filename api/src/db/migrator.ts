import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { SqlRunner } from "./sql-runner.js";

export const MIGRATIONS_DIR = fileURLToPath(new URL("../../../prisma/migrations", import.meta.url));

/** Any constant works; it only has to be the same for every instance of policy-pilot. */
const MIGRATION_LOCK_KEY = 72_707_001;

// Prisma's own bookkeeping table, created with Prisma's DDL so `prisma migrate status` would read it.
const CREATE_BOOKKEEPING = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export type Migration = { name: string; sql: string; checksum: string };

export class MigrationError extends Error {
  override name = "MigrationError";
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((entry) => statSync(join(dir, entry)).isDirectory())
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/**
 * Applies pending migrations in name order, each in its own transaction, recording them in `_prisma_migrations`
 * exactly as `prisma migrate deploy` would. On PostgreSQL it holds a session advisory lock for the whole run, so
 * two instances starting together apply each migration once. A changed checksum of an applied migration, or a
 * migration that failed before, stops the start with a message saying what to do.
 */
export async function applyMigrations(sql: SqlRunner, migrations = readMigrations()): Promise<string[]> {
  return sql.withConnection(async (conn) => {
    if (conn.kind === "postgres") await conn.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      await conn.exec(CREATE_BOOKKEEPING);
      const rows = await conn.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
        `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
      );
      const applied = new Map(rows.map((row) => [row.migration_name, row]));
      const known = new Set(migrations.map((m) => m.name));
      for (const row of rows) {
        if (!known.has(row.migration_name)) {
          throw new MigrationError(
            `The database has migration ${row.migration_name}, which this version of policy-pilot does not know. ` +
              "Run the newer version, or restore a backup taken before it was applied.",
          );
        }
      }
      const done: string[] = [];
      for (const migration of migrations) {
        const row = applied.get(migration.name);
        if (row) {
          if (!row.finished_at) {
            throw new MigrationError(
              `Migration ${migration.name} failed earlier and is marked unfinished in _prisma_migrations. ` +
                "Fix the database by hand, then delete that row.",
            );
          }
          if (row.checksum !== migration.checksum) {
            throw new MigrationError(
              `Migration ${migration.name} was changed after it was applied (checksum differs). ` +
                "Applied migrations are immutable: restore the file and add a new migration instead.",
            );
          }
          continue;
        }
        const id = randomUUID();
        await conn.exec("BEGIN");
        try {
          await conn.exec(migration.sql);
          await conn.query(
            `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
             VALUES ($1, $2, $3, now(), now(), 1)`,
            [id, migration.checksum, migration.name],
          );
          await conn.exec("COMMIT");
        } catch (error) {
          await conn.exec("ROLLBACK");
          throw new MigrationError(`Migration ${migration.name} failed: ${(error as Error).message}`);
        }
        done.push(migration.name);
      }
      return done;
    } finally {
      if (conn.kind === "postgres") await conn.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  });
}
