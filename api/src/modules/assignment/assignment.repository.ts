import type { Db } from "../../db/create-db.js";
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

export async function findAssignment(db: Db, pilotId: string, kind: "CUSTOMER" | "AGENT", externalId: string) {
  const rows = await db.$queryRaw<{ id: string; variant_id: string }[]>`
    SELECT a.id, a.variant_id FROM assignments a JOIN participants p ON p.id = a.participant_id
    WHERE a.pilot_id = ${pilotId} AND p.kind = ${kind}::"ParticipantKind" AND p.external_id = ${externalId}`;
  return rows[0] ?? null;
}

/** Creates the participant if new; attributes given now are merged over stored ones. */
export async function upsertParticipant(
  db: Db,
  kind: "CUSTOMER" | "AGENT",
  externalId: string,
  attributes: Record<string, unknown>,
): Promise<string> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    INSERT INTO participants (id, kind, external_id, attributes)
    VALUES (${newId("participant")}, ${kind}::"ParticipantKind", ${externalId}, ${JSON.stringify(attributes)}::jsonb)
    ON CONFLICT (kind, external_id) DO UPDATE SET attributes = participants.attributes || EXCLUDED.attributes
    RETURNING id`;
  return rows[0]!.id;
}

/**
 * Stores the first assignment of a participant; a concurrent or repeated call keeps the first one (unique
 * pilot + participant). Writes nothing unless the pilot is RUNNING at that moment (database-level guard).
 */
export async function insertAssignment(
  db: Db,
  input: { pilotId: string; participantId: string; variantId: string; bucket: number; at: Date },
): Promise<void> {
  await db.$executeRaw`
    INSERT INTO assignments (id, pilot_id, participant_id, variant_id, bucket, assigned_at)
    SELECT ${newId("assignment")}, ${input.pilotId}, ${input.participantId}, ${input.variantId}, ${input.bucket}, ${input.at}
    WHERE EXISTS (SELECT 1 FROM pilots WHERE id = ${input.pilotId} AND status = 'RUNNING')
    ON CONFLICT (pilot_id, participant_id) DO NOTHING`;
}

export async function insertExposure(
  db: Db,
  input: {
    pilotId: string;
    variantId: string;
    assignmentId: string;
    customerId: string | null;
    agentId: string | null;
    ticketId: string | null;
    at: Date;
  },
): Promise<void> {
  await db.$executeRaw`
    INSERT INTO exposures (id, pilot_id, variant_id, assignment_id, customer_external_id, agent_external_id, ticket_external_id, occurred_at)
    SELECT ${newId("exposure")}, ${input.pilotId}, ${input.variantId}, ${input.assignmentId}, ${input.customerId}, ${input.agentId}, ${input.ticketId}, ${input.at}
    WHERE EXISTS (SELECT 1 FROM pilots WHERE id = ${input.pilotId} AND status = 'RUNNING')`;
}
