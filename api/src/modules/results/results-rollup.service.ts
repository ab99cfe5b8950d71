import type { Db } from "../../db/create-db.js";
import type { JobQueue } from "../../lib/jobs/job-queue.js";
import type { Logger } from "../../lib/logger.js";
import { type CatchUpResult, catchUpPilot, pilotsBehind } from "./results-rollup.repository.js";

export const RESULTS_ROLLUP_QUEUE = "results-rollup";
/** One run of the job gives the runner back after about this long (other jobs share the in-process runner). */
export const ROLLUP_JOB_BUDGET_MS = 2_000;

export type ResultsRollupServiceDeps = { db: Db; jobs: JobQueue; logger: Logger };

/**
 * The results rollup job (docs/adr/0023): every minute (and again at once while a run ran out of time) it rolls up
 * every pilot with rows above its watermark, in short steps. Reads never wait for it: they add the fresh rows, and
 * catch a pilot up themselves when it is far behind.
 */
export function createResultsRollupService({ db, jobs, logger }: ResultsRollupServiceDeps) {
  /** Rolls up what may be rolled up now; pilots another instance is rolling up are skipped. */
  async function rollUpAll(options: { budgetMs?: number } = {}): Promise<{ rows: number; done: boolean }> {
    const started = Date.now();
    let rows = 0;
    let done = true;
    for (const pilotId of await pilotsBehind(db)) {
      const left = options.budgetMs === undefined ? undefined : options.budgetMs - (Date.now() - started);
      if (left !== undefined && left <= 0) return { rows, done: false };
      const result = await catchUpPilot(db, pilotId, {
        wait: false,
        ...(left === undefined ? {} : { budgetMs: left }),
      });
      rows += result.rows;
      done &&= result.done;
    }
    return { rows, done };
  }

  /** Catches one pilot up, waiting for another session rolling it up (tests, the bench, tools). */
  const catchUp = (pilotId: string): Promise<CatchUpResult> => catchUpPilot(db, pilotId, { wait: true });

  async function run() {
    const result = await rollUpAll({ budgetMs: ROLLUP_JOB_BUDGET_MS });
    if (result.rows > 0) logger.debug("Results rolled up", { rows: result.rows });
    if (!result.done) return jobs.send(RESULTS_ROLLUP_QUEUE, {});
    // Every step rewrites its pilot's day rows: without VACUUM the dead versions pile up and reads slow down (a
    // 122-row rollup read 100–165 ms with 94 k dead versions, 3–8 ms after). PGlite has no autovacuum at all.
    await db.$executeRawUnsafe("VACUUM result_rollups, result_rollup_state");
  }

  jobs.register(RESULTS_ROLLUP_QUEUE, run);
  jobs.registerPeriodic("results-rollup-tick", async () => jobs.send(RESULTS_ROLLUP_QUEUE, {}));

  return { rollUpAll, catchUp };
}

export type ResultsRollupService = ReturnType<typeof createResultsRollupService>;
