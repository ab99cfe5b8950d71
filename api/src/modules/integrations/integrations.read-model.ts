import type { Db } from "../../db/create-db.js";

export type IntegrationHealth = {
  /** Events stored per hour over the last 24 hours (oldest first; hours without events are 0). */
  eventsPerHour: { hour: Date; count: number }[];
  eventsLast24h: number;
  replaysLast24h: number;
  unknownTypesLast24h: number;
  rejectedLast24h: { reason: string; count: number }[];
  lastEventAt: Date | null;
  pendingEvents: number;
  failedEvents: number;
  /** Median and largest seconds from receipt to processing over the last hour's processed events. */
  processingLagSeconds: { median: number | null; max: number | null };
  oldestPendingSeconds: number | null;
};

const REJECTED = ["BAD_SIGNATURE", "STALE_TIMESTAMP", "MALFORMED", "TOO_LARGE", "DISABLED"];

/** Integration health for the console: what arrived, what was refused and why, and how far processing lags. */
export async function integrationHealth(db: Db, integrationId: string, now: Date): Promise<IntegrationHealth> {
  const since = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000 - 23 * 3_600_000);
  const [hours, counters, stats, lag] = await Promise.all([
    db.$queryRaw<{ hour: Date; count: bigint }[]>`
      SELECT date_trunc('hour', received_at) AS hour, count(*) AS count FROM webhook_events
      WHERE integration_id = ${integrationId} AND received_at >= ${since} GROUP BY 1 ORDER BY 1`,
    db.$queryRaw<{ outcome: string; count: bigint }[]>`
      SELECT outcome, sum(count)::bigint AS count FROM webhook_counters
      WHERE integration_id = ${integrationId} AND hour >= ${since} GROUP BY outcome`,
    db.$queryRaw<{ last: Date | null; pending: bigint; failed: bigint; oldest_pending: Date | null }[]>`
      SELECT max(received_at) AS last, count(*) FILTER (WHERE status = 'PENDING') AS pending,
             count(*) FILTER (WHERE status = 'FAILED') AS failed,
             min(received_at) FILTER (WHERE status = 'PENDING') AS oldest_pending
      FROM webhook_events WHERE integration_id = ${integrationId}`,
    db.$queryRaw<{ median: number | null; max: number | null }[]>`
      SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM processed_at - received_at))::float8 AS median,
             max(extract(epoch FROM processed_at - received_at))::float8 AS max
      FROM webhook_events WHERE integration_id = ${integrationId} AND processed_at >= ${new Date(now.getTime() - 3_600_000)}`,
  ]);
  const byHour = new Map(hours.map((h) => [new Date(h.hour).getTime(), Number(h.count)]));
  const eventsPerHour = Array.from({ length: 24 }, (_, i) => {
    const hour = new Date(since.getTime() + i * 3_600_000);
    return { hour, count: byHour.get(hour.getTime()) ?? 0 };
  });
  const counted = new Map(counters.map((c) => [c.outcome, Number(c.count)]));
  const s = stats[0];
  return {
    eventsPerHour,
    eventsLast24h: eventsPerHour.reduce((sum, h) => sum + h.count, 0),
    replaysLast24h: counted.get("REPLAY") ?? 0,
    unknownTypesLast24h: counted.get("UNKNOWN_TYPE") ?? 0,
    rejectedLast24h: REJECTED.map((reason) => ({ reason, count: counted.get(reason) ?? 0 })).filter((r) => r.count > 0),
    lastEventAt: s?.last ?? null,
    pendingEvents: Number(s?.pending ?? 0),
    failedEvents: Number(s?.failed ?? 0),
    processingLagSeconds: { median: lag[0]?.median ?? null, max: lag[0]?.max ?? null },
    oldestPendingSeconds: s?.oldest_pending
      ? Math.max(0, (now.getTime() - new Date(s.oldest_pending).getTime()) / 1000)
      : null,
  };
}
