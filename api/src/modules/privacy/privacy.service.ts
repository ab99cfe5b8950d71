import type { Viewer } from "../../context.js";
import type { PrismaClient } from "../../db/create-db.js";
import type { SqlRunner } from "../../db/sql-runner.js";
import type { Clock } from "../../lib/clock.js";
import type { ConfigEpoch } from "../../lib/config-epoch.js";
import type { SecretBox } from "../../lib/secret-box.js";
import { recordAuditEvent } from "../audit/audit.repository.js";

export type PrivacyServiceDeps = {
  db: PrismaClient;
  sql: SqlRunner;
  clock: Clock;
  secrets: SecretBox;
  /** Bumped after an erasure: policyFor's cache of known participants must forget the customer at once. */
  epoch?: ConfigEpoch;
};

export type ErasureCounts = {
  participants: number;
  comments: number;
  exposures: number;
  interactions: number;
  events: number;
  invitations: number;
  tokens: number;
  auditRows: number;
};

/**
 * Erasure of a customer at their request: their id, attributes, comments, contact details and link tokens go from
 * every table; numeric responses stay, tied to a pseudonymous participant, so aggregate results do not change. A
 * keyed hash of the id stays on the suppression list, so the customer is not enrolled again by accident. The audit
 * row records that an erasure happened and what it touched, never the id.
 */
export function createPrivacyService({ db, sql, clock, secrets, epoch }: PrivacyServiceDeps) {
  const suppressionKey = (customerId: string) => secrets.keyedHash(`CUSTOMER:${customerId}`);

  async function eraseCustomer(customerId: string, viewer: Viewer, requestId: string): Promise<ErasureCounts> {
    const at = clock.now();
    const erased = await db.$transaction(async (tx) => {
      const participant = await tx.participant.findUnique({
        where: { kind_externalId: { kind: "CUSTOMER", externalId: customerId } },
        select: { id: true },
      });
      const pseudonym = participant ? `erased-${participant.id}` : `erased-${suppressionKey(customerId).slice(0, 24)}`;
      const counts: ErasureCounts = {
        participants: 0,
        comments: 0,
        exposures: 0,
        interactions: 0,
        events: 0,
        invitations: 0,
        tokens: 0,
        auditRows: 0,
      };
      if (participant) {
        counts.participants = await tx.$executeRaw`
          UPDATE participants SET external_id = ${pseudonym}, attributes = '{}'::jsonb WHERE id = ${participant.id}`;
        counts.comments = await tx.$executeRaw`
          UPDATE feedback SET comment = NULL, ticket_external_id = NULL WHERE participant_id = ${participant.id}`;
        counts.tokens += await tx.$executeRaw`
          DELETE FROM consent_tokens WHERE consent_id IN (SELECT id FROM consents WHERE participant_id = ${participant.id})`;
      }
      counts.exposures = await tx.$executeRaw`
        UPDATE exposures SET customer_external_id = NULL, ticket_external_id = NULL
        WHERE customer_external_id = ${customerId}
           OR assignment_id IN (SELECT id FROM assignments WHERE participant_id = ${participant?.id ?? ""})`;
      counts.events = await tx.$executeRaw`
        UPDATE webhook_events SET raw = '{}'::jsonb, event = event - 'customerId' - 'customerEmail'
        WHERE event ->> 'customerId' = ${customerId}
           OR (integration_id, ticket_external_id) IN (
             SELECT integration_id, ticket_external_id FROM interactions WHERE customer_external_id = ${customerId})`;
      counts.interactions = await tx.$executeRaw`
        UPDATE interactions SET customer_external_id = NULL, tags = '[]'::jsonb WHERE customer_external_id = ${customerId}`;
      counts.tokens += await tx.$executeRaw`
        DELETE FROM survey_tokens WHERE invitation_id IN (
          SELECT id FROM survey_invitations WHERE customer_external_id = ${customerId})`;
      counts.invitations = await tx.$executeRaw`
        UPDATE survey_invitations SET customer_external_id = ${pseudonym}, contact_email = NULL
        WHERE customer_external_id = ${customerId}`;
      counts.auditRows = await tx.$executeRaw`
        UPDATE audit_events SET data = data - 'customerId' WHERE data ->> 'customerId' = ${customerId}`;
      await tx.$executeRaw`
        INSERT INTO suppressions (keyed_hash, created_at) VALUES (${suppressionKey(customerId)}, ${at})
        ON CONFLICT (keyed_hash) DO NOTHING`;
      await recordAuditEvent(tx, {
        type: "customer.erased",
        subjectType: "participant",
        subjectId: participant?.id ?? pseudonym,
        data: { ...counts },
        viewer,
        requestId,
        at,
      });
      return counts;
    });
    epoch?.bump();
    return erased;
  }

  /** Whether a customer id was erased (policyFor never enrolls it again). One indexed lookup. */
  async function isSuppressed(customerId: string): Promise<boolean> {
    const rows = await sql.query("SELECT 1 FROM suppressions WHERE keyed_hash = $1", [suppressionKey(customerId)]);
    return rows.length > 0;
  }

  /** Which of these customer ids were erased, in one statement (policyFor checks its new participants in batches). */
  async function suppressedAmong(customerIds: string[]): Promise<Set<string>> {
    if (customerIds.length === 0) return new Set();
    const keys = customerIds.map(suppressionKey);
    const rows = await sql.query<{ keyed_hash: string }>(
      "SELECT keyed_hash FROM suppressions WHERE keyed_hash = ANY($1::text[])",
      [keys],
    );
    const erased = new Set(rows.map((r) => r.keyed_hash));
    return new Set(customerIds.filter((_, i) => erased.has(keys[i] as string)));
  }

  /** How many customers were ever erased: policyFor's cache of known participants starts over when it changes. */
  async function erasureCount(): Promise<number> {
    const rows = await sql.query<{ n: string | number }>("SELECT count(*) AS n FROM suppressions");
    return Number(rows[0]?.n ?? 0);
  }

  return { eraseCustomer, isSuppressed, suppressedAmong, erasureCount };
}

export type PrivacyService = ReturnType<typeof createPrivacyService>;
