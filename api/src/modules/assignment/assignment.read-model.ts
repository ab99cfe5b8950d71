import type { SqlRunner } from "../../db/sql-runner.js";

export type Arm = { pilotId: string; variantId: string; assignmentId: string };
export type TicketParties = {
  ticketId: string;
  customerId: string | null;
  agentId: string | null;
  openedAt: Date | null;
};

/**
 * The pilot arm that applied to each helpdesk ticket when it was created, in one statement for many tickets: the
 * assignment a `policyFor` call for that ticket was answered with (its exposure carries the ticket id); otherwise the
 * stored assignment of the pilot's unit — the customer, or the agent when the pilot assigns agents — in a pilot that
 * was running at that time (the most recently started one if several policies' pilots apply). Null where none did.
 */
export async function armsForTickets(sql: SqlRunner, tickets: TicketParties[]): Promise<(Arm | null)[]> {
  if (tickets.length === 0) return [];
  const rows = await sql.query<Arm & { idx: string | number }>(
    `SELECT t.idx, arm."pilotId", arm."variantId", arm."assignmentId"
     FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[]) WITH ORDINALITY
          AS t(ticket_id, customer_id, agent_id, opened_at, idx)
     CROSS JOIN LATERAL (
       (SELECT e.pilot_id AS "pilotId", e.variant_id AS "variantId", e.assignment_id AS "assignmentId", 0 AS rank
        FROM exposures e
        WHERE e.ticket_external_id = t.ticket_id AND (t.customer_id IS NULL OR e.customer_external_id = t.customer_id)
        ORDER BY e.occurred_at ASC LIMIT 1)
       UNION ALL
       (SELECT a.pilot_id, a.variant_id, a.id, 1
        FROM assignments a
        JOIN participants p ON p.id = a.participant_id
        JOIN pilots pl ON pl.id = a.pilot_id
        WHERE pl.started_at IS NOT NULL AND pl.started_at <= t.opened_at
          AND (pl.concluded_at IS NULL OR pl.concluded_at > t.opened_at)
          AND ((pl.unit = 'CUSTOMER' AND p.kind = 'CUSTOMER' AND p.external_id = t.customer_id)
            OR (pl.unit = 'AGENT' AND p.kind = 'AGENT' AND p.external_id = t.agent_id))
        ORDER BY pl.started_at DESC LIMIT 1)
       ORDER BY rank LIMIT 1) AS arm`,
    [
      tickets.map((t) => t.ticketId),
      tickets.map((t) => t.customerId),
      tickets.map((t) => t.agentId),
      tickets.map((t) => (t.openedAt ?? new Date()).toISOString()),
    ],
  );
  const out: (Arm | null)[] = tickets.map(() => null);
  for (const r of rows)
    out[Number(r.idx) - 1] = { pilotId: r.pilotId, variantId: r.variantId, assignmentId: r.assignmentId };
  return out;
}

/**
 * Consistency violations of a pilot: customers who were served under more than one of its variants (their exposures
 * name two arms). Only AGENT pilots can have them — a customer served by agents of different arms; in CUSTOMER pilots
 * the customer's own sticky assignment decides, so the count stays 0.
 */
export async function consistencyViolations(sql: SqlRunner, pilotId: string): Promise<number> {
  const rows = await sql.query<{ n: string | number }>(
    `SELECT count(*) AS n FROM (
       SELECT customer_external_id FROM exposures
       WHERE pilot_id = $1 AND customer_external_id IS NOT NULL
       GROUP BY customer_external_id HAVING count(DISTINCT variant_id) > 1) AS served_twice`,
    [pilotId],
  );
  return Number(rows[0]?.n ?? 0);
}
