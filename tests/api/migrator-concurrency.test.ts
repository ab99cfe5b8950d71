import { randomBytes } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { applyMigrations, readMigrations } from "../../api/src/db/migrator.js";
import { postgresRunner } from "../../api/src/db/sql-runner.js";
import { adminQuery, databaseUrl } from "../testkit/postgres.js";

/** Instances starting together on one PostgreSQL apply each migration exactly once (advisory lock). */
describe.runIf(inject("postgresTemplate"))("the migrator on PostgreSQL", () => {
  it("applies each migration once when four instances start at the same time", async () => {
    const name = `policy_pilot_race_${randomBytes(5).toString("hex")}`;
    await adminQuery(`CREATE DATABASE ${name}`);
    const runners = Array.from({ length: 4 }, () => postgresRunner(databaseUrl(name)));
    try {
      const applied = await Promise.all(runners.map((runner) => applyMigrations(runner)));
      const all = applied.flat();
      expect(all.sort()).toEqual(
        readMigrations()
          .map((m) => m.name)
          .sort(),
      );
      const rows = await runners[0]!.query<{ n: string }>(`SELECT count(*) AS n FROM "_prisma_migrations"`);
      expect(Number(rows[0]!.n)).toBe(readMigrations().length);
    } finally {
      await Promise.all(runners.map((runner) => runner.close()));
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  });
});
