import type { SqlRunner } from "../../db/sql-runner.js";

export type Arm = { pilotId: string; variantId: string; assignmentId: string };

/**
 * The pilot arm that applied to a helpdesk ticket when it was created, in one statement: the assignment a
 * `policyFor` call for that ticket was answered with (its exposure carries the ticket id); otherwise the stored
 * assignment of the pilot's unit — the customer, or the agent when the pilot assigns agents — in a pilot that was
 * running at that time (the most recently started one if several policies' pilots apply).
 */
export async function armForTicket(
  sql: SqlRunner,
  ticket: { ticketId: string; customerId: string | null; agentId: string | null; openedAt: Date | null },
): Promise<Arm | null> {
  const rows = await sql.query<Arm>(
    `(SELECT e.pilot_id AS "pilotId", e.variant_id AS "variantId", e.assignment_id AS "assignmentId", 0 AS rank,
             e.occurred_at AS at
      FROM exposures e
      WHERE e.ticket_external_id = $1 AND ($2::text IS NULL OR e.customer_external_id = $2::text)
      ORDER BY e.occurred_at ASC LIMIT 1)
     UNION ALL
     (SELECT a.pilot_id, a.variant_id, a.id, 1, pl.started_at
      FROM assignments a
      JOIN participants p ON p.id = a.participant_id
      JOIN pilots pl ON pl.id = a.pilot_id
      WHERE pl.started_at IS NOT NULL AND pl.started_at <= $4::timestamptz
        AND (pl.concluded_at IS NULL OR pl.concluded_at > $4::timestamptz)
        AND ((pl.unit = 'CUSTOMER' AND p.kind = 'CUSTOMER' AND p.external_id = $2::text)
          OR (pl.unit = 'AGENT' AND p.kind = 'AGENT' AND p.external_id = $3::text))
      ORDER BY pl.started_at DESC LIMIT 1)
     ORDER BY rank LIMIT 1`,
    [ticket.ticketId, ticket.customerId, ticket.agentId, (ticket.openedAt ?? new Date()).toISOString()],
  );
  const row = rows[0];
  return row ? { pilotId: row.pilotId, variantId: row.variantId, assignmentId: row.assignmentId } : null;
}
