import type { Db } from "../../db/create-db.js";
import { catchUpPilot, nextTick, pendingRows, READ_DELTA_ROWS } from "./results-rollup.repository.js";

/**
 * Per-variant sufficient statistics: the only interface between storage and experiments/ (STYLE.md rule 8).
 * Read from the results rollup plus the rows above its watermark, in one snapshot, so they are exact and current
 * without scanning the responses (docs/adr/0023).
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

/** One UTC day of one arm: what arrived that day (participants by assignment time, responses by answer time). */
export type DailyVariantStats = VariantSufficientStats & { day: string };

type StatsRow = {
  variant_id: string;
  day?: string;
  participants: bigint | number;
  exposures: bigint | number;
  csat_n: bigint | number;
  csat_sum: bigint | number;
  csat_squares: bigint | number;
  csat_satisfied: bigint | number;
  nps_n: bigint | number;
  nps_promoters: bigint | number;
  nps_passives: bigint | number;
  nps_detractors: bigint | number;
  ces_n: bigint | number;
  ces_sum: bigint | number;
  ces_squares: bigint | number;
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

const fromRow = (row: StatsRow): VariantSufficientStats => ({
  variantId: row.variant_id,
  participants: num(row.participants),
  exposures: num(row.exposures),
  csat: {
    n: num(row.csat_n),
    sum: num(row.csat_sum),
    sumSquares: num(row.csat_squares),
    satisfied: num(row.csat_satisfied),
  },
  nps: {
    n: num(row.nps_n),
    promoters: num(row.nps_promoters),
    passives: num(row.nps_passives),
    detractors: num(row.nps_detractors),
  },
  ces: { n: num(row.ces_n), sum: num(row.ces_sum), sumSquares: num(row.ces_squares) },
  comments: num(row.comments),
});

/**
 * When many rows lie above the watermark (the job is behind, or a bulk import just landed), roll them up first in
 * short steps, so that the read itself stays small and on PGlite other requests are answered in between. Called with
 * a transaction (a promotion), the steps become part of it and hold the pilot's watermark until it ends.
 */
async function catchUpIfBehind(db: Db, pilotId: string): Promise<void> {
  if ((await pendingRows(db, pilotId, READ_DELTA_ROWS)) < READ_DELTA_ROWS) return;
  await catchUpPilot(db, pilotId);
  await nextTick();
}

export async function variantSufficientStats(db: Db, pilotId: string): Promise<Map<string, VariantSufficientStats>> {
  await catchUpIfBehind(db, pilotId);
  const rows = await db.$queryRaw<StatsRow[]>`
    SELECT variant_id, sum(participants) AS participants, sum(exposures) AS exposures, sum(csat_n) AS csat_n,
           sum(csat_sum) AS csat_sum, sum(csat_squares) AS csat_squares, sum(csat_satisfied) AS csat_satisfied,
           sum(nps_n) AS nps_n, sum(nps_promoters) AS nps_promoters, sum(nps_passives) AS nps_passives,
           sum(nps_detractors) AS nps_detractors, sum(ces_n) AS ces_n, sum(ces_sum) AS ces_sum,
           sum(ces_squares) AS ces_squares, sum(comments) AS comments
    FROM result_rollup_daily(${pilotId}) GROUP BY variant_id ORDER BY variant_id`;
  return new Map(rows.map((row) => [row.variant_id, fromRow(row)]));
}

/**
 * Per UTC day and arm, what arrived that day (exact and current, like variantSufficientStats), ordered by day then
 * variant id. Days without anything are absent. `cumulativeDailyStats` turns it into running totals for a time series.
 */
export async function dailyVariantStats(db: Db, pilotId: string): Promise<DailyVariantStats[]> {
  await catchUpIfBehind(db, pilotId);
  const rows = await db.$queryRaw<(StatsRow & { day: string })[]>`
    SELECT variant_id, to_char(day, 'YYYY-MM-DD') AS day, participants, exposures, csat_n, csat_sum, csat_squares,
           csat_satisfied, nps_n, nps_promoters, nps_passives, nps_detractors, ces_n, ces_sum, ces_squares, comments
    FROM result_rollup_daily(${pilotId}) ORDER BY day, variant_id`;
  return rows.map((row) => ({ ...fromRow(row), day: row.day }));
}

/**
 * Running totals of daily statistics: for every day present, each arm seen so far with everything up to and
 * including that day (an arm with nothing new that day repeats its totals). Pure.
 */
export function cumulativeDailyStats(daily: readonly DailyVariantStats[]): DailyVariantStats[] {
  const totals = new Map<string, VariantSufficientStats>();
  const days = [...new Set(daily.map((d) => d.day))].sort();
  const out: DailyVariantStats[] = [];
  for (const day of days) {
    for (const d of daily) {
      if (d.day !== day) continue;
      totals.set(d.variantId, addStats(totals.get(d.variantId) ?? emptyStats(d.variantId), d));
    }
    for (const [variantId, stats] of [...totals].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      out.push({ ...stats, variantId, day });
    }
  }
  return out;
}

/** The statistics of two disjoint sets of an arm's data together. */
export function addStats(a: VariantSufficientStats, b: VariantSufficientStats): VariantSufficientStats {
  return {
    variantId: a.variantId,
    participants: a.participants + b.participants,
    exposures: a.exposures + b.exposures,
    csat: {
      n: a.csat.n + b.csat.n,
      sum: a.csat.sum + b.csat.sum,
      sumSquares: a.csat.sumSquares + b.csat.sumSquares,
      satisfied: a.csat.satisfied + b.csat.satisfied,
    },
    nps: {
      n: a.nps.n + b.nps.n,
      promoters: a.nps.promoters + b.nps.promoters,
      passives: a.nps.passives + b.nps.passives,
      detractors: a.nps.detractors + b.nps.detractors,
    },
    ces: { n: a.ces.n + b.ces.n, sum: a.ces.sum + b.ces.sum, sumSquares: a.ces.sumSquares + b.ces.sumSquares },
    comments: a.comments + b.comments,
  };
}
