import type { Logger } from "../logger.js";
import { type JobData, type JobHandler, type JobQueue, RETRY_DELAYS_MS } from "./job-queue.js";

type Job = { queue: string; data: JobData; attempt: number };

/**
 * The embedded default's runner: jobs in memory, run one at a time (PGlite is one connection on this thread),
 * retried with backoff. Durability comes from the rows the jobs name and the sweep that runs at start and every
 * minute (docs/adr/0014).
 */
export function createInProcessQueue(logger: Logger, options: { retryDelaysMs?: readonly number[] } = {}): JobQueue {
  const retryDelays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  const handlers = new Map<string, JobHandler>();
  const periodic: { name: string; handler: () => Promise<void> }[] = [];
  const ready: Job[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let running = 0;
  let started = false;
  let stopping = false;
  let idleWaiters: (() => void)[] = [];
  let ticker: NodeJS.Timeout | null = null;

  const notifyIdle = () => {
    if (running === 0 && ready.length === 0 && timers.size === 0) {
      for (const done of idleWaiters) done();
      idleWaiters = [];
    }
  };

  async function pump() {
    if (!started || stopping || running > 0) return;
    const job = ready.shift();
    if (!job) return notifyIdle();
    running++;
    try {
      const handler = handlers.get(job.queue);
      if (!handler) throw new Error(`No handler for queue ${job.queue}`);
      await handler(job.data);
    } catch (error) {
      const delay = retryDelays[job.attempt];
      if (delay !== undefined && !stopping) {
        const timer = setTimeout(() => {
          timers.delete(timer);
          ready.push({ ...job, attempt: job.attempt + 1 });
          void pump();
        }, delay);
        timer.unref();
        timers.add(timer);
      } else {
        logger.error("A background job failed for good", { queue: job.queue, error: String(error) });
      }
    } finally {
      running--;
    }
    setImmediate(() => void pump());
  }

  return {
    kind: "in-process",
    register: (queue, handler) => void handlers.set(queue, handler),
    registerPeriodic: (name, handler) => void periodic.push({ name, handler }),
    send(queue, data) {
      ready.push({ queue, data, attempt: 0 });
      void pump();
    },
    async start() {
      started = true;
      const runPeriodic = async () => {
        for (const job of periodic) {
          try {
            await job.handler();
          } catch (error) {
            logger.error("A periodic job failed", { job: job.name, error: String(error) });
          }
        }
      };
      await runPeriodic();
      ticker = setInterval(() => void runPeriodic(), 60_000);
      ticker.unref();
      void pump();
    },
    async stop() {
      stopping = true;
      if (ticker) clearInterval(ticker);
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      ready.length = 0;
      while (running > 0) await new Promise((r) => setTimeout(r, 10));
      notifyIdle();
    },
    depth: async () => ready.length + running + timers.size,
    idle: () =>
      new Promise<void>((done) => {
        idleWaiters.push(done);
        notifyIdle();
      }),
  };
}
