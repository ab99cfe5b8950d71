import type { Db } from "../../db/create-db.js";
import type { InvitationDecision, SurveyDelivery } from "../../generated/prisma/enums.js";

/** Serialises survey decisions per customer, so that two tickets solved at once cannot both pass the throttle. */
export async function lockCustomer(db: Db, customerId: string): Promise<void> {
  await db.$queryRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`survey:${customerId}`}, 0))::text`;
}

export function invitationOfInteraction(db: Db, interactionId: string) {
  return db.surveyInvitation.findUnique({ where: { interactionId } });
}

export function lastSentSince(db: Db, customerId: string, since: Date) {
  return db.surveyInvitation.findFirst({
    where: { customerExternalId: customerId, decision: "SENT", createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true },
  });
}

export function pilotSampleRate(db: Db, pilotId: string) {
  return db.pilot.findUnique({ where: { id: pilotId }, select: { surveySampleRate: true, status: true } });
}

export function insertInvitation(
  db: Db,
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
) {
  return db.surveyInvitation.create({ data: row });
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
