import type { Database } from "../../api/src/db/create-db.js";

const TABLES = [
  "users",
  "api_tokens",
  "policies",
  "policy_versions",
  "pilots",
  "pilot_variants",
  "participants",
  "assignments",
  "exposures",
  "feedback",
  "decisions",
  "audit_events",
];

/**
 * A digest of every row of every business table (sessions excluded: signing in is not a change to the data).
 * Two equal fingerprints mean nothing was written, updated or deleted in between.
 */
export async function fingerprint(db: Database): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of TABLES) {
    const [row] = await db.sql.query<{ digest: string | null; n: number | string }>(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) AS digest, count(*) AS n FROM ${table} t`,
    );
    out[table] = `${row?.n}:${row?.digest}`;
  }
  return out;
}
