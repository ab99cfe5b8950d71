import fc from "fast-check";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SqlRunner } from "../../api/src/db/sql-runner.js";
import {
  cumulativeDailyStats,
  dailyVariantStats,
  emptyStats,
  type VariantSufficientStats,
  variantSufficientStats,
} from "../../api/src/modules/results/results.read-model.js";
import { catchUpPilot, pendingRows, rollUpStep } from "../../api/src/modules/results/results-rollup.repository.js";
import { backends } from "../testkit/db.js";
import type { GqlClient } from "../testkit/graphql.js";
import { policyWithDrafts, runningPilot, runOk } from "../testkit/operations.js";
import { copyPilot, FRESH_GROUP_BY, loadResponses } from "../testkit/responses.js";
import { startTestServer, type TestServer } from "../testkit/server.js";

/**
 * The results rollup (ADR 0023) against the oracle it replaces: a fresh GROUP BY over the responses. Reads (rollup
 * plus the rows above the watermark) must equal it at every moment; the rollup alone must equal the GROUP BY of the
 * rows up to its watermark; and once caught up, the rollup alone must equal everything.
 */
type Row = Record<string, string | number | bigint | null>;
const n = (v: unknown) => (v == null ? 0 : Number(v));

async function freshStats(sql: SqlRunner, pilotId: string): Promise<Map<string, VariantSufficientStats>> {
  const out = new Map<string, VariantSufficientStats>();
  const get = (id: string) => {
    if (!out.has(id)) out.set(id, emptyStats(id));
    return out.get(id)!;
  };
  for (const r of await sql.query<Row>(FRESH_GROUP_BY.assignments, [pilotId]))
    get(String(r.variant_id)).participants = n(r.n);
  for (const r of await sql.query<Row>(FRESH_GROUP_BY.exposures, [pilotId]))
    get(String(r.variant_id)).exposures = n(r.n);
  for (const r of await sql.query<Row>(FRESH_GROUP_BY.feedback, [pilotId])) {
    const s = get(String(r.variant_id));
    s.csat = { n: n(r.csat_n), sum: n(r.csat_sum), sumSquares: n(r.csat_ss), satisfied: n(r.csat_satisfied) };
    s.nps = { n: n(r.nps_n), promoters: n(r.promoters), passives: n(r.passives), detractors: n(r.detractors) };
    s.ces = { n: n(r.ces_n), sum: n(r.ces_sum), sumSquares: n(r.ces_ss) };
    s.comments = n(r.comments);
  }
  return out;
}

/** Per variant and UTC day, as a fresh GROUP BY (upTo: only rows at or below the pilot's watermark). */
async function freshDaily(sql: SqlRunner, pilotId: string, upTo = false): Promise<Record<string, number[]>> {
  const w = (table: "feedback" | "assignments" | "exposures", alias: string) =>
    upTo
      ? `AND (${alias}.roll_xid, ${alias}.id) <= (SELECT ${table}_xid, ${table}_id FROM result_rollup_state WHERE pilot_id = $1)`
      : "";
  const rows = await sql.query<Row>(
    `SELECT variant_id, to_char(day, 'YYYY-MM-DD') AS day, sum(p) AS p, sum(e) AS e, sum(cn) AS cn, sum(cs) AS cs,
            sum(css) AS css, sum(sat) AS sat, sum(nn) AS nn, sum(pro) AS pro, sum(pas) AS pas, sum(det) AS det,
            sum(en) AS en, sum(es) AS es, sum(ess) AS ess, sum(com) AS com
     FROM (
       SELECT variant_id, (created_at AT TIME ZONE 'UTC')::date AS day, 0 AS p, 0 AS e, count(csat) AS cn,
              coalesce(sum(csat), 0) AS cs, coalesce(sum(csat * csat), 0) AS css,
              count(*) FILTER (WHERE csat >= 4) AS sat, count(nps) AS nn, count(*) FILTER (WHERE nps >= 9) AS pro,
              count(*) FILTER (WHERE nps IN (7, 8)) AS pas, count(*) FILTER (WHERE nps <= 6) AS det,
              count(ces) AS en, coalesce(sum(ces), 0) AS es, coalesce(sum(ces * ces), 0) AS ess,
              count(comment) AS com
       FROM feedback f WHERE pilot_id = $1 AND source = 'CUSTOMER' ${w("feedback", "f")} GROUP BY 1, 2
       UNION ALL
       SELECT variant_id, (assigned_at AT TIME ZONE 'UTC')::date, count(*), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
       FROM assignments a WHERE pilot_id = $1 ${w("assignments", "a")} GROUP BY 1, 2
       UNION ALL
       SELECT variant_id, (occurred_at AT TIME ZONE 'UTC')::date, 0, count(*), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
       FROM exposures x WHERE pilot_id = $1 ${w("exposures", "x")} GROUP BY 1, 2
     ) u GROUP BY 1, 2`,
    [pilotId],
  );
  return nonZero(rows);
}

