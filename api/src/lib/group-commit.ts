/**
 * Group commit (docs/adr/0025): callers submit one item each and wait; items that arrive while earlier batches are
 * being written are written together by one `flush` (one statement, one transaction, one commit), and each caller
 * gets its own result once that batch has committed. Under load a batch holds everything that arrived during the
 * previous round trip, so the number of commits per second stays near the number of round trips the database can
 * do, whatever the request rate.
 */
export type GroupCommit<I, O> = {
  submit: (item: I) => Promise<O>;
  /** Resolves when nothing is queued or being written. */
  idle: () => Promise<void>;
};

export type GroupCommitOptions = {
  /** Most items in one flush. */
  maxBatch: number;
  /** Most flushes under way at once (each holds a connection). */
  maxInFlight: number;
  /** Whether a failed flush may be retried as it is (e.g. a deadlock or serialization failure). */
  isRetryable?: (error: unknown) => boolean;
  maxRetries?: number;
};

type Pending<I, O> = { item: I; resolve: (value: O) => void; reject: (error: unknown) => void };

/**
 * `flush(items)` must return one result per item, in order, and be all-or-nothing (one statement or transaction).
 * When a batch of several fails for a reason that is not retryable, its items are written again one at a time, so
 * that one bad item (say, a byte PostgreSQL refuses) fails only its own caller.
 */
export function createGroupCommit<I, O>(
  flush: (items: I[]) => Promise<O[]>,
  { maxBatch, maxInFlight, isRetryable = () => false, maxRetries = 3 }: GroupCommitOptions,
): GroupCommit<I, O> {
  const queue: Pending<I, O>[] = [];
  let inFlight = 0;
  let scheduled = false;
  let idleWaiters: (() => void)[] = [];

  async function flushWithRetry(items: I[]): Promise<O[]> {
    for (let attempt = 0; ; attempt++) {
      try {
        const results = await flush(items);
        if (results.length !== items.length)
          throw new Error(`group commit: flush returned ${results.length} results for ${items.length} items`);
        return results;
      } catch (error) {
        if (attempt >= maxRetries || !isRetryable(error)) throw error;
      }
    }
  }

  async function run(batch: Pending<I, O>[]): Promise<void> {
    try {
      const results = await flushWithRetry(batch.map((p) => p.item));
      batch.forEach((p, i) => {
        p.resolve(results[i] as O);
      });
    } catch (error) {
      if (batch.length === 1) {
        batch[0]?.reject(error);
        return;
      }
      // Isolate the failure: each item on its own.
      await Promise.all(
        batch.map(async (p) => {
          try {
            const [result] = await flushWithRetry([p.item]);
            p.resolve(result as O);
          } catch (own) {
            p.reject(own);
          }
        }),
      );
    }
  }

  function drain() {
    scheduled = false;
    while (inFlight < maxInFlight && queue.length > 0) {
      const batch = queue.splice(0, maxBatch);
      inFlight++;
      void run(batch).finally(() => {
        inFlight--;
        if (queue.length > 0) schedule();
        else if (inFlight === 0) {
          const waiters = idleWaiters;
          idleWaiters = [];
          for (const w of waiters) w();
        }
      });
    }
  }

  function schedule() {
    if (scheduled) return;
    scheduled = true;
    // After the current I/O phase: every request parsed in this turn of the event loop joins the batch.
    setImmediate(drain);
  }

  return {
    submit: (item) =>
      new Promise<O>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        schedule();
      }),
    idle: () =>
      queue.length === 0 && inFlight === 0 ? Promise.resolve() : new Promise((done) => idleWaiters.push(done)),
  };
}

/** PostgreSQL's deadlock and serialization failures: the statement was rolled back whole and may be run again. */
export function isRetryableSqlError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === "40P01" || code === "40001";
}
