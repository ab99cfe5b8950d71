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

export type Unit = { pilotId: string; kind: "CUSTOMER" | "AGENT"; externalId: string };
export type ExposureInput = { customerId: string | null; agentId: string | null; ticketId: string | null; at: Date };
export type StoredAssignment = { id: string; variant_id: string; withdrawn_at?: Date | string | null };
/** A known participant's stored assignment, and whether the pilot was RUNNING when the exposure was written. */
export type KnownAssignment = StoredAssignment & { running: boolean };

export type KnownAsk = { unit: Unit; exposure: ExposureInput };
export type NewAsk = KnownAsk & {
  attributes: Record<string, unknown>;
  variantId: string;
  bucket: number;
  /** Consent-required pilots randomize only customers who accepted (checked again in the statement). */
  requireConsent: boolean;
};

const EXPOSURE_COLUMNS =
  "id, pilot_id, variant_id, assignment_id, customer_external_id, agent_external_id, ticket_external_id, occurred_at";

function byOrdinal<T extends { idx: string | number }>(count: number, rows: T[]): (T | null)[] {
  const out: (T | null)[] = Array.from({ length: count }, () => null);
  for (const row of rows) out[Number(row.idx) - 1] = row;
  return out;
}

/**
 * Known participants, many asks in one statement (group commit, docs/adr/0025): finds each stored assignment and
 * records the exposure, at most one per participant × pilot × UTC day (unique index; a second one does nothing).
 * The exposure is written only while the pilot is RUNNING and the participant has not opted out. Returns, per ask,
 * the assignment or null when the participant has none.
 */
export async function exposeKnownMany(sql: SqlRunner, asks: KnownAsk[]): Promise<(KnownAssignment | null)[]> {
  if (asks.length === 0) return [];
  const rows = await sql.query<KnownAssignment & { idx: string | number }>(
    `WITH input AS (
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                            $7::text[], $8::timestamptz[])
         WITH ORDINALITY AS t(pilot_id, kind, external_id, exposure_id, customer_id, agent_id, ticket_id, at, idx)),
     -- One index lookup per ask, in this order whatever the statistics say (LATERAL … LIMIT 1 keeps the plan).
     found AS (
       SELECT i.*, a.id AS assignment_id, a.variant_id, a.withdrawn_at, pl.status = 'RUNNING' AS running
       FROM input i
       JOIN pilots pl ON pl.id = i.pilot_id
       CROSS JOIN LATERAL (
         SELECT p.id FROM participants p
         WHERE p.kind = i.kind::"ParticipantKind" AND p.external_id = i.external_id LIMIT 1) p
       CROSS JOIN LATERAL (
         SELECT a.id, a.variant_id, a.withdrawn_at FROM assignments a
         WHERE a.pilot_id = i.pilot_id AND a.participant_id = p.id LIMIT 1) a),
     exposed AS (
       INSERT INTO exposures (${EXPOSURE_COLUMNS})
       SELECT exposure_id, pilot_id, variant_id, assignment_id, customer_id, agent_id, ticket_id, at FROM found
       WHERE withdrawn_at IS NULL AND running
       ON CONFLICT DO NOTHING
       RETURNING 1)
     SELECT idx, assignment_id AS id, variant_id, withdrawn_at, running FROM found`,
    [
      asks.map((a) => a.unit.pilotId),
      asks.map((a) => a.unit.kind),
      asks.map((a) => a.unit.externalId),
      asks.map(() => newId("exposure")),
      asks.map((a) => a.exposure.customerId),
      asks.map((a) => a.exposure.agentId),
      asks.map((a) => a.exposure.ticketId),
      asks.map((a) => a.exposure.at.toISOString()),
    ],
  );
  return byOrdinal(asks.length, rows);
}

/**
 * New participants, many asks in one statement (group commit): upserts each participant (attributes merged over
 * stored ones), stores the assignment unless one exists (first writer wins: unique pilot + participant), and records
 * the exposure against whichever assignment stands. Nothing is written for a pilot that is not RUNNING, nor for a
 * consent-required ask whose customer has not accepted. Each participant may appear once per call. Returns, per
 * ask, the assignment, or null when nothing was stored or a concurrent first ask committed in between (the caller
 * then reads it with exposeKnownMany).
 */
