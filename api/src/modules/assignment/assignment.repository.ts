import type { Db } from "../../db/create-db.js";
import type { SqlRunner } from "../../db/sql-runner.js";
import { newId } from "../../lib/ids.js";

export function loadPolicyWithActivePilot(db: Db, policyRef: string) {
  return db.policy.findFirst({
    where: { OR: [{ id: policyRef }, { key: policyRef }] },
    select: {
      id: true,
      key: true,
      name: true,
      versions: { where: { status: "PUBLISHED" }, take: 1 },
      pilots: {
        where: { status: { in: ["RUNNING", "PAUSED"] } },
        take: 1,
        include: { variants: { orderBy: { position: "asc" }, include: { policyVersion: true } } },
      },
    },
  });
}

type Unit = { pilotId: string; kind: "CUSTOMER" | "AGENT"; externalId: string };
type ExposureInput = { customerId: string | null; agentId: string | null; ticketId: string | null; at: Date };
export type StoredAssignment = { id: string; variant_id: string; withdrawn_at?: Date | string | null };

/**
 * Known participant, one round trip: finds the stored assignment and records the exposure in the same statement.
 * The exposure is written only while the pilot is RUNNING (database-level guard).
 */
export async function exposeKnown(
  sql: SqlRunner,
  unit: Unit,
  exposure: ExposureInput,
): Promise<StoredAssignment | null> {
  const rows = await sql.query<StoredAssignment>(
    `WITH found AS (
       SELECT a.id, a.variant_id, a.withdrawn_at FROM assignments a JOIN participants p ON p.id = a.participant_id
       WHERE a.pilot_id = $1 AND p.kind = $2::"ParticipantKind" AND p.external_id = $3),
     exposed AS (
       INSERT INTO exposures (id, pilot_id, variant_id, assignment_id, customer_external_id, agent_external_id, ticket_external_id, occurred_at)
       SELECT $4, $1, found.variant_id, found.id, $5, $6, $7, $8 FROM found
       WHERE found.withdrawn_at IS NULL AND EXISTS (SELECT 1 FROM pilots WHERE id = $1 AND status = 'RUNNING')
       RETURNING 1)
     SELECT id, variant_id, withdrawn_at FROM found`,
    [
      unit.pilotId,
      unit.kind,
      unit.externalId,
      newId("exposure"),
      exposure.customerId,
      exposure.agentId,
      exposure.ticketId,
      exposure.at.toISOString(),
    ],
  );
  return rows[0] ?? null;
}

/**
 * New participant, one round trip: upserts the participant (attributes merged over stored ones), stores the
 * assignment unless one exists (first writer wins: unique pilot + participant), and records the exposure against
 * whichever assignment stands. Nothing is written unless the pilot is RUNNING. Returns null when the pilot is not
 * running, or when a concurrent first ask committed in between (the caller then reads it with exposeKnown).
 */
export async function assignAndExpose(
  sql: SqlRunner,
  unit: Unit & { attributes: Record<string, unknown>; variantId: string; bucket: number; requireConsent?: boolean },
  exposure: ExposureInput,
): Promise<StoredAssignment | null> {
  const rows = await sql.query<StoredAssignment>(
    `WITH running AS (
       SELECT 1 FROM pilots WHERE id = $1 AND status = 'RUNNING'
         -- Consent-required pilots randomize only customers who accepted; FOR SHARE waits for an opt-out in progress.
         AND (NOT $14::boolean OR EXISTS (
           SELECT 1 FROM consents c JOIN participants cp ON cp.id = c.participant_id
           WHERE c.pilot_id = $1 AND cp.kind = 'CUSTOMER' AND cp.external_id = $3 AND c.status = 'ACCEPTED'
           FOR SHARE OF c))),
     participant AS (
       INSERT INTO participants (id, kind, external_id, attributes)
       SELECT $4, $2::"ParticipantKind", $3, $5::jsonb FROM running
       ON CONFLICT (kind, external_id) DO UPDATE SET attributes = participants.attributes || EXCLUDED.attributes
       RETURNING id),
     inserted AS (
       INSERT INTO assignments (id, pilot_id, participant_id, variant_id, bucket, assigned_at)
       SELECT $6, $1, participant.id, $7, $8, $9 FROM participant
       ON CONFLICT (pilot_id, participant_id) DO NOTHING
       RETURNING id, variant_id),
     earlier AS (
       SELECT a.id, a.variant_id FROM assignments a JOIN participant ON a.participant_id = participant.id
       WHERE a.pilot_id = $1),
     chosen AS (SELECT id, variant_id FROM inserted UNION ALL SELECT id, variant_id FROM earlier LIMIT 1),
     exposed AS (
       INSERT INTO exposures (id, pilot_id, variant_id, assignment_id, customer_external_id, agent_external_id, ticket_external_id, occurred_at)
       SELECT $10, $1, chosen.variant_id, chosen.id, $11, $12, $13, $9 FROM chosen
       RETURNING 1)
     SELECT id, variant_id FROM chosen`,
    [
      unit.pilotId,
      unit.kind,
      unit.externalId,
      newId("participant"),
      JSON.stringify(unit.attributes),
      newId("assignment"),
      unit.variantId,
      unit.bucket,
      exposure.at.toISOString(),
      newId("exposure"),
      exposure.customerId,
      exposure.agentId,
      exposure.ticketId,
      unit.requireConsent ?? false,
    ],
  );
  return rows[0] ?? null;
}
