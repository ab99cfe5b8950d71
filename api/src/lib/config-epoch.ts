import type { ClusterSignals } from "./cluster-signals.js";

/**
 * A counter bumped by every write that changes what `policyFor` answers (publishing, pilot state or weights).
 * The assignment cache compares epochs instead of asking the database on each request. A bump is broadcast to the
 * other instances (cluster signals: PostgreSQL NOTIFY, docs/adr/0031), which bump their own counter on receipt;
 * the cache's time-to-live (assignment.service.ts) only bounds staleness when signals cannot be delivered.
 */
export type ConfigEpoch = { current: () => number; bump: () => void };

export function createConfigEpoch(signals?: ClusterSignals): ConfigEpoch {
  let epoch = 0;
  signals?.subscribe((signal) => {
    if (signal.kind === "config") epoch += 1;
  });
  signals?.onGap(() => {
    epoch += 1;
  });
  return {
    current: () => epoch,
    bump: () => {
      if (signals) signals.publish({ kind: "config" });
      else epoch += 1;
    },
  };
}
