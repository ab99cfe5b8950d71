import type { Db } from "../../db/create-db.js";

/**
 * Per-variant sufficient statistics: the only interface between storage and experiments/ (STYLE.md rule 8).
 * One GROUP BY over feedback plus one over assignments and exposures. At 10 M responses this should move to
 * rollups maintained on write; the shape returned here stays the same.
 */
export type VariantSufficientStats = {
  variantId: string;
  participants: number;
  exposures: number;
  csat: { n: number; sum: number; sumSquares: number; satisfied: number };
  nps: { n: number; promoters: number; passives: number; detractors: number };
  ces: { n: number; sum: number; sumSquares: number };
  comments: number;
};

type FeedbackRow = {
  variant_id: string;
  csat_n: bigint | number;
  csat_sum: bigint | number | null;
  csat_ss: bigint | number | null;
  csat_satisfied: bigint | number;
  nps_n: bigint | number;
  promoters: bigint | number;
  passives: bigint | number;
  detractors: bigint | number;
  ces_n: bigint | number;
  ces_sum: bigint | number | null;
  ces_ss: bigint | number | null;
  comments: bigint | number;
};

/** The statistics of an arm with no participants yet. */
export function emptyStats(variantId: string): VariantSufficientStats {
  return {
    variantId,
    participants: 0,
    exposures: 0,
    csat: { n: 0, sum: 0, sumSquares: 0, satisfied: 0 },
    nps: { n: 0, promoters: 0, passives: 0, detractors: 0 },
    ces: { n: 0, sum: 0, sumSquares: 0 },
    comments: 0,
  };
}

const num = (value: bigint | number | null | undefined): number => (value == null ? 0 : Number(value));

export async function variantSufficientStats(db: Db, pilotId: string): Promise<Map<string, VariantSufficientStats>> {
  const [feedback, assignments, exposures] = await Promise.all([
    db.$queryRaw<FeedbackRow[]>`
      SELECT variant_id,
             count(csat) AS csat_n, sum(csat) AS csat_sum, sum(csat * csat) AS csat_ss,
             count(*) FILTER (WHERE csat >= 4) AS csat_satisfied,
             count(nps) AS nps_n,
             count(*) FILTER (WHERE nps >= 9) AS promoters,
             count(*) FILTER (WHERE nps IN (7, 8)) AS passives,
             count(*) FILTER (WHERE nps <= 6) AS detractors,
             count(ces) AS ces_n, sum(ces) AS ces_sum, sum(ces * ces) AS ces_ss,
             count(comment) AS comments
      FROM feedback WHERE pilot_id = ${pilotId} AND source = 'CUSTOMER'
      GROUP BY variant_id`,
    db.$queryRaw<{ variant_id: string; n: bigint | number }[]>`
      SELECT variant_id, count(*) AS n FROM assignments WHERE pilot_id = ${pilotId} GROUP BY variant_id`,
    db.$queryRaw<{ variant_id: string; n: bigint | number }[]>`
      SELECT variant_id, count(*) AS n FROM exposures WHERE pilot_id = ${pilotId} GROUP BY variant_id`,
  ]);
  const out = new Map<string, VariantSufficientStats>();
  const get = (variantId: string) => {
    let stats = out.get(variantId);
    if (!stats) {
      stats = emptyStats(variantId);
      out.set(variantId, stats);
    }
    return stats;
  };
  for (const row of assignments) get(row.variant_id).participants = num(row.n);
  for (const row of exposures) get(row.variant_id).exposures = num(row.n);
  for (const row of feedback) {
    const stats = get(row.variant_id);
    stats.csat = {
      n: num(row.csat_n),
      sum: num(row.csat_sum),
      sumSquares: num(row.csat_ss),
      satisfied: num(row.csat_satisfied),
    };
    stats.nps = {
      n: num(row.nps_n),
      promoters: num(row.promoters),
      passives: num(row.passives),
      detractors: num(row.detractors),
    };
    stats.ces = { n: num(row.ces_n), sum: num(row.ces_sum), sumSquares: num(row.ces_ss) };
    stats.comments = num(row.comments);
  }
  return out;
}
