/**
 * A counter bumped by every write that changes what `policyFor` answers (publishing, pilot state or weights).
 * The assignment cache compares epochs instead of asking the database on each request. Other instances of the
 * API notice such changes within the cache's time-to-live (see assignment.service.ts).
 */
export type ConfigEpoch = { current: () => number; bump: () => void };

export function createConfigEpoch(): ConfigEpoch {
  let epoch = 0;
  return {
    current: () => epoch,
    bump: () => {
      epoch += 1;
    },
  };
}
