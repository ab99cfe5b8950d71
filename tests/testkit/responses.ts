import type { SqlRunner } from "../../api/src/db/sql-runner.js";
import { newId } from "../../api/src/lib/ids.js";

/**
 * Synthetic pilots and responses written straight into the database (server-side generate_series, values from a
 * seeded hash, so every run and backend gets the same data): for the rollup tests and `npm run bench`.
 */
export type SyntheticPilot = { pilotId: string; variantIds: string[] };

/**
 * A RUNNING pilot with `arms` variants, all on the first version of an existing pilot (`templatePilotId`, made
 * through the API), written straight into the database.
 */
export async function copyPilot(
  sql: SqlRunner,
  templatePilotId: string,
  options: { arms?: number; startedAt?: Date } = {},
): Promise<SyntheticPilot> {
  const pilotId = newId("pilot");
  const startedAt = options.startedAt ?? new Date();
  await sql.query(
    `INSERT INTO pilots (id, policy_id, name, status, hash_seed, started_at, updated_at)
     SELECT $1, policy_id, 'Synthetic ' || $1, 'RUNNING', $1, $2, now() FROM pilots WHERE id = $3`,
    [pilotId, startedAt, templatePilotId],
  );
  const arms = options.arms ?? 2;
  const [template] = await sql.query<{ policy_version_id: string }>(
    `SELECT policy_version_id FROM pilot_variants WHERE pilot_id = $1 ORDER BY position LIMIT 1`,
    [templatePilotId],
  );
  const variantIds: string[] = [];
  for (let i = 0; i < arms; i++) {
    const id = newId("variant");
    variantIds.push(id);
    await sql.query(
      `INSERT INTO pilot_variants (id, pilot_id, key, name, weight, position, is_control, policy_version_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        id,
        pilotId,
        i === 0 ? "control" : `variant-${i}`,
        `Arm ${i}`,
        1 / arms,
        i,
        i === 0,
        template!.policy_version_id,
      ],
    );
  }
  return { pilotId, variantIds };
}

export type LoadOptions = {
  /** Customers (participants, each with an assignment); responses are spread over them. */
  customers: number;
  responses: number;
  exposures?: number;
  /** Responses are spread over this many UTC days before `until`. */
  days?: number;
  until?: Date;
  seed?: number;
  /** Rows per INSERT statement (each its own transaction), so PGlite and PostgreSQL never hold one huge one. */
  batch?: number;
};

/**
 * Loads customers, assignments, exposures and customer responses for a synthetic pilot (ids sort in insertion order,
 * as ULIDs do). The first arm is a little
 * less satisfied than the others. Values: CSAT 1–5, NPS 0–10, effort 1–7, each missing now and then; some comments.
 */
export async function loadResponses(sql: SqlRunner, pilot: SyntheticPilot, options: LoadOptions): Promise<void> {
  const seed = options.seed ?? 1;
  const days = options.days ?? 30;
  const until = options.until ?? new Date();
  const batch = options.batch ?? 100_000;
  const arms = pilot.variantIds.length;
  const variantArray = `ARRAY[${pilot.variantIds.map((v) => `'${v}'`).join(",")}]`;
  const h = (expr: string, salt: number) =>
    `(hashint8((${expr})::bigint * 7919 + ${seed * 104729 + salt}) & 2147483647)`;
  const p = pilot.pilotId;
  const tag = p.slice(p.indexOf("_") + 1);
  // Foreign keys are not checked while loading (session_replication_role): the ids are made consistent here, and
  // the checks would make PGlite about five times slower. One connection, so the setting applies to every batch.
  const inBatches = async (total: number, run: (from: number, to: number) => Promise<void>) => {
    for (let from = 1; from <= total; from += batch) await run(from, Math.min(total, from + batch - 1));
  };
  await sql.withConnection(async (conn) => {
    await conn.query("SET session_replication_role = replica");
    try {
      await inBatches(options.customers, async (from, to) => {
        await conn.query(
          `INSERT INTO participants (id, kind, external_id)
           SELECT 'par_${tag}_' || lpad(g::text, 10, '0'), 'CUSTOMER', '${tag}-cust-' || g FROM generate_series(${from}, ${to}) g`,
        );
        await conn.query(
          `INSERT INTO assignments (id, pilot_id, participant_id, variant_id, bucket, assigned_at)
           SELECT 'asg_${tag}_' || lpad(g::text, 10, '0'), '${p}', 'par_${tag}_' || lpad(g::text, 10, '0'), (${variantArray})[1 + (g % ${arms})], (g % 1000) / 1000.0,
                  $1::timestamptz - make_interval(secs => ${h("g", 1)} % (${days} * 86400))
           FROM generate_series(${from}, ${to}) g`,
          [until],
        );
      });
      await inBatches(options.exposures ?? 0, async (from, to) => {
        await conn.query(
          `INSERT INTO exposures (id, pilot_id, variant_id, assignment_id, occurred_at)
           SELECT 'exp_${tag}_' || lpad(g::text, 10, '0'), '${p}', (${variantArray})[1 + (c % ${arms})], 'asg_${tag}_' || lpad(c::text, 10, '0'),
                  $1::timestamptz - make_interval(secs => ${h("g", 2)} % (${days} * 86400))
           FROM (SELECT g, 1 + ${h("g", 3)} % ${options.customers} AS c FROM generate_series(${from}, ${to}) g) s`,
          [until],
        );
      });
      await inBatches(options.responses, async (from, to) => {
        await conn.query(
          `INSERT INTO feedback (id, pilot_id, variant_id, assignment_id, participant_id, source, csat, nps, ces, comment,
                                 created_at)
           SELECT 'fb_${tag}_' || lpad(g::text, 10, '0'), '${p}', (${variantArray})[1 + (c % ${arms})], 'asg_${tag}_' || lpad(c::text, 10, '0'), 'par_${tag}_' || lpad(c::text, 10, '0'), 'CUSTOMER',
                  CASE WHEN ${h("g", 4)} % 20 = 0 THEN NULL
                       ELSE least(5, 1 + ${h("g", 5)} % 5 + (CASE WHEN c % ${arms} = 0 THEN 0 ELSE ${h("g", 6)} % 2 END)) END,
                  CASE WHEN ${h("g", 7)} % 10 = 0 THEN NULL ELSE ${h("g", 8)} % 11 END,
                  CASE WHEN ${h("g", 9)} % 4 = 0 THEN NULL ELSE 1 + ${h("g", 10)} % 7 END,
                  CASE WHEN ${h("g", 11)} % 8 = 0 THEN 'comment ' || g END,
                  $1::timestamptz - make_interval(secs => ${h("g", 12)} % (${days} * 86400))
           FROM (SELECT g, 1 + ${h("g", 13)} % ${options.customers} AS c FROM generate_series(${from}, ${to}) g) s`,
          [until],
        );
      });
    } finally {
      await conn.query("RESET session_replication_role");
    }
  });
}

/** The statistics the old read-model computed with a fresh GROUP BY over the responses (the oracle and baseline). */
export const FRESH_GROUP_BY = {
  feedback: `
    SELECT variant_id,
           count(csat) AS csat_n, coalesce(sum(csat), 0) AS csat_sum, coalesce(sum(csat * csat), 0) AS csat_ss,
           count(*) FILTER (WHERE csat >= 4) AS csat_satisfied,
           count(nps) AS nps_n,
           count(*) FILTER (WHERE nps >= 9) AS promoters,
           count(*) FILTER (WHERE nps IN (7, 8)) AS passives,
           count(*) FILTER (WHERE nps <= 6) AS detractors,
           count(ces) AS ces_n, coalesce(sum(ces), 0) AS ces_sum, coalesce(sum(ces * ces), 0) AS ces_ss,
           count(comment) AS comments
    FROM feedback WHERE pilot_id = $1 AND source = 'CUSTOMER'
    GROUP BY variant_id`,
  assignments: `SELECT variant_id, count(*) AS n FROM assignments WHERE pilot_id = $1 GROUP BY variant_id`,
  exposures: `SELECT variant_id, count(*) AS n FROM exposures WHERE pilot_id = $1 GROUP BY variant_id`,
};
