import type { Db } from "../../db/create-db.js";

export type Arm = { pilotId: string; variantId: string; assignmentId: string };

/**
 * The pilot arm that applied to a helpdesk ticket when it was created: the assignment a `policyFor` call for that
 * ticket was answered with (its exposure carries the ticket id); otherwise the stored assignment of the pilot's
 * unit — the customer, or the agent when the pilot assigns agents — in a pilot that was running at that time
 * (the most recently started one if several policies' pilots apply).
 */
export async function armForTicket(
  db: Db,
  ticket: { ticketId: string; customerId: string | null; agentId: string | null; openedAt: Date | null },
): Promise<Arm | null> {
  const exposed = await db.$queryRaw<Arm[]>`
    SELECT e.pilot_id AS "pilotId", e.variant_id AS "variantId", e.assignment_id AS "assignmentId"
    FROM exposures e
    WHERE e.ticket_external_id = ${ticket.ticketId}
      AND (${ticket.customerId}::text IS NULL OR e.customer_external_id = ${ticket.customerId}::text)
    ORDER BY e.occurred_at ASC LIMIT 1`;
  if (exposed[0]) return exposed[0];
  const at = ticket.openedAt ?? new Date();
  const rows = await db.$queryRaw<Arm[]>`
    SELECT a.pilot_id AS "pilotId", a.variant_id AS "variantId", a.id AS "assignmentId"
    FROM assignments a
    JOIN participants p ON p.id = a.participant_id
    JOIN pilots pl ON pl.id = a.pilot_id
    WHERE pl.started_at IS NOT NULL AND pl.started_at <= ${at}
      AND (pl.concluded_at IS NULL OR pl.concluded_at > ${at})
      AND ((pl.unit = 'CUSTOMER' AND p.kind = 'CUSTOMER' AND p.external_id = ${ticket.customerId}::text)
        OR (pl.unit = 'AGENT' AND p.kind = 'AGENT' AND p.external_id = ${ticket.agentId}::text))
    ORDER BY pl.started_at DESC LIMIT 1`;
  return rows[0] ?? null;
}