export async function assignAndExposeMany(sql: SqlRunner, asks: NewAsk[]): Promise<(StoredAssignment | null)[]> {
  if (asks.length === 0) return [];
  const rows = await sql.query<StoredAssignment & { idx: string | number }>(
    `WITH input AS (
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                            $7::text[], $8::float8[], $9::timestamptz[], $10::text[], $11::text[], $12::text[],
                            $13::text[], $14::boolean[])
         WITH ORDINALITY AS t(pilot_id, kind, external_id, participant_id, attributes, assignment_id, variant_id,
                              bucket, at, exposure_id, customer_id, agent_id, ticket_id, require_consent, idx)),
     eligible AS (
       SELECT i.* FROM input i JOIN pilots pl ON pl.id = i.pilot_id AND pl.status = 'RUNNING'
       -- FOR SHARE waits for an opt-out in progress.
       WHERE NOT i.require_consent OR EXISTS (
         SELECT 1 FROM consents c JOIN participants cp ON cp.id = c.participant_id
         WHERE c.pilot_id = i.pilot_id AND cp.kind = 'CUSTOMER' AND cp.external_id = i.external_id
           AND c.status = 'ACCEPTED'
         FOR SHARE OF c)),
     participant AS (
       -- A fixed order, so that concurrent batches lock participants in the same order (no deadlock).
       INSERT INTO participants (id, kind, external_id, attributes)
       SELECT participant_id, kind::"ParticipantKind", external_id, attributes::jsonb FROM eligible ORDER BY kind, external_id
       ON CONFLICT (kind, external_id) DO UPDATE SET attributes = participants.attributes || EXCLUDED.attributes
       RETURNING id, kind, external_id),
     target AS (
       SELECT e.*, p.id AS pid FROM eligible e JOIN participant p ON p.kind = e.kind::"ParticipantKind" AND p.external_id = e.external_id),
     inserted AS (
       INSERT INTO assignments (id, pilot_id, participant_id, variant_id, bucket, assigned_at)
       SELECT assignment_id, pilot_id, pid, variant_id, bucket, at FROM target ORDER BY pilot_id, pid
       ON CONFLICT (pilot_id, participant_id) DO NOTHING
       RETURNING id, pilot_id, participant_id, variant_id, withdrawn_at),
     standing AS (
       SELECT id, pilot_id, participant_id, variant_id, withdrawn_at FROM inserted
       UNION ALL
       SELECT a.id, a.pilot_id, a.participant_id, a.variant_id, a.withdrawn_at
       FROM target t CROSS JOIN LATERAL (
         SELECT * FROM assignments a WHERE a.pilot_id = t.pilot_id AND a.participant_id = t.pid LIMIT 1) a),
     chosen AS (
       SELECT t.idx, t.pilot_id, t.exposure_id, t.customer_id, t.agent_id, t.ticket_id, t.at,
              s.id, s.variant_id, s.withdrawn_at
       FROM target t JOIN standing s ON s.pilot_id = t.pilot_id AND s.participant_id = t.pid),
     exposed AS (
       INSERT INTO exposures (${EXPOSURE_COLUMNS})
       SELECT exposure_id, pilot_id, variant_id, id, customer_id, agent_id, ticket_id, at FROM chosen
       WHERE withdrawn_at IS NULL
       ON CONFLICT DO NOTHING
       RETURNING 1)
     SELECT idx, id, variant_id, withdrawn_at FROM chosen`,
    [
      asks.map((a) => a.unit.pilotId),
      asks.map((a) => a.unit.kind),
      asks.map((a) => a.unit.externalId),
      asks.map(() => newId("participant")),
      asks.map((a) => JSON.stringify(a.attributes)),
      asks.map(() => newId("assignment")),
      asks.map((a) => a.variantId),
      asks.map((a) => a.bucket),
      asks.map((a) => a.exposure.at.toISOString()),
      asks.map(() => newId("exposure")),
      asks.map((a) => a.exposure.customerId),
      asks.map((a) => a.exposure.agentId),
      asks.map((a) => a.exposure.ticketId),
      asks.map((a) => a.requireConsent),
    ],
  );
  return byOrdinal(asks.length, rows);
}

/** How many of a pilot's participants opted out (partial index): part of the known-participants cache's marker. */
export async function withdrawalCount(sql: SqlRunner, pilotId: string): Promise<number> {
  const rows = await sql.query<{ n: string | number }>(
    "SELECT count(*) AS n FROM assignments WHERE pilot_id = $1 AND withdrawn_at IS NOT NULL",
    [pilotId],
  );
  return Number(rows[0]?.n ?? 0);
}

/** Sets a pilot's customer routing and its variants' agent groups (null clears one). */
export async function setRouting(
  db: Db,
  pilotId: string,
  routing: "ANY_AGENT" | "BY_ARM",
  agentGroups: { variantId: string; agentGroup: string | null }[],
  at: Date,
) {
  for (const g of agentGroups)
    await db.pilotVariant.update({ where: { id: g.variantId }, data: { agentGroup: g.agentGroup } });
  return db.pilot.update({ where: { id: pilotId }, data: { customerRouting: routing, updatedAt: at } });
}

/** The pilot and its variants, locked against concurrent changes for the rest of the transaction. */
export async function findPilotWithVariantsForUpdate(db: Db, pilotId: string) {
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT id FROM pilots WHERE id = ${pilotId} FOR UPDATE`;
  if (rows.length === 0) return null;
  return db.pilot.findUnique({
    where: { id: pilotId },
    include: { variants: { orderBy: { position: "asc" } } },
  });
}
