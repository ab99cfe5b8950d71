import type { Db } from "../../db/create-db.js";

/**
 * The results rollup (docs/adr/0023): result_rollups holds sufficient statistics per pilot × variant × UTC day up to
 * a per-pilot watermark; the SQL functions of migration 20261202020000 move the watermark (result_rollup_step), count
 * what lies above it (result_rollup_pending) and read rollup plus fresh rows in one snapshot (result_rollup_daily).
 * Every step is its own short transaction: on PGlite the server's other requests run between steps.
 */

/** Rows per source table in the first step of a catch-up; later steps grow or shrink toward STEP_TARGET_MS. */
export const FIRST_STEP_ROWS = 500;
export const MAX_STEP_ROWS = 200_000;
/** How long one step may hold the (embedded) database, roughly. */
export const STEP_TARGET_MS = 40;
/** Fewer rows per step would spend the step on its fixed cost (planning, the watermark row). */
export const MIN_STEP_ROWS = 200;
/**
 * A read catches up first when this many rows lie above the watermark in one source table (adding up a fresh
 * delta this small costs about one step).
 */
export const READ_DELTA_ROWS = 2_000;

/**
 * Rolls up at most `limit` rows of each source table of one pilot. Returns the rows rolled up, or null when another
 * session is rolling up this pilot and `wait` is false.
 */
export async function rollUpStep(db: Db, pilotId: string, limit: number, wait: boolean): Promise<number | null> {
  const [row] = await db.$queryRaw<{ n: number }[]>`SELECT result_rollup_step(${pilotId}, ${limit}::int, ${wait}) AS n`;
  const n = Number(row?.n ?? 0);
  return n < 0 ? null : n;
}

/** Rows of the pilot above its watermark, counted up to `cap` per source table. */
export async function pendingRows(db: Db, pilotId: string, cap: number): Promise<number> {
  const [row] = await db.$queryRaw<{ n: bigint | number }[]>`
    SELECT result_rollup_pending(${pilotId}, ${cap}::int) AS n`;
  return Number(row?.n ?? 0);
}

/** Pilots with at least one row above their watermark. */
export async function pilotsBehind(db: Db): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM pilots WHERE status <> 'DRAFT' AND result_rollup_pending(id, 1) > 0 ORDER BY id`;
  return rows.map((r) => r.id);
}

export type CatchUpOptions = {
  /** Wait for a session already rolling up this pilot (the read path) or skip the pilot (the job). */
  wait?: boolean;
  /** Give up after this long (the job shares its runner with other jobs); the next run continues. */
  budgetMs?: number;
};

export type CatchUpResult = { rows: number; steps: number; done: boolean };

export const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Rolls a pilot up in steps of about STEP_TARGET_MS (starting small, since a step's cost per row varies tenfold with
 * the machine's load), yielding to the event loop between steps so that on the embedded PGlite (which runs on this
 * thread) other requests are answered in between. Done when a step takes fewer rows than it could: what is left
 * arrived meanwhile or belongs to transactions still running. With a client each step commits on its own; with a
 * transaction the steps are part of it.
 */
export async function catchUpPilot(db: Db, pilotId: string, options: CatchUpOptions = {}): Promise<CatchUpResult> {
  const wait = options.wait ?? true;
  const started = Date.now();
  let limit = FIRST_STEP_ROWS;
  let rows = 0;
  let steps = 0;
  for (;;) {
    // PGlite's queries run on this thread and chain as microtasks: yield before each step, so that requests waiting
    // on I/O are served between steps, not only after the whole catch-up.
    await nextTick();
    const stepStart = Date.now();
    const n = await rollUpStep(db, pilotId, limit, wait);
    steps++;
    if (n === null) return { rows, steps, done: false };
    rows += n;
    // Each source table took fewer rows than `limit`: it took all it could.
    if (n < limit) return { rows, steps, done: true };
    const elapsed = Date.now() - stepStart;
    if (elapsed < STEP_TARGET_MS / 2) limit = Math.min(MAX_STEP_ROWS, limit * 2);
    else if (elapsed > STEP_TARGET_MS * 2) limit = Math.max(MIN_STEP_ROWS, Math.floor(limit / 2));
    if (options.budgetMs !== undefined && Date.now() - started > options.budgetMs) return { rows, steps, done: false };
  }
}
