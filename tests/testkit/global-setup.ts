import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../api/src/db/migrator.js";
import { pgliteRunner, postgresRunner } from "../../api/src/db/sql-runner.js";
import { adminQuery, databaseUrl, postgresReachable, TEMPLATE_DB } from "./postgres.js";

/**
 * Runs once per test run: migrates one PGlite and dumps it as a template (each test file loads the dump instead of
 * running initdb and migrations again), and, when PostgreSQL answers, migrates a template database that each test
 * file clones with CREATE DATABASE … TEMPLATE.
 */
export default async function setup(project: TestProject) {
  const dir = join(process.cwd(), "tests", ".tmp");
  mkdirSync(dir, { recursive: true });
  const pglite = await PGlite.create();
  await applyMigrations(pgliteRunner(pglite));
  const dump = await pglite.dumpDataDir("gzip");
  const templatePath = join(dir, "pglite-template.tar.gz");
  writeFileSync(templatePath, Buffer.from(await dump.arrayBuffer()));
  await pglite.close();
  project.provide("pgliteTemplate", templatePath);

  const unreachable = await postgresReachable();
  if (unreachable) {
    if (process.env.REQUIRE_POSTGRES === "1") {
      throw new Error(`REQUIRE_POSTGRES=1 but PostgreSQL does not answer: ${unreachable}`);
    }
    console.warn(`\n[tests] PostgreSQL runs skipped: the server does not answer (${unreachable}).\n`);
    project.provide("postgresTemplate", "");
    return;
  }
  // One template per run, so that two runs on one server (two checkouts, CI beside a developer) do not collide.
  const template = `${TEMPLATE_DB}_${project.name}_${process.pid}`;
  await adminQuery(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE ${template}`);
  const runner = postgresRunner(databaseUrl(template));
  await applyMigrations(runner);
  await runner.close();
  project.provide("postgresTemplate", template);
  return async () => {
    await adminQuery(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
  }
}
