// Results at volume (issue 8, ADR 0023): `pilot.results` over HTTP on a pilot with N responses loaded straight into
// the database, against a fresh GROUP BY over the same rows in the same run (what the read-model did before the
// rollup). Part of `npm run bench`; alone: `node --import tsx tests/bench/results.ts`.
//   BENCH_RESULTS_ROWS          responses per PostgreSQL run, comma-separated (default 1000000; 10000000 is opt-in)
//   BENCH_RESULTS_PGLITE_ROWS   responses for the embedded PGlite run (default 1000000; 0 skips it)
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createDb, type Database } from "../../api/src/db/create-db.js";
import { DEMO_PASSWORD } from "../../api/src/seed/demo-seed.js";
import { GqlClient } from "../testkit/graphql.js";
import { adminQuery, databaseUrl, postgresReachable } from "../testkit/postgres.js";
import { type ServerProcess, startServerProcess } from "../testkit/process.js";
import { copyPilot, FRESH_GROUP_BY, loadResponses, type SyntheticPilot } from "../testkit/responses.js";

/** Targets (issue 8): under 100 ms at 10 M responses, and at least 10× faster than the GROUP BY. */
const TARGET_MS = 100;
const TARGET_SPEEDUP = 10;
const READS = 15;

const sizes = (value: string | undefined, fallback: string) =>
  (value ?? fallback)
    .split(",")
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isFinite(n) && n > 0);

const RESULTS_QUERY = `query($id: ID!) { pilot(id: $id) { results { totalParticipants totalResponses recommendation { action }
  variants { key participants exposures csatN csatMean npsN nps cesN comments comparisons { metric pValue } } } } }`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => `${ms < 10 ? ms.toFixed(1) : ms.toFixed(0)} ms`;

async function prepare(db: Database, responses: number) {
  const [template] = await db.sql.query<{ id: string }>(
    `SELECT id FROM pilots WHERE status = 'RUNNING' ORDER BY id LIMIT 1`,
  );
  const pilot = await copyPilot(db.sql, template!.id);
  const started = performance.now();
  const exposures = db.sql.kind === "postgres" ? responses : responses / 10;
  await loadResponses(db.sql, pilot, { customers: responses / 10, responses, exposures, days: 60, seed: 8 });
  await db.sql.query("ANALYZE");
  const loadMs = performance.now() - started;
  // The old read-model: three GROUP BYs at once (best of three, warm).
  let groupByMs = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await Promise.all(Object.values(FRESH_GROUP_BY).map((q) => db.sql.query(q, [pilot.pilotId])));
    groupByMs = Math.min(groupByMs, performance.now() - t);
  }
  return { pilot, loadMs, groupByMs, exposures };
}

/** Reads the results over HTTP: the first read (which rolls up what the job has not), then READS timed ones. */
async function measure(server: ServerProcess, pilot: SyntheticPilot) {
  const manager = new GqlClient(server.url);
  await manager.login("manager@demo.policy-pilot.test", DEMO_PASSWORD);
  // Static requests during the first read: on PGlite the server must keep answering them.
  let done = false;
  const getLatencies: number[] = [];
  let getErrors = 0;
  const poll = (async () => {
    while (!done) {
      const t = performance.now();
      try {
        await (await fetch(`${server.url}/`)).arrayBuffer();
        getLatencies.push(performance.now() - t);
      } catch {
        getErrors++;
      }
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  let t = performance.now();
  const first = await manager.ok(RESULTS_QUERY, { id: pilot.pilotId });
  const firstMs = performance.now() - t;
  done = true;
  await poll;
  // The rollup job vacuums the rollup once a minute (ADR 0023); time the reads after its next run.
  await new Promise((r) => setTimeout(r, 65_000));
  const reads: number[] = [];
  for (let i = 0; i < READS; i++) {
    t = performance.now();
    await manager.ok(RESULTS_QUERY, { id: pilot.pilotId });
    reads.push(performance.now() - t);
  }
  return {
    firstMs,
    readMs: median(reads),
    worstGetMs: getLatencies.length ? Math.max(...getLatencies) : 0,
    gets: getLatencies.length,
    getErrors,
    responses: first.pilot.results.totalResponses as number,
  };
}

function report(
  label: string,
  n: number,
  prepared: { loadMs: number; groupByMs: number },
  m: Awaited<ReturnType<typeof measure>>,
  withTarget: boolean,
) {
  const speedup = prepared.groupByMs / m.readMs;
  const meets = speedup >= TARGET_SPEEDUP && (!withTarget || m.readMs < TARGET_MS);
  console.log(
    `${label.padEnd(10)} ${n.toLocaleString("en").padStart(11)} responses   loaded in ${(prepared.loadMs / 1000).toFixed(0)} s   ` +
      `first read (rolls up) ${fmt(m.firstMs)}, ${m.gets} GET / meanwhile, worst ${fmt(m.worstGetMs)}` +
      (m.getErrors ? `, ${m.getErrors} failed` : ""),
  );
  console.log(
    `${"".padEnd(10)} pilot.results median ${fmt(m.readMs)}   fresh GROUP BY ${fmt(prepared.groupByMs)}   ` +
      `${speedup.toFixed(1)}× faster   target ≥ ${TARGET_SPEEDUP}×${withTarget ? ` and < ${TARGET_MS} ms` : ""}   ` +
      `${meets ? "MEETS TARGET" : "BELOW TARGET"}${m.responses > 0 ? "" : "   (no responses counted!)"}`,
  );
}

export async function benchResults(): Promise<void> {
  console.log(`\nResults at volume — pilot.results over HTTP against a fresh GROUP BY (median of ${READS} reads)\n`);
  if (await postgresReachable()) {
    console.log("PostgreSQL part skipped: no PostgreSQL at 127.0.0.1:5432.");
  } else {
    for (const n of sizes(process.env.BENCH_RESULTS_ROWS, "1000000")) {
      const name = `policy_pilot_bench_results_${process.pid}`;
      await adminQuery(`CREATE DATABASE ${name}`);
      const url = databaseUrl(name);
      const server = await startServerProcess({ DATABASE_URL: url, SEED_DEMO: "auto", LOG_LEVEL: "error" });
      const db = await createDb({ kind: "postgres", url });
      try {
        const prepared = await prepare(db, n);
        report("PostgreSQL", n, prepared, await measure(server, prepared.pilot), n >= 10_000_000);
      } finally {
        await db.close();
        await server.stop();
        await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }
    }
  }
  for (const n of sizes(process.env.BENCH_RESULTS_PGLITE_ROWS, "1000000")) {
    const dir = mkdtempSync(join(tmpdir(), "policy-pilot-bench-results-"));
    try {
      const env = { PGLITE_DIR: join(dir, "pglite"), SEED_DEMO: "auto", LOG_LEVEL: "error" };
      await (await startServerProcess(env)).stop();
      // PGlite is one process per folder: load and time the GROUP BY here, then hand the folder to the server.
      const db = await createDb({ kind: "pglite", dataDir: env.PGLITE_DIR });
      let prepared: Awaited<ReturnType<typeof prepare>>;
      try {
        prepared = await prepare(db, n);
      } finally {
        await db.close();
      }
      const server = await startServerProcess(env, 300_000);
      try {
        report("PGlite", n, prepared, await measure(server, prepared.pilot), true);
      } finally {
        await server.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await benchResults();
