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

/** What a survey link's page depends on: the invitation behind a token hash, its arm's withdrawal and its pilot. */
export type SurveyLinkRow = {
  invitationId: string;
  decision: string;
  answeredAt: Date | null;
  expiresAt: Date | null;
  withdrawnAt: Date | null;
  pilotStatus: string;
  pilotName: string;
  policyName: string;
};

const SURVEY_LINK = `
  SELECT i.id AS "invitationId", i.decision::text AS decision, i.answered_at AS "answeredAt",
         i.expires_at AS "expiresAt", a.withdrawn_at AS "withdrawnAt", p.status::text AS "pilotStatus",
         p.name AS "pilotName", pol.name AS "policyName",
         i.assignment_id, a.pilot_id, a.variant_id, a.participant_id, it.ticket_external_id
  FROM survey_tokens t
  JOIN survey_invitations i ON i.id = t.invitation_id
  JOIN assignments a ON a.id = i.assignment_id
  JOIN pilots p ON p.id = i.pilot_id
  JOIN policies pol ON pol.id = p.policy_id
  JOIN interactions it ON it.id = i.interaction_id
  WHERE t.token_hash = $1`;

/** The survey link's state, in one statement. */
export async function surveyLinkByTokenHash(sql: SqlRunner, tokenHash: string): Promise<SurveyLinkRow | null> {
  const rows = await sql.query<SurveyLinkRow>(SURVEY_LINK, [tokenHash], { prepare: "beta.surveyLink" });
  return rows[0] ?? null;
}

/**
 * A survey answer in one statement: reads the link's state, closes the invitation (answered_at) only if it is still
 * open — SENT, unanswered, not withdrawn, its pilot RUNNING, not expired at `at` — and stores the response as the
 * invitation's feedback row. The UPDATE takes the invitation's row lock: of two submits racing (a double click),
 * the second re-reads the row after the first commits, finds it answered and stores nothing. Returns the state the
 * statement saw and whether this call stored the answer.
 */
export async function answerSurvey(
  sql: SqlRunner,
  input: {
    tokenHash: string;
    feedbackId: string;
    csat: number | null;
    nps: number | null;
    ces: number | null;
    comment: string | null;
    language: string;
    at: Date;
  },
): Promise<(SurveyLinkRow & { stored: boolean }) | null> {
  const rows = await sql.query<SurveyLinkRow & { stored: boolean }>(
    `WITH link AS (${SURVEY_LINK}),
     claimed AS (
       UPDATE survey_invitations SET answered_at = $2
       WHERE id = (SELECT "invitationId" FROM link WHERE decision = 'SENT' AND "withdrawnAt" IS NULL
                     AND "pilotStatus" = 'RUNNING' AND "expiresAt" > $2)
         AND answered_at IS NULL
       RETURNING id),
     stored AS (
       -- Columns named: the feedback table's other columns take their defaults.
       INSERT INTO feedback (id, pilot_id, variant_id, assignment_id, participant_id, source, csat, nps, ces, comment,
                             ticket_external_id, idempotency_key, invitation_id, language, created_at)
       SELECT $3, link.pilot_id, link.variant_id, link.assignment_id, link.participant_id, 'CUSTOMER'::"FeedbackSource", $4::int, $5::int,
              $6::int, $7, link.ticket_external_id, NULL, claimed.id, $8, $2
       FROM link JOIN claimed ON claimed.id = link."invitationId"
       RETURNING 1)
     SELECT link.*, EXISTS (SELECT 1 FROM stored) AS stored FROM link`,
    [
      input.tokenHash,
      input.at.toISOString(),
      input.feedbackId,
      input.csat,
      input.nps,
      input.ces,
      input.comment,
      input.language,
    ],
    { prepare: "beta.answerSurvey" },
  );
  return rows[0] ?? null;
}

/** Records a survey link's first opening. */
export async function markInvitationOpened(sql: SqlRunner, invitationId: string, at: Date): Promise<void> {
  await sql.query(
    "UPDATE survey_invitations SET opened_at = $2 WHERE id = $1 AND opened_at IS NULL",
    [invitationId, at.toISOString()],
    { prepare: "beta.markInvitationOpened" },
  );
}
