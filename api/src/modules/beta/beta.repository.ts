import type { Db } from "../../db/create-db.js";
import type { SqlRunner } from "../../db/sql-runner.js";
import type { Prisma } from "../../generated/prisma/client.js";
import type { ConsentStatus } from "../../generated/prisma/enums.js";
import { newId } from "../../lib/ids.js";

export function latestDisclosure(db: Db, pilotId: string) {
  return db.disclosure.findFirst({ where: { pilotId }, orderBy: { version: "desc" } });
}

export function insertDisclosure(
  db: Db,
  row: {
    id: string;
    pilotId: string;
    version: number;
    texts: Prisma.InputJsonValue;
    createdById: string | null;
    createdAt: Date;
  },
) {
  return db.disclosure.create({ data: row });
}

export function findPilotForDisclosure(db: Db, pilotId: string) {
  return db.pilot.findUnique({
    where: { id: pilotId },
    select: { id: true, name: true, status: true, consentRequired: true },
  });
}

/** The customer's consent to a pilot, in one statement (hot path of policyFor). */
export async function consentOf(
  sql: SqlRunner,
  pilotId: string,
  customerExternalId: string,
): Promise<{ id: string; status: ConsentStatus } | null> {
  const rows = await sql.query<{ id: string; status: ConsentStatus }>(
    `SELECT c.id, c.status FROM consents c JOIN participants p ON p.id = c.participant_id
     WHERE c.pilot_id = $1 AND p.kind = 'CUSTOMER' AND p.external_id = $2`,
    [pilotId, customerExternalId],
  );
  return rows[0] ?? null;
}

/**
 * Asks a customer for consent: upserts the participant and a PENDING consent (first ask wins), and stores a link
 * token for it, in one statement. Returns the consent as it stands.
 */
export async function askConsent(
  sql: SqlRunner,
  input: {
    pilotId: string;
    customerExternalId: string;
    attributes: Record<string, unknown>;
    tokenHash: string;
    at: Date;
  },
): Promise<{ id: string; status: ConsentStatus }> {
  const rows = await sql.query<{ id: string; status: ConsentStatus }>(
    `WITH participant AS (
       INSERT INTO participants (id, kind, external_id, attributes) VALUES ($1, 'CUSTOMER', $2, $3::jsonb)
       ON CONFLICT (kind, external_id) DO UPDATE SET attributes = participants.attributes || EXCLUDED.attributes
       RETURNING id),
     inserted AS (
       INSERT INTO consents (id, pilot_id, participant_id, status, asked_at)
       SELECT $4, $5, participant.id, 'PENDING', $6 FROM participant
       ON CONFLICT (pilot_id, participant_id) DO NOTHING
       RETURNING id, status),
     chosen AS (
       SELECT id, status FROM inserted
       UNION ALL
       SELECT c.id, c.status FROM consents c JOIN participant ON c.participant_id = participant.id WHERE c.pilot_id = $5
       LIMIT 1),
     token AS (INSERT INTO consent_tokens (token_hash, consent_id, issued_at) SELECT $7, id, $6 FROM chosen RETURNING 1)
     SELECT id, status FROM chosen`,
    [
      newId("participant"),
      input.customerExternalId,
      JSON.stringify(input.attributes),
      newId("consent"),
      input.pilotId,
      input.at.toISOString(),
      input.tokenHash,
    ],
  );
  const row = rows[0];
  if (!row) throw new Error("The consent was not stored.");
  return row;
}

export function consentByTokenHash(db: Db, tokenHash: string) {
  return db.consentToken.findUnique({
    where: { tokenHash },
    select: {
      consent: {
        select: {
          id: true,
          status: true,
          pilotId: true,
          participantId: true,
          pilot: { select: { id: true, status: true, name: true, policy: { select: { name: true } } } },
        },
      },
    },
  });
}

/** Locks a consent row for a decision (a consent racing an opt-out ends in one defined state). */
export async function lockConsent(db: Db, consentId: string) {
  const rows = await db.$queryRaw<
    { status: ConsentStatus }[]
  >`SELECT status FROM consents WHERE id = ${consentId} FOR UPDATE`;
  return rows[0] ?? null;
}

export function decideConsent(
  db: Db,
  consentId: string,
  data: { status: ConsentStatus; disclosureId: string | null; language: string; channel: string; at: Date },
) {
  return db.consent.update({
    where: { id: consentId },
    data: {
      status: data.status,
      disclosureId: data.disclosureId,
      language: data.language,
      channel: data.channel,
      decidedAt: data.at,
    },
  });
}

export function assignmentOf(db: Db, pilotId: string, participantId: string) {
  return db.assignment.findUnique({ where: { pilotId_participantId: { pilotId, participantId } } });
}

/** Opts an assignment out; returns whether this call did it (false: it already was). */
export async function withdrawAssignment(db: Db, assignmentId: string, channel: string, at: Date): Promise<boolean> {
  const result = await db.assignment.updateMany({
    where: { id: assignmentId, withdrawnAt: null },
    data: { withdrawnAt: at, withdrawalChannel: channel },
  });
  return result.count === 1;
}

export function invitationByTokenHash(db: Db, tokenHash: string) {
  return db.surveyToken.findUnique({
    where: { tokenHash },
    select: {
      invitation: {
        select: {
          id: true,
          decision: true,
          expiresAt: true,
          answeredAt: true,
          openedAt: true,
          assignmentId: true,
          pilot: { select: { id: true, status: true, name: true, policy: { select: { name: true } } } },
          assignment: { select: { withdrawnAt: true, participant: { select: { attributes: true } } } },
        },
      },
    },
  });
}

export async function lockInvitation(db: Db, invitationId: string) {
  const rows = await db.$queryRaw<{ answered_at: Date | null }[]>`
    SELECT answered_at FROM survey_invitations WHERE id = ${invitationId} FOR UPDATE`;
  return rows[0] ?? null;
}

export function markInvitationOpened(db: Db, invitationId: string, at: Date) {
  return db.surveyInvitation.updateMany({ where: { id: invitationId, openedAt: null }, data: { openedAt: at } });
}

export function markInvitationAnswered(db: Db, invitationId: string, at: Date) {
  return db.surveyInvitation.update({ where: { id: invitationId }, data: { answeredAt: at } });
}

export function assignmentForCustomer(db: Db, pilotId: string, customerExternalId: string) {
  return db.assignment.findFirst({
    where: { pilotId, participant: { kind: "CUSTOMER", externalId: customerExternalId } },
  });
}

export function consentForCustomer(db: Db, pilotId: string, customerExternalId: string) {
  return db.consent.findFirst({
    where: { pilotId, participant: { kind: "CUSTOMER", externalId: customerExternalId } },
  });
}
