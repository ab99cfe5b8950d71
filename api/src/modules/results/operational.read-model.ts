import { type ArmStat, type MetricKey, quantileEstimate, type RatioStat } from "@policy-pilot/experiments";
import type { Db } from "../../db/create-db.js";

type Num = bigint | number | null;
const num = (v: Num | undefined): number => (v == null ? 0 : Number(v));

export type ArmMetrics = Partial<Record<MetricKey, ArmStat>>;

/** Per-cluster rows (x = Σ values, y = count) folded into a ratio over clusters, per variant. */
type ClusterRow = { variant_id: string; g: Num; sx: Num; sxx: Num; sy: Num; syy: Num; sxy: Num };

function ratio(row: ClusterRow): RatioStat {
  const n = num(row.g);
  return {
    type: "ratio",
    n,
    numerator: { type: "mean", n, sum: num(row.sx), sumSquares: num(row.sxx) },
    denominator: { type: "mean", n, sum: num(row.sy), sumSquares: num(row.syy) },
    sumOfProducts: num(row.sxy),
  };
}

function put(out: Map<string, ArmMetrics>, variantId: string, metric: MetricKey, stat: ArmStat) {
  const arm = out.get(variantId) ?? {};
  arm[metric] = stat;
  out.set(variantId, arm);
}

/**
 * Agents' ratings (clarity, workability) per variant as ratios over raters: a rater's ratings across weeks are one
 * cluster, so few raters get the small-sample correction (ADR 0017).
 */
export async function agentRatingStats(db: Db, pilotId: string, out: Map<string, ArmMetrics>): Promise<void> {
  for (const metric of ["clarity", "workability"] as const) {
    const rows = await db.$queryRawUnsafe<ClusterRow[]>(
      `SELECT variant_id, count(*) AS g, sum(x) AS sx, sum(x * x) AS sxx, sum(y) AS sy, sum(y * y) AS syy, sum(x * y) AS sxy
       FROM (SELECT variant_id, user_id, sum(${metric})::float8 AS x, count(*)::float8 AS y
             FROM agent_ratings WHERE pilot_id = $1 GROUP BY variant_id, user_id) per_rater
       GROUP BY variant_id`,
      pilotId,
    );
    for (const row of rows) put(out, row.variant_id, metric, ratio(row));
  }
}

/**
 * Survey metrics of a pilot that assigns agents, analysed over agents (the unit randomised): per agent the sum and
 * count of each metric, folded into ratios (delta method, small-sample correction). Scans the pilot's feedback —
 * agent pilots are small (tens of agents); the rollups serve customer pilots.
 */
export async function agentSurveyStats(db: Db, pilotId: string, out: Map<string, ArmMetrics>): Promise<void> {
  const parts: { metric: MetricKey; x: string; y: string }[] = [
    { metric: "csat", x: "sum(csat)", y: "count(csat)" },
    { metric: "satisfied", x: "count(*) FILTER (WHERE csat >= 4)", y: "count(csat)" },
    {
      metric: "nps",
      x: "100 * (count(*) FILTER (WHERE nps >= 9) - count(*) FILTER (WHERE nps <= 6))",
      y: "count(nps)",
    },
    { metric: "ces", x: "sum(ces)", y: "count(ces)" },
  ];
  for (const part of parts) {
    const rows = await db.$queryRawUnsafe<ClusterRow[]>(
      `SELECT variant_id, count(*) AS g, sum(x) AS sx, sum(x * x) AS sxx, sum(y) AS sy, sum(y * y) AS syy, sum(x * y) AS sxy
       FROM (SELECT variant_id, assignment_id, coalesce(${part.x}, 0)::float8 AS x, ${part.y}::float8 AS y
             FROM feedback WHERE pilot_id = $1 AND source = 'CUSTOMER' GROUP BY variant_id, assignment_id) per_agent
       WHERE y > 0
       GROUP BY variant_id`,
      pilotId,
    );
    for (const row of rows) put(out, row.variant_id, part.metric, ratio(row));
  }
}

