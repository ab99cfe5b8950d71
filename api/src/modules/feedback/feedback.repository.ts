import type { Db } from "../../db/create-db.js";

export function findFeedbackByIdempotencyKey(db: Db, idempotencyKey: string) {
  return db.feedback.findUnique({ where: { idempotencyKey } });
}

export function findAssignmentWithPilot(db: Db, assignmentId: string) {
  return db.assignment.findUnique({
    where: { id: assignmentId },
    select: { id: true, pilotId: true, variantId: true, participantId: true, pilot: { select: { status: true } } },
  });
}

/** Inserts the response only while the pilot is RUNNING (database-level guard); returns whether it was stored. */
export async function insertFeedbackIfRunning(
  db: Db,
  row: {
    id: string;
    assignmentId: string;
    source: "CUSTOMER" | "AGENT";
    csat: number | null;
    nps: number | null;
    ces: number | null;
    comment: string | null;
    ticketId: string | null;
    idempotencyKey: string | null;
    invitationId?: string | null;
    language?: string | null;
    at: Date;
  },
): Promise<boolean> {
  const count = await db.$executeRaw`
    INSERT INTO feedback (id, pilot_id, variant_id, assignment_id, participant_id, source, csat, nps, ces, comment,
                          ticket_external_id, idempotency_key, invitation_id, language, created_at)
    SELECT ${row.id}, a.pilot_id, a.variant_id, a.id, a.participant_id, ${row.source}::"FeedbackSource", ${row.csat}::int,
           ${row.nps}::int, ${row.ces}::int, ${row.comment}, ${row.ticketId}, ${row.idempotencyKey},
           ${row.invitationId ?? null}, ${row.language ?? null}, ${row.at}
    FROM assignments a JOIN pilots p ON p.id = a.pilot_id
    WHERE a.id = ${row.assignmentId} AND p.status = 'RUNNING'`;
  return count === 1;
}

export function findFeedback(db: Db, id: string) {
  return db.feedback.findUniqueOrThrow({ where: { id } });
}
