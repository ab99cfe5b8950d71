import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { inject } from "vitest";
import { type Database, databaseFromPglite, databaseFromPostgres } from "../../api/src/db/create-db.js";
import { adminQuery, databaseUrl } from "./postgres.js";

export type Backend = "pglite" | "postgres";

/** The backends this run tests on: PGlite always, PostgreSQL when it answered in global setup. */
export function backends(): Backend[] {
  return inject("postgresTemplate") ? ["pglite", "postgres"] : ["pglite"];
}

/** A fresh, migrated, empty database of its own for one test file (or one test). */
export async function createTestDb(backend: Backend): Promise<Database> {
  if (backend === "pglite") {
    const blob = new Blob([readFileSync(inject("pgliteTemplate"))]);
    const pglite = await PGlite.create({ loadDataDir: blob });
    return databaseFromPglite(pglite, "test PGlite");
  }
  const name = `policy_pilot_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${inject("postgresTemplate")}`);
  const db = databaseFromPostgres(databaseUrl(name));
  return {
    ...db,
    close: async () => {
      await db.close();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
