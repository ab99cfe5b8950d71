import { actorOf, type Viewer } from "../../context.js";
import type { SqlRunner } from "../../db/sql-runner.js";
import { newId } from "../../lib/ids.js";

/** A feedback row as the GraphQL Feedback type reads it (the Prisma model's field names). */
export type FeedbackRow = {
  id: string;
  pilotId: string;
  variantId: string;
  assignmentId: string;
  participantId: string;
  source: "CUSTOMER" | "AGENT";
  csat: number | null;
  nps: number | null;
  ces: number | null;
  comment: string | null;
  ticketExternalId: string | null;
  idempotencyKey: string | null;
  invitationId: string | null;
  language: string | null;
  createdAt: Date;
};

const FEEDBACK_JSON = (
  f: string,
) => `json_build_object('id', ${f}.id, 'pilotId', ${f}.pilot_id, 'variantId', ${f}.variant_id,
  'assignmentId', ${f}.assignment_id, 'participantId', ${f}.participant_id, 'source', ${f}.source, 'csat', ${f}.csat,
  'nps', ${f}.nps, 'ces', ${f}.ces, 'comment', ${f}.comment, 'ticketExternalId', ${f}.ticket_external_id,
  'idempotencyKey', ${f}.idempotency_key, 'invitationId', ${f}.invitation_id, 'language', ${f}.language,
  'createdAt', ${f}.created_at)`;

export type SubmitOutcome = {
  /** The assignment and its pilot's status (null: no such assignment). */
  assignment: { pilotId: string; variantId: string; pilotStatus: string } | null;
  /** The row this call stored (null when it stored nothing). */
  stored: FeedbackRow | null;
  /** The row stored earlier under the same idempotency key. */
  previous: FeedbackRow | null;
};

/**
 * An integration's response in one statement (one implicit transaction): the earlier row under the same idempotency
 * key, if any; otherwise the new row — only while the assignment's pilot is RUNNING (database-level guard) — and
 * its audit row (the same row recordAuditEvent writes). Two deliveries racing on one key: the loser stores nothing
 * (ON CONFLICT waits for the winner) and its caller asks again.
 */
export async function submitFeedbackOnce(
  sql: SqlRunner,
  row: {
    id: string;
    assignmentId: string;
    csat: number | null;
    nps: number | null;
    ces: number | null;
    comment: string | null;
    ticketId: string | null;
    idempotencyKey: string | null;
    at: Date;
  },
  audit: { viewer: Viewer; requestId: string },
): Promise<SubmitOutcome> {
  const actor = actorOf(audit.viewer);
  const rows = await sql.query<{ assignment: SubmitOutcome["assignment"]; stored: unknown; previous: unknown }>(
    `WITH assignment AS (
       SELECT a.id, a.pilot_id, a.variant_id, a.participant_id, p.status::text AS pilot_status
       FROM assignments a JOIN pilots p ON p.id = a.pilot_id WHERE a.id = $2),
     previous AS (SELECT * FROM feedback WHERE $9::text IS NOT NULL AND idempotency_key = $9),
     stored AS (
       -- Columns named: the feedback table's other columns take their defaults.
       INSERT INTO feedback (id, pilot_id, variant_id, assignment_id, participant_id, source, csat, nps, ces, comment,
                             ticket_external_id, idempotency_key, created_at)
       SELECT $1, a.pilot_id, a.variant_id, a.id, a.participant_id, 'CUSTOMER'::"FeedbackSource", $3::int, $4::int, $5::int, $6, $7, $9,
              $8::timestamptz
       FROM assignment a WHERE a.pilot_status = 'RUNNING' AND NOT EXISTS (SELECT 1 FROM previous)
       ON CONFLICT (idempotency_key) DO NOTHING
       RETURNING *),
     audited AS (
       INSERT INTO audit_events (id, type, actor_type, actor_id, actor_label, subject_type, subject_id, data, request_id,
                                 created_at)
       SELECT $10, 'feedback.submitted', $11, $12, $13, 'feedback', s.id,
              jsonb_build_object('pilotId', s.pilot_id, 'variantId', s.variant_id, 'assignmentId', s.assignment_id),
              $14, $8::timestamptz
       FROM stored s
       RETURNING 1)
     SELECT (SELECT json_build_object('pilotId', a.pilot_id, 'variantId', a.variant_id, 'pilotStatus', a.pilot_status)
             FROM assignment a) AS assignment,
            (SELECT ${FEEDBACK_JSON("s")} FROM stored s) AS stored,
            (SELECT ${FEEDBACK_JSON("p")} FROM previous p) AS previous`,
    [
      row.id,
      row.assignmentId,
      row.csat,
      row.nps,
      row.ces,
      row.comment,
      row.ticketId,
      row.at.toISOString(),
      row.idempotencyKey,
      newId("audit"),
      actor.actorType,
      actor.actorId,
      actor.actorLabel,
      audit.requestId,
    ],
    { prepare: "feedback.submit" },
  );
  const result = rows[0];
  return {
    assignment: result?.assignment ?? null,
    stored: feedbackRow(result?.stored),
    previous: feedbackRow(result?.previous),
  };
}

function feedbackRow(value: unknown): FeedbackRow | null {
  if (!value) return null;
  const row = (typeof value === "string" ? JSON.parse(value) : value) as FeedbackRow & { createdAt: string | Date };
  return { ...row, createdAt: new Date(row.createdAt) };
}