/** The rollup table alone, per variant and day. */
async function rollupOnly(sql: SqlRunner, pilotId: string): Promise<Record<string, number[]>> {
  const rows = await sql.query<Row>(
    `SELECT variant_id, to_char(day, 'YYYY-MM-DD') AS day, participants AS p, exposures AS e, csat_n AS cn,
            csat_sum AS cs, csat_squares AS css, csat_satisfied AS sat, nps_n AS nn, nps_promoters AS pro,
            nps_passives AS pas, nps_detractors AS det, ces_n AS en, ces_sum AS es, ces_squares AS ess, comments AS com
     FROM result_rollups WHERE pilot_id = $1`,
    [pilotId],
  );
  return nonZero(rows);
}

const COLUMNS = ["p", "e", "cn", "cs", "css", "sat", "nn", "pro", "pas", "det", "en", "es", "ess", "com"];
function nonZero(rows: Row[]): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const r of rows) {
    const values = COLUMNS.map((c) => n(r[c]));
    if (values.some((v) => v !== 0)) out[`${r.variant_id}|${r.day}`] = values;
  }
  return out;
}

const asDaily = (days: Awaited<ReturnType<typeof dailyVariantStats>>) =>
  nonZero(
    days.map((d) => ({
      variant_id: d.variantId,
      day: d.day,
      p: d.participants,
      e: d.exposures,
      cn: d.csat.n,
      cs: d.csat.sum,
      css: d.csat.sumSquares,
      sat: d.csat.satisfied,
      nn: d.nps.n,
      pro: d.nps.promoters,
      pas: d.nps.passives,
      det: d.nps.detractors,
      en: d.ces.n,
      es: d.ces.sum,
      ess: d.ces.sumSquares,
      com: d.comments,
    })),
  );

const sorted = (m: Map<string, VariantSufficientStats>) =>
  Object.fromEntries([...m].filter(([, s]) => JSON.stringify(s) !== JSON.stringify(emptyStats(s.variantId))).sort());

