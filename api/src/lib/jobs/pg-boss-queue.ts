import PgBoss from "pg-boss";
import type { Logger } from "../logger.js";
import { type JobData, type JobHandler, type JobQueue, RETRY_DELAYS_MS } from "./job-queue.js";

/**
 * PostgreSQL's runner: pg-boss (its own schema "pgboss", created and migrated by pg-boss at start). Sends are
 * batched (one INSERT per tick), handlers get pg-boss's retries with exponential backoff, and periodic jobs run
 * on one instance at a time (pg-boss cron).
 */
export function createPgBossQueue(
  url: string,
  logger: Logger,
  options: { pollingIntervalSeconds?: number } = {},
): JobQueue {
  const boss = new PgBoss({ connectionString: url, max: 3, schema: "pgboss", application_name: "policy-pilot-jobs" });
  boss.on("error", (error) => logger.error("pg-boss error", { error: String(error) }));
  const handlers = new Map<string, JobHandler>();
  const periodic = new Map<string, () => Promise<void>>();
  let batch: { name: string; data: JobData }[] = [];
  let flushing: Promise<void> | null = null;
  let inFlight = 0;

  async function flush() {
    while (batch.length) {
      const jobs = batch;
      batch = [];
      const byQueue = new Map<string, JobData[]>();
      for (const job of jobs) byQueue.set(job.name, [...(byQueue.get(job.name) ?? []), job.data]);
      for (const [name, list] of byQueue) {
        try {
          await boss.insert(list.map((data) => ({ name, data })));
        } catch (error) {
          logger.warn("Could not enqueue background jobs; the sweep will pick them up", {
            queue: name,
            error: String(error),
          });
        }
      }
    }
  }

  return {
    kind: "pg-boss",
    register: (queue, handler) => void handlers.set(queue, handler),
    registerPeriodic: (name, handler) => void periodic.set(name, handler),
    send(name, data) {
      batch.push({ name, data });
      flushing ??= new Promise<void>((done) => setImmediate(done)).then(flush).finally(() => {
        flushing = null;
      });
    },
    async start() {
      await boss.start();
      const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 0.5;
      for (const [name, handler] of handlers) {
        await boss.createQueue(name);
        await boss.work<JobData>(name, { batchSize: 20, pollingIntervalSeconds }, async (jobs) => {
          inFlight += jobs.length;
          try {
            // Each job on its own: a failing one is re-sent with its next delay, its neighbours are done.
            for (const job of jobs) {
              try {
                await handler(job.data);
              } catch (error) {
                const attempt = Number(job.data.attempt ?? 0);
                const delayMs = RETRY_DELAYS_MS[attempt];
                if (delayMs === undefined) {
                  logger.error("A background job failed for good", { queue: name, error: String(error) });
                  continue;
                }
                await boss.send(
                  name,
                  { ...job.data, attempt: String(attempt + 1) },
                  { startAfter: Math.ceil(delayMs / 1000) },
                );
              }
            }
          } finally {
            inFlight -= jobs.length;
          }
        });
      }
      for (const [name, handler] of periodic) {
        await boss.createQueue(name);
        await boss.schedule(name, "* * * * *");
        await boss.work(name, async () => handler());
      }
      // Run the periodic jobs once now, as the in-process runner does, so that a restart catches up at once.
      for (const handler of periodic.values())
        await handler().catch((error) => logger.error("A periodic job failed", { error: String(error) }));
    },
    async stop() {
      await flushing;
      await boss.stop({ graceful: true, timeout: 10_000, wait: true });
    },
    depth: async () => {
      let total = 0;
      for (const name of handlers.keys()) total += await boss.getQueueSize(name);
      return total + inFlight + batch.length;
    },
    async idle() {
      await flushing;
      for (;;) {
        let size = inFlight + batch.length;
        for (const name of handlers.keys()) size += await boss.getQueueSize(name, { before: "completed" });
        if (size === 0) return;
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}
