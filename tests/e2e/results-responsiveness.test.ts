import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "../../api/src/db/create-db.js";
import type { SqlRunner } from "../../api/src/db/sql-runner.js";
import { DEMO_PASSWORD } from "../../api/src/seed/demo-seed.js";
import { GqlClient } from "../testkit/graphql.js";
import { type ServerProcess, startServerProcess } from "../testkit/process.js";
import { copyPilot, FRESH_GROUP_BY, loadResponses, type SyntheticPilot } from "../testkit/responses.js";

/**
 * "Heavy reads must never stall the embedded server's other requests" (issue 8): PGlite runs on the server's one
 * thread, so the results of a large pilot (120 k responses the rollup has never seen) must be computed in short
 * steps with other requests answered in between. Measured from outside the server process, relative to the same run:
 * while the results request is in flight, a stream of static `GET /` requests must each be answered in well under
 * the time one fresh GROUP BY over those responses takes on the same database (the stall the old read-model caused)
 * or well under the time of the results request itself.
 */
const RESPONSES = 120_000;

type Measured = { groupByMs: number; expectedResponses: number };

async function prepare(sql: SqlRunner): Promise<{ pilot: SyntheticPilot } & Measured> {
  const [template] = await sql.query<{ id: string }>(
    `SELECT id FROM pilots WHERE status = 'RUNNING' ORDER BY id LIMIT 1`,
  );
  const pilot = await copyPilot(sql, template!.id);
  await loadResponses(sql, pilot, { customers: RESPONSES / 5, responses: RESPONSES, exposures: RESPONSES / 5 });
  await sql.query("ANALYZE");
  // The stall of the old read-model: one GROUP BY over the responses (the best of two, so caches are warm).
  let groupByMs = Number.POSITIVE_INFINITY;
  let expectedResponses = 0;
  for (let i = 0; i < 2; i++) {
    const started = performance.now();
    const rows = await sql.query<{ csat_n: number | string }>(FRESH_GROUP_BY.feedback, [pilot.pilotId]);
    groupByMs = Math.min(groupByMs, performance.now() - started);
    expectedResponses = rows.reduce((t, r) => t + Number(r.csat_n), 0);
  }
  return { pilot, groupByMs, expectedResponses };
}

async function measure(server: ServerProcess, pilot: SyntheticPilot, measured: Measured) {
  const manager = new GqlClient(server.url);
  await manager.login("manager@demo.policy-pilot.test", DEMO_PASSWORD);
  let done = false;
  const latencies: number[] = [];
  const poll = (async () => {
    while (!done) {
      const started = performance.now();
      const res = await fetch(`${server.url}/`);
      await res.arrayBuffer();
      // Counted even when it ends after the results: it was sent while they were computed.
      latencies.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, 2));
    }
  })();
  const started = performance.now();
  const data = await manager.ok(
    `query($id: ID!) { pilot(id: $id) { results { totalParticipants variants { key csatN participants } } } }`,
    { id: pilot.pilotId },
  );
  const resultsMs = performance.now() - started;
  done = true;
  await poll;
  const csatN = data.pilot.results.variants.reduce((t: number, v: { csatN: number }) => t + v.csatN, 0);
  expect(csatN).toBe(measured.expectedResponses);
  expect(data.pilot.results.totalParticipants).toBe(RESPONSES / 5);
  const worst = Math.max(...latencies);
  const summary = `results ${resultsMs.toFixed(0)} ms; ${latencies.length} GET / meanwhile, worst ${worst.toFixed(0)} ms; one GROUP BY ${measured.groupByMs.toFixed(0)} ms`;
  console.info(summary);
  expect(latencies.length, summary).toBeGreaterThanOrEqual(3);
  // The old read-model held the thread for one whole GROUP BY, so a GET waited about that long, and for most of the
  // results request. The machine is shared, so either yardstick alone can be off: the longest wait must stay under
  // half a GROUP BY measured before the server started, or under half of the results request it overlapped (the
  // old code stalled a GET for nearly all of it; under CI's parallel test files a quarter proved too tight: 297 of
  // a 1 025 ms request).
  expect(worst, summary).toBeLessThan(Math.max(measured.groupByMs / 2, resultsMs / 2));
}

// PGlite only: on PostgreSQL queries run in the server's own processes and never hold the API's thread.
describe("results of a large pilot on the embedded PGlite", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "policy-pilot-responsive-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("keep answering other requests while the results are computed", async () => {
    const env = { PGLITE_DIR: join(dataDir, "pglite"), SEED_DEMO: "auto" };
    // Migrate and seed the folder, then load the responses into it while no server holds it.
    expect(await (await startServerProcess(env)).stop()).toBe(0);
    const db = await createDb({ kind: "pglite", dataDir: env.PGLITE_DIR });
    let prepared: Awaited<ReturnType<typeof prepare>>;
    try {
      prepared = await prepare(db.sql);
    } finally {
      await db.close();
    }
    const server = await startServerProcess(env);
    try {
      await measure(server, prepared.pilot, prepared);
    } finally {
      await server.stop();
    }
  }, 300_000);
});
