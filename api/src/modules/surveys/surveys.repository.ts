import type { Db } from "../../db/create-db.js";
import type { SqlRunner } from "../../db/sql-runner.js";
import type { InvitationDecision, SurveyDelivery } from "../../generated/prisma/enums.js";

export type InvitationRow = { id: string; decision: InvitationDecision; delivery: SurveyDelivery };

/** Serialises survey decisions per customer, so that two tickets solved at once cannot both pass the throttle. */
export async function lockCustomer(tx: SqlRunner, customerId: string): Promise<void> {
  await tx.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))::text", [`survey:${customerId}`]);
}

/** What a decision needs, in one statement: an existing decision, the pilot's state and rate, the last SENT one. */
export async function decisionContext(
  tx: SqlRunner,
  input: { interactionId: string; pilotId: string; customerId: string; throttleSince: Date },
) {
  const rows = await tx.query<{
    existingId: string | null;
    existingDecision: InvitationDecision | null;
    existingDelivery: SurveyDelivery | null;
    pilotStatus: string | null;
    sampleRate: number | null;
    recentlySent: boolean;
  }>(
    `SELECT
       (SELECT id FROM survey_invitations WHERE interaction_id = $1) AS "existingId",
       (SELECT decision::text FROM survey_invitations WHERE interaction_id = $1) AS "existingDecision",
       (SELECT delivery::text FROM survey_invitations WHERE interaction_id = $1) AS "existingDelivery",
       (SELECT status::text FROM pilots WHERE id = $2) AS "pilotStatus",
       (SELECT survey_sample_rate FROM pilots WHERE id = $2) AS "sampleRate",
       EXISTS (SELECT 1 FROM survey_invitations
               WHERE customer_external_id = $3 AND decision = 'SENT' AND created_at >= $4) AS "recentlySent"`,
    [input.interactionId, input.pilotId, input.customerId, input.throttleSince.toISOString()],
  );
  return rows[0]!;
}

export async function insertInvitation(
  tx: SqlRunner,
  row: {
    id: string;
    interactionId: string;
    customerExternalId: string;
    pilotId: string;
    variantId: string;
    assignmentId: string;
    decision: InvitationDecision;
    delivery: SurveyDelivery;
    contactEmail: string | null;
    createdAt: Date;
    expiresAt: Date | null;
  },
): Promise<InvitationRow> {
  await tx.query(
    `INSERT INTO survey_invitations (id, interaction_id, customer_external_id, pilot_id, variant_id, assignment_id,
       decision, delivery, contact_email, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7::"InvitationDecision", $8::"SurveyDelivery", $9, $10, $11)`,
    [
      row.id,
      row.interactionId,
      row.customerExternalId,
      row.pilotId,
      row.variantId,
      row.assignmentId,
      row.decision,
      row.delivery,
      row.contactEmail,
      row.createdAt.toISOString(),
      row.expiresAt?.toISOString() ?? null,
    ],
  );
  return { id: row.id, decision: row.decision, delivery: row.delivery };
}

export function findInvitation(db: Db, id: string) {
  return db.surveyInvitation.findUnique({ where: { id } });
}

export function insertToken(db: Db, row: { tokenHash: string; invitationId: string; channel: string; issuedAt: Date }) {
  return db.surveyToken.create({ data: row });
}

export function invitationForTicket(db: Db, ticketId: string, integrationId: string | null) {
  return db.surveyInvitation.findFirst({
    where: { interaction: { ticketExternalId: ticketId, ...(integrationId ? { integrationId } : {}) } },
    orderBy: { createdAt: "desc" },
  });
}

export function markEmailSent(db: Db, id: string, at: Date) {
  return db.surveyInvitation.update({
    where: { id },
    data: { emailSentAt: at, emailError: null, emailAttempts: { increment: 1 } },
  });
}

export function markEmailFailed(db: Db, id: string, error: string) {
  return db.surveyInvitation.update({
    where: { id },
    data: { emailError: error.slice(0, 1_000), emailAttempts: { increment: 1 } },
  });
}

/** Email invitations still waiting for their email a minute after they were decided (lost job). */
export function staleEmailInvitations(db: Db, before: Date, maxAttempts: number) {
  return db.surveyInvitation.findMany({
    where: {
      decision: "SENT",
      delivery: "EMAIL",
      emailSentAt: null,
      emailAttempts: { lt: maxAttempts },
      createdAt: { lt: before },
      answeredAt: null,
    },
    select: { id: true },
    take: 500,
  });
}