/**
 * Operational metrics of the pilot's interactions (helpdesk tickets tied to an arm): reopen rate (of solved
 * tickets) and escalation rate — proportions per ticket, or ratios over agents when the unit is AGENT — and the
 * median and p90 of first-response and resolution times in hours with order-statistic intervals
 * (quantileEstimate; per ticket in both units). Reads the pilot's interactions once per metric family.
 */
export async function interactionStats(
  db: Db,
  pilotId: string,
  unit: "CUSTOMER" | "AGENT",
  out: Map<string, ArmMetrics>,
): Promise<void> {
  if (unit === "AGENT") {
    const rates: { metric: MetricKey; x: string; y: string }[] = [
      {
        metric: "reopen_rate",
        x: "count(*) FILTER (WHERE is_solved AND reopen_count > 0)",
        y: "count(*) FILTER (WHERE is_solved)",
      },
      { metric: "escalation_rate", x: "count(*) FILTER (WHERE escalated)", y: "count(*)" },
    ];
    for (const part of rates) {
      const rows = await db.$queryRawUnsafe<ClusterRow[]>(
        `SELECT variant_id, count(*) AS g, sum(x) AS sx, sum(x * x) AS sxx, sum(y) AS sy, sum(y * y) AS syy, sum(x * y) AS sxy
         FROM (SELECT variant_id, assignment_id, ${part.x}::float8 AS x, ${part.y}::float8 AS y
               FROM interactions WHERE pilot_id = $1 AND variant_id IS NOT NULL AND assignment_id IS NOT NULL
               GROUP BY variant_id, assignment_id) per_agent
         WHERE y > 0
         GROUP BY variant_id`,
        pilotId,
      );
      for (const row of rows) put(out, row.variant_id, part.metric, ratio(row));
    }
  } else {
    const rows = await db.$queryRaw<{ variant_id: string; solved: Num; reopened: Num; total: Num; escalated: Num }[]>`
      SELECT variant_id, count(*) FILTER (WHERE is_solved) AS solved,
             count(*) FILTER (WHERE is_solved AND reopen_count > 0) AS reopened,
             count(*) AS total, count(*) FILTER (WHERE escalated) AS escalated
      FROM interactions WHERE pilot_id = ${pilotId} AND variant_id IS NOT NULL GROUP BY variant_id`;
    for (const r of rows) {
      if (num(r.solved) > 0)
        put(out, r.variant_id, "reopen_rate", { type: "proportion", n: num(r.solved), sum: num(r.reopened) });
      if (num(r.total) > 0)
        put(out, r.variant_id, "escalation_rate", { type: "proportion", n: num(r.total), sum: num(r.escalated) });
    }
  }
  const durations = await db.$queryRaw<
    { variant_id: string; first_response: number[] | null; resolution: number[] | null }[]
  >`
    SELECT variant_id,
      array_agg(extract(epoch FROM first_agent_reply_at - opened_at)::float8 / 3600)
        FILTER (WHERE first_agent_reply_at IS NOT NULL AND opened_at IS NOT NULL AND first_agent_reply_at >= opened_at) AS first_response,
      array_agg(extract(epoch FROM solved_at - opened_at)::float8 / 3600)
        FILTER (WHERE is_solved AND solved_at IS NOT NULL AND opened_at IS NOT NULL AND solved_at >= opened_at) AS resolution
    FROM interactions WHERE pilot_id = ${pilotId} AND variant_id IS NOT NULL GROUP BY variant_id`;
  for (const r of durations) {
    const add = (values: number[] | null, median: MetricKey, p90: MetricKey) => {
      if (!values?.length) return;
      const list = values.map(Number);
      for (const [metric, q] of [
        [median, 0.5],
        [p90, 0.9],
      ] as const) {
        const e = quantileEstimate(list, q);
        put(out, r.variant_id, metric, {
          type: "quantile",
          n: e.n,
          quantile: e.quantile,
          standardError: e.standardError,
        });
      }
    };
    add(r.first_response, "first_response_median", "first_response_p90");
    add(r.resolution, "resolution_median", "resolution_p90");
  }
}
