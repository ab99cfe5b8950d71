import type { Database } from "../../api/src/db/create-db.js";

/** Tables that change without changing the data: sign-ins, and the migrator's bookkeeping. */
const EXCLUDED = new Set(["sessions", "_prisma_migrations"]);

/**
 * A digest of every row of every table of the public schema (sessions excluded: signing in is not a change to the
 * data). Tables are read from the catalogue, so a new table is covered without anyone remembering to add it.
 * Two equal fingerprints mean nothing was written, updated or deleted in between.
 */
export async function fingerprint(db: Database): Promise<Record<string, string>> {
  const tables = await db.sql.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    if (EXCLUDED.has(name)) continue;
    const [row] = await db.sql.query<{ digest: string | null; n: number | string }>(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest, count(*) AS n FROM "${name}" t`,
    );
    out[name] = `${row?.n}:${row?.digest}`;
  }
  return out;
}