for (const backend of backends()) {
  describe(`results rollup (${backend})`, () => {
    let server: TestServer;
    let sql: SqlRunner;
    let template: string;
    let admin: GqlClient;

    beforeAll(async () => {
      server = await startTestServer(backend);
      sql = server.db.sql;
      admin = await server.as("ADMIN");
      const ops = await server.as("OPS");
      ({ pilotId: template } = await runningPilot(
        ops,
        await policyWithDrafts(ops, await server.as("MANAGER"), "rollups", 1),
        [0.5, 0.5],
      ));
    });
    afterAll(async () => server?.close());

    const db = () => server.db.prisma;

    /** Rolls up until nothing committed is left; on PostgreSQL a transaction of another session may hold it back. */
    async function catchUpFully(pilotId: string) {
      for (let attempt = 0; ; attempt++) {
        await catchUpPilot(db(), pilotId);
        const left = await pendingRows(db(), pilotId, 1);
        if (left === 0) return;
        if (attempt > 1200) throw new Error(`${left} rows still above the watermark of ${pilotId}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }

    /**
     * Waits until every row of the pilot is below the transaction horizon. On PostgreSQL the horizon is the whole
     * cluster's: a long transaction of another session (another test database, a bulk load) holds it back.
     */
    async function awaitHorizon(pilotId: string) {
      for (let attempt = 0; ; attempt++) {
        const [row] = await sql.query<{ behind: boolean | null }>(
          `SELECT NOT bool_and(roll_xid < pg_snapshot_xmin(pg_current_snapshot())) AS behind FROM (
             SELECT roll_xid FROM feedback WHERE pilot_id = $1 UNION ALL SELECT roll_xid FROM assignments WHERE pilot_id = $1
             UNION ALL SELECT roll_xid FROM exposures WHERE pilot_id = $1) r`,
          [pilotId],
        );
        if (!row?.behind) return;
        if (attempt > 1200) throw new Error(`the transaction horizon stayed behind the rows of ${pilotId}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }

    async function expectExact(pilotId: string) {
      expect(sorted(await variantSufficientStats(db(), pilotId))).toEqual(sorted(await freshStats(sql, pilotId)));
      expect(asDaily(await dailyVariantStats(db(), pilotId))).toEqual(await freshDaily(sql, pilotId));
      expect(await rollupOnly(sql, pilotId)).toEqual(await freshDaily(sql, pilotId, true));
    }

    async function expectCaughtUp(pilotId: string) {
      await catchUpFully(pilotId);
      await expectExact(pilotId);
      expect(await rollupOnly(sql, pilotId)).toEqual(await freshDaily(sql, pilotId));
    }

    it("equals a fresh GROUP BY after random inserts, partial rollups, rollbacks, updates, erasures and deletes", async () => {
      const response = fc.record({
        customer: fc.nat(),
        dayOffset: fc.integer({ min: 0, max: 4 }),
        csat: fc.option(fc.integer({ min: 1, max: 5 })),
        nps: fc.option(fc.integer({ min: 0, max: 10 })),
        ces: fc.option(fc.integer({ min: 1, max: 7 })),
        comment: fc.boolean(),
        agent: fc.boolean(),
      });
      const command = fc.oneof(
        fc.record({
          kind: fc.constant("insert" as const),
          customers: fc.integer({ min: 0, max: 4 }),
          responses: fc.array(response, { maxLength: 25 }),
          exposures: fc.integer({ min: 0, max: 6 }),
          rollback: fc.boolean(),
        }),
        fc.record({ kind: fc.constant("step" as const), limit: fc.integer({ min: 1, max: 15 }) }),
        fc.record({ kind: fc.constant("catchUp" as const) }),
        fc.record({ kind: fc.constant("erase" as const), customer: fc.nat() }),
        fc.record({ kind: fc.constant("delete" as const), pick: fc.nat() }),
        fc.record({
          kind: fc.constant("update" as const),
          pick: fc.nat(),
          csat: fc.option(fc.integer({ min: 1, max: 5 })),
          dayOffset: fc.integer({ min: 0, max: 4 }),
        }),
        fc.record({ kind: fc.constant("check" as const) }),
      );
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 14 }), async (commands) => {
          const pilot = await copyPilot(sql, template, { arms: 3 });
          const customers: { participant: string; assignment: string; variant: string }[] = [];
          let seq = 0;
          const addCustomer = async (tx: SqlRunner) => {
            const i = seq++;
            const c = {
              participant: `${pilot.pilotId}_c${i}`,
              assignment: `${pilot.pilotId}_a${i}`,
              variant: pilot.variantIds[i % pilot.variantIds.length]!,
            };
            await tx.query(`INSERT INTO participants (id, kind, external_id) VALUES ($1, 'CUSTOMER', $1)`, [
              c.participant,
            ]);
            await tx.query(
              `INSERT INTO assignments (id, pilot_id, participant_id, variant_id, bucket, assigned_at)
               VALUES ($1, $2, $3, $4, 0.5, now() - make_interval(days => $5))`,
              [c.assignment, pilot.pilotId, c.participant, c.variant, i % 3],
            );
            return c;
          };
          customers.push(await addCustomer(sql));
          for (const cmd of commands) {
            switch (cmd.kind) {
              case "insert": {
                const added: typeof customers = [];
                const write = async (tx: SqlRunner) => {
                  for (let i = 0; i < cmd.customers; i++) added.push(await addCustomer(tx));
                  const pool = [...customers, ...added];
                  for (const r of cmd.responses) {
                    const c = pool[r.customer % pool.length]!;
                    await tx.query(
                      `INSERT INTO feedback (id, pilot_id, variant_id, assignment_id, participant_id, source, csat, nps,
                                             ces, comment, created_at)
                       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now() - make_interval(days => $11))`,
                      [
                        `${pilot.pilotId}_f${seq++}`,
                        pilot.pilotId,
                        c.variant,
                        c.assignment,
                        c.participant,
                        r.agent ? "AGENT" : "CUSTOMER",
                        r.csat,
                        r.nps,
                        r.ces,
                        r.comment ? "a remark" : null,
                        r.dayOffset,
                      ],
                    );
                  }
                  for (let i = 0; i < cmd.exposures; i++) {
                    const c = pool[(seq + i) % pool.length]!;
                    await tx.query(
                      `INSERT INTO exposures (id, pilot_id, variant_id, assignment_id) VALUES ($1, $2, $3, $4)`,
                      [`${pilot.pilotId}_e${seq++}`, pilot.pilotId, c.variant, c.assignment],
                    );
                  }
                  if (cmd.rollback) throw new Error("rolled back on purpose");
                };
                try {
                  await sql.transaction(write);
                  customers.push(...added);
                } catch (error) {
                  expect((error as Error).message).toBe("rolled back on purpose");
                }
                break;
              }
              case "step":
                await rollUpStep(db(), pilot.pilotId, cmd.limit, true);
                break;
              case "catchUp":
                await catchUpPilot(db(), pilot.pilotId);
                break;
              case "erase": {
                const c = customers[cmd.customer % customers.length]!;
                await sql.query(
                  `UPDATE feedback SET comment = NULL, ticket_external_id = NULL WHERE participant_id = $1`,
                  [c.participant],
                );
                break;
              }
              case "delete":
                await sql.query(
                  `DELETE FROM feedback WHERE id = (SELECT id FROM feedback WHERE pilot_id = $1 ORDER BY id OFFSET $2 LIMIT 1)`,
                  [pilot.pilotId, cmd.pick % 7],
                );
                await sql.query(
                  `DELETE FROM exposures WHERE id = (SELECT id FROM exposures WHERE pilot_id = $1 ORDER BY id OFFSET $2 LIMIT 1)`,
                  [pilot.pilotId, cmd.pick % 5],
                );
                break;
              case "update":
                await sql.query(
                  `UPDATE feedback SET csat = $3, created_at = now() - make_interval(days => $4)
                   WHERE id = (SELECT id FROM feedback WHERE pilot_id = $1 ORDER BY id OFFSET $2 LIMIT 1)`,
                  [pilot.pilotId, cmd.pick % 7, cmd.csat, cmd.dayOffset],
                );
                break;
              case "check":
                await expectExact(pilot.pilotId);
                break;
            }
          }
          await expectExact(pilot.pilotId);
          await expectCaughtUp(pilot.pilotId);
          runs++;
        }),
        { numRuns: backend === "pglite" ? 30 : 20 },
      );
      expect(runs).toBeGreaterThanOrEqual(20);
    }, 300_000);

    it("counts nothing twice when a step is retried after a failure or run again and again", async () => {
      const pilot = await copyPilot(sql, template);
      await loadResponses(sql, pilot, { customers: 50, responses: 400, exposures: 120, days: 3, batch: 150 });
      await awaitHorizon(pilot.pilotId);
      // A step whose transaction fails after it ran (as if the connection dropped before COMMIT) leaves nothing.
      await expect(
        db().$transaction(async (tx) => {
          // 100 of the 400 responses, all 50 assignments, 100 of the 120 exposures.
          expect(await rollUpStep(tx, pilot.pilotId, 100, true)).toBe(250);
          throw new Error("connection lost before COMMIT");
        }),
      ).rejects.toThrow("connection lost");
      expect(await rollupOnly(sql, pilot.pilotId)).toEqual({});
      expect(await pendingRows(db(), pilot.pilotId, 10_000)).toBe(570);
      // Retried: the same rows, once.
      expect(await rollUpStep(db(), pilot.pilotId, 100, true)).toBe(250);
      await expectExact(pilot.pilotId);
      // Several catch-ups at once (waiting for each other) and more steps once there is nothing left.
      await Promise.all([0, 1, 2, 3].map(() => catchUpPilot(db(), pilot.pilotId)));
      expect(await rollUpStep(db(), pilot.pilotId, 100, true)).toBe(0);
      expect(await rollUpStep(db(), pilot.pilotId, 100, false)).toBe(0);
      await expectCaughtUp(pilot.pilotId);
      expect(sorted(await variantSufficientStats(db(), pilot.pilotId))).toEqual(
        sorted(await freshStats(sql, pilot.pilotId)),
      );
    });

    it("keeps the rollup equal to a fresh GROUP BY when a customer is erased through the API", async () => {
      const helpdesk = await server.integration();
      const pilot = template;
      for (let i = 0; i < 6; i++) {
        const answer = await runOk(helpdesk, "policyFor", { policy: "rollups", customerId: `rollup-cust-${i}` });
        await runOk(helpdesk, "submitFeedback", {
          assignmentId: answer.assignmentId,
          csat: 1 + (i % 5),
          nps: 2 * i,
          ...(i % 2 ? { comment: `remark ${i}` } : {}),
        });
      }
      await catchUpFully(pilot);
      const before = await freshStats(sql, pilot);
      const erased = await runOk(admin, "eraseCustomer", { customerId: "rollup-cust-1" });
      expect(erased.comments).toBe(1);
      const after = await freshStats(sql, pilot);
      const comments = (m: Map<string, VariantSufficientStats>) => [...m.values()].reduce((t, s) => t + s.comments, 0);
      expect(comments(after)).toBe(comments(before) - 1);
      // The rolled-up row was corrected in the erasure's own transaction: no catch-up needed.
      expect(await pendingRows(db(), pilot, 1)).toBe(0);
      expect(await rollupOnly(sql, pilot)).toEqual(await freshDaily(sql, pilot));
      await expectExact(pilot);
    });

    it("gives the daily series and its running totals, which end at the pilot's totals", async () => {
      const pilot = await copyPilot(sql, template);
      await loadResponses(sql, pilot, { customers: 80, responses: 600, exposures: 200, days: 5, batch: 250 });
      await rollUpStep(db(), pilot.pilotId, 200, true);
      const daily = await dailyVariantStats(db(), pilot.pilotId);
      expect(new Set(daily.map((d) => d.day)).size).toBeGreaterThanOrEqual(5);
      const cumulative = cumulativeDailyStats(daily);
      const lastDay = cumulative.at(-1)!.day;
      const last = new Map(cumulative.filter((d) => d.day === lastDay).map(({ day: _day, ...s }) => [s.variantId, s]));
      expect(sorted(last)).toEqual(sorted(await freshStats(sql, pilot.pilotId)));
      // Running totals never decrease.
      for (const variantId of pilot.variantIds) {
        const series = cumulative.filter((d) => d.variantId === variantId).map((d) => d.csat.n);
        expect(series).toEqual([...series].sort((a, b) => a - b));
      }
    });

    if (backend === "postgres") {
      it("never rolls up past a transaction still in flight, and counts its rows once it commits", async () => {
        const pool = new pg.Pool({ connectionString: server.db.url!, max: 4 });
        try {
          const pilot = await copyPilot(sql, template);
          await loadResponses(sql, pilot, { customers: 10, responses: 30, days: 1, batch: 30 });
          const csatN = (m: Map<string, VariantSufficientStats>) => [...m.values()].reduce((t, s) => t + s.csat.n, 0);
          const loaded = csatN(await freshStats(sql, pilot.pilotId));
          const slow = await pool.connect();
          try {
            await slow.query("BEGIN");
            // Inserted first (the lower transaction id) but committed last.
            await slow.query(
              `INSERT INTO feedback (id, pilot_id, variant_id, assignment_id, participant_id, csat)
               SELECT 'zz_slow_' || g || id, pilot_id, variant_id, id, participant_id, 5 FROM assignments, generate_series(1, 3) g
               WHERE pilot_id = $1`,
              [pilot.pilotId],
            );
            await sql.query(
              `INSERT INTO feedback (id, pilot_id, variant_id, assignment_id, participant_id, csat)
               SELECT 'aa_fast_' || id, pilot_id, variant_id, id, participant_id, 1 FROM assignments WHERE pilot_id = $1`,
              [pilot.pilotId],
            );
            await catchUpPilot(db(), pilot.pilotId);
            const [state] = await sql.query<{ id: string }>(
              `SELECT feedback_id AS id FROM result_rollup_state WHERE pilot_id = $1`,
              [pilot.pilotId],
            );
            // The fast transaction's rows wait above the watermark, behind the slow one.
            expect(state!.id).not.toMatch(/^aa_fast_/);
            await expectExact(pilot.pilotId);
            await slow.query("COMMIT");
          } finally {
            slow.release();
          }
          await expectCaughtUp(pilot.pilotId);
          // Three slow responses and one fast one per customer.
          expect(csatN(await variantSufficientStats(db(), pilot.pilotId))).toBe(loaded + 10 * 3 + 10);
        } finally {
          await pool.end();
        }
      });

      it("stays exact with concurrent writers, rollbacks, erasures and rollups on PostgreSQL", async () => {
        const pool = new pg.Pool({ connectionString: server.db.url!, max: 12 });
        try {
          const pilot = await copyPilot(sql, template, { arms: 3 });
          await loadResponses(sql, pilot, { customers: 60, responses: 100, days: 2, batch: 100 });
          const assignments = await sql.query<{ id: string; participant_id: string; variant_id: string }>(
            `SELECT id, participant_id, variant_id FROM assignments WHERE pilot_id = $1 ORDER BY id`,
            [pilot.pilotId],
          );
          let stop = false;
          let committed = 0;
          const writer = async (w: number) => {
            const rand = fc.sample(fc.integer({ min: 0, max: 1_000_000 }), { numRuns: 400, seed: 1000 + w });
            let k = 0;
            const next = (m: number) => rand[k++ % rand.length]! % m;
            for (let t = 0; t < 25; t++) {
              const client = await pool.connect();
              try {
                await client.query("BEGIN");
                const rows = 1 + next(8);
                for (let i = 0; i < rows; i++) {
                  const a = assignments[next(assignments.length)]!;
                  await client.query(
                    `INSERT INTO feedback (id, pilot_id, variant_id, assignment_id, participant_id, csat, nps, comment)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
                    [
                      `w${w}_${t}_${i}`,
                      pilot.pilotId,
                      a.variant_id,
                      a.id,
                      a.participant_id,
                      1 + next(5),
                      next(11),
                      next(2) ? "x" : null,
                    ],
                  );
                }
                if (next(3) === 0) await new Promise((r) => setTimeout(r, next(30)));
                if (next(5) === 0) await client.query("ROLLBACK");
                else {
                  await client.query("COMMIT");
                  committed += rows;
                }
              } finally {
                client.release();
              }
            }
          };
          const eraser = async () => {
            for (let i = 0; !stop; i++) {
              const a = assignments[(i * 7) % assignments.length]!;
              await pool.query(`UPDATE feedback SET comment = NULL WHERE participant_id = $1`, [a.participant_id]);
              await pool.query(
                `DELETE FROM feedback WHERE id = (SELECT id FROM feedback WHERE pilot_id = $1 ORDER BY id DESC LIMIT 1)`,
                [pilot.pilotId],
              );
              await new Promise((r) => setTimeout(r, 15));
            }
          };
          const roller = async () => {
            while (!stop) {
              await catchUpPilot(db(), pilot.pilotId, { wait: false });
              await rollUpStep(db(), pilot.pilotId, 3, true);
              await new Promise((r) => setTimeout(r, 5));
            }
          };
          const background = [eraser(), roller(), roller()];
          await Promise.all([0, 1, 2, 3, 4, 5].map(writer));
          stop = true;
          await Promise.all(background);
          expect(committed).toBeGreaterThan(100);
          await expectCaughtUp(pilot.pilotId);
        } finally {
          await pool.end();
        }
      });
    }
  });
}
