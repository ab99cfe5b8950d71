import type { GqlClient } from "./graphql.js";
import { runOk } from "./operations.js";

export type Rating = { csat?: number | null; nps?: number | null; ces?: number | null };

/**
 * Enrols customers through policyFor until every arm has as many as it has ratings, then answers each arm's
 * ratings through submitFeedback (the write path the helpdesk uses). Customers enrolled beyond an arm's ratings stay
 * participants without an answer. Returns the participants per arm.
 */
export async function fillArms(
  helpdesk: GqlClient,
  policy: string,
  ratings: Record<string, Rating[]>,
  options: { prefix?: string; batch?: number; maxCustomers?: number } = {},
): Promise<Record<string, string[]>> {
  const prefix = options.prefix ?? policy;
  const batch = options.batch ?? 10;
  const assigned: Record<string, string[]> = Object.fromEntries(Object.keys(ratings).map((k) => [k, []]));
  const full = () => Object.entries(ratings).every(([k, list]) => (assigned[k]?.length ?? 0) >= list.length);
  let next = 0;
  while (!full()) {
    if (next > (options.maxCustomers ?? 20_000)) throw new Error("fillArms: too many customers without filling arms");
    const answers = await Promise.all(
      Array.from({ length: batch }, (_, i) =>
        runOk(helpdesk, "policyFor", {
          policy,
          customerId: `${prefix}-${next + i}`,
          ticketId: `${prefix}-t-${next + i}`,
        }),
      ),
    );
    next += batch;
    for (const a of answers) assigned[a.variantKey]?.push(a.assignmentId);
  }
  const jobs: (() => Promise<unknown>)[] = [];
  for (const [arm, list] of Object.entries(ratings)) {
    list.forEach((rating, i) => {
      const assignmentId = assigned[arm]![i]!;
      jobs.push(() =>
        runOk(helpdesk, "submitFeedback", { assignmentId, ...rating, idempotencyKey: `${prefix}-${arm}-${i}` }),
      );
    });
  }
  for (let i = 0; i < jobs.length; i += batch) await Promise.all(jobs.slice(i, i + batch).map((job) => job()));
  return assigned;
}

/** Ratings with `counts[v - 1]` answers of value v (v = 1…), shuffled deterministically. */
export function ratingsFrom(counts: number[], field: keyof Rating = "csat", offset = 1): Rating[] {
  const out: Rating[] = [];
  counts.forEach((c, i) => {
    for (let k = 0; k < c; k++) out.push({ [field]: i + offset });
  });
  // A fixed interleaving so that arms fill in a realistic order.
  return out
    .map((r, i) => ({ r, key: (i * 7919) % out.length }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.r);
}
