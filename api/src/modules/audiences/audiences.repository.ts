import { actorOf } from "../../context.js";
import type { Db } from "../../db/create-db.js";
import type { SqlRunner } from "../../db/sql-runner.js";
import { Prisma } from "../../generated/prisma/client.js";
import type { ParticipantKind } from "../../generated/prisma/enums.js";
import { newId } from "../../lib/ids.js";

export type ImportRow = {
  id: string;
  pilot_id: string;
  kind: ParticipantKind;
  status: string;
  cancel_requested: boolean;
  instance_id: string;
  created_by_id: string | null;
};

export function findAudience(db: Db, pilotId: string) {
  return db.pilotAudience.findUnique({ where: { pilotId } });
}

export function upsertAudience(db: Db, pilotId: string, condition: Record<string, unknown> | null, at: Date) {
  return db.pilotAudience.upsert({
    where: { pilotId },
    create: { pilotId, condition: (condition as Prisma.InputJsonObject) ?? Prisma.DbNull, updatedAt: at },
    update: { condition: (condition as Prisma.InputJsonObject) ?? Prisma.DbNull, updatedAt: at },
  });
}

/** The coverage share is the audience's third part; it lives on the pilot row, where assignment reads it. */
export function setCoverage(db: Db, pilotId: string, coverage: number, at: Date) {
  return db.pilot.update({ where: { id: pilotId }, data: { coverage, updatedAt: at } });
}

export async function memberCounts(db: Db, pilotId: string): Promise<{ CUSTOMER: number; AGENT: number }> {
  const rows = await db.audienceMember.groupBy({ by: ["kind"], where: { pilotId }, _count: { _all: true } });
  const out = { CUSTOMER: 0, AGENT: 0 };
  for (const row of rows) out[row.kind] = row._count._all;
  return out;
}

export function listMembers(db: Db, pilotId: string, kind: ParticipantKind, take: number) {
  return db.audienceMember.findMany({
    where: { pilotId, kind },
    orderBy: { externalId: "asc" },
    take,
    select: { externalId: true },
  });
}

/** Adds pasted ids as members (and as participants, attributes untouched); returns how many were new members. */
export async function addMembers(db: Db, pilotId: string, kind: ParticipantKind, ids: string[], at: Date) {
  await db.participant.createMany({
    data: ids.map((externalId) => ({ id: newId("participant"), kind, externalId, createdAt: at })),
    skipDuplicates: true,
  });
  const result = await db.audienceMember.createMany({
    data: ids.map((externalId) => ({ pilotId, kind, externalId, addedAt: at })),
    skipDuplicates: true,
  });
  return result.count;
}

export async function removeMembers(db: Db, pilotId: string, kind: ParticipantKind, ids: string[] | null) {
  const result = await db.audienceMember.deleteMany({
    where: { pilotId, kind, ...(ids ? { externalId: { in: ids } } : {}) },
  });
  return result.count;
}

export function createImport(
  db: Db,
  data: {
    id: string;
    pilotId: string;
    kind: ParticipantKind;
    fileName: string;
    instanceId: string;
    createdById: string | null;
    at: Date;
  },
) {
  return db.audienceImport.create({
    data: {
      id: data.id,
      pilotId: data.pilotId,
      kind: data.kind,
      fileName: data.fileName,
      instanceId: data.instanceId,
      createdById: data.createdById,
      createdAt: data.at,
      heartbeatAt: data.at,
    },
  });
}

export function findImport(db: Db, id: string) {
  return db.audienceImport.findUnique({ where: { id } });
}

export function latestImports(db: Db, pilotId: string, take: number) {
  return db.audienceImport.findMany({ where: { pilotId }, orderBy: { createdAt: "desc" }, take });
}

/** Progress of a running import, written beside it (never inside its transaction); returns whether to go on. */
export async function reportProgress(
  sql: SqlRunner,
  id: string,
  progress: { fileBytes?: number; bytesRead: number; rowsRead: number; errorCount: number; at: Date },
): Promise<{ cancelRequested: boolean }> {
  const rows = await sql.query<{ cancel_requested: boolean }>(
    `UPDATE audience_imports SET bytes_read = $2, rows_read = $3, error_count = $4, heartbeat_at = $5,
       file_bytes = COALESCE($6, file_bytes)
     WHERE id = $1 RETURNING cancel_requested`,
    [
      id,
      progress.bytesRead,
      progress.rowsRead,
      progress.errorCount,
      progress.at.toISOString(),
      progress.fileBytes ?? null,
    ],
  );
  return { cancelRequested: rows[0]?.cancel_requested ?? true };
}

export async function claimImport(sql: SqlRunner, id: string, at: Date): Promise<ImportRow | null> {
  const rows = await sql.query<ImportRow>(
    `UPDATE audience_imports SET status = 'RUNNING', started_at = $2, heartbeat_at = $2
     WHERE id = $1 AND status = 'QUEUED' RETURNING id, pilot_id, kind, status, cancel_requested, instance_id, created_by_id`,
    [id, at.toISOString()],
  );
  return rows[0] ?? null;
}

export async function finishImport(
  sql: SqlRunner,
  id: string,
  outcome: {
    status: "DONE" | "REJECTED" | "CANCELLED" | "FAILED";
    message: string;
    errors?: unknown[];
    errorCount?: number;
    counts?: { inserted: number; updated: number; members: number };
    at: Date;
  },
  guard: "any" | "not-cancelled" = "any",
): Promise<boolean> {
  const rows = await sql.query(
    `UPDATE audience_imports SET status = $2::"AudienceImportStatus", message = $3, errors = COALESCE($4::jsonb, errors),
       error_count = COALESCE($5, error_count), inserted_count = $6, updated_count = $7, member_count = $8,
       finished_at = $9, heartbeat_at = $9
     WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') ${guard === "not-cancelled" ? "AND NOT cancel_requested" : ""}
     RETURNING id`,
    [
      id,
      outcome.status,
      outcome.message,
      outcome.errors ? JSON.stringify(outcome.errors) : null,
      outcome.errorCount ?? null,
      outcome.counts?.inserted ?? 0,
      outcome.counts?.updated ?? 0,
      outcome.counts?.members ?? 0,
      outcome.at.toISOString(),
    ],
  );
  return rows.length > 0;
}

export async function requestCancel(db: Db, id: string) {
  const result = await db.audienceImport.updateMany({
    where: { id, status: { in: ["QUEUED", "RUNNING"] } },
    data: { cancelRequested: true },
  });
  return result.count > 0;
}

/** Imports whose server stopped sending progress (it restarted or died): they will never finish. */
export async function failStaleImports(sql: SqlRunner, olderThan: Date, queuedOlderThan: Date, at: Date) {
  return sql.query<{ id: string }>(
    `UPDATE audience_imports SET status = 'FAILED', finished_at = $3,
       message = 'The server handling this import stopped before it finished; nothing was imported. Upload the file again.'
     WHERE (status = 'RUNNING' AND heartbeat_at < $1) OR (status = 'QUEUED' AND created_at < $2)
     RETURNING id`,
    [olderThan.toISOString(), queuedOlderThan.toISOString(), at.toISOString()],
  );
}

/** The pilot's status, locked for the rest of the transaction (an import merges only into a DRAFT pilot). */
export async function lockPilotStatus(sql: SqlRunner, pilotId: string): Promise<string | null> {
  const rows = await sql.query<{ status: string }>(`SELECT status FROM pilots WHERE id = $1 FOR UPDATE`, [pilotId]);
  return rows[0]?.status ?? null;
}

export type Actor = ReturnType<typeof actorOf>;

/** The audit actor of a job started by a user (the import's uploader). */
export async function actorOfUser(sql: SqlRunner, userId: string | null): Promise<Actor> {
  if (!userId) return actorOf({ kind: "anonymous" });
  const [user] = await sql.query<{ email: string; name: string; role: string }>(
    `SELECT email, name, role FROM users WHERE id = $1`,
    [userId],
  );
  return user ? { actorType: "user", actorId: userId, actorLabel: user.email } : actorOf({ kind: "anonymous" });
}

/** The pilot's status, locked for the rest of the Prisma transaction (audience edits race with startPilot). */
export async function lockPilot(db: Db, pilotId: string): Promise<string | null> {
  const rows = await db.$queryRaw<
    { status: string }[]
  >`SELECT status::text FROM pilots WHERE id = ${pilotId} FOR UPDATE`;
  return rows[0]?.status ?? null;
}

/** An audit row written on the import's own connection (its merge transaction), in audit_events' shape. */
export async function insertAuditRow(
  sql: SqlRunner,
  input: { type: string; subjectId: string; data: Record<string, unknown>; actor: Actor; at: Date },
) {
  const actor = input.actor;
  await sql.query(
    `INSERT INTO audit_events (id, type, actor_type, actor_id, actor_label, subject_type, subject_id, data, created_at)
     VALUES ($1, $2, $3, $4, $5, 'pilot', $6, $7::jsonb, $8)`,
    [
      newId("audit"),
      input.type,
      actor.actorType,
      actor.actorId,
      actor.actorLabel,
      input.subjectId,
      JSON.stringify(input.data),
      input.at.toISOString(),
    ],
  );
}

// ---- staging: one temporary table per import, on the import's own connection ----

export const stagingTable = (importId: string) =>
  `audience_stage_${importId.replace(/[^a-z0-9]/gi, "_").toLowerCase()}`;

export async function createStaging(conn: SqlRunner, table: string) {
  await conn.exec(
    `DROP TABLE IF EXISTS ${table};
     CREATE TEMP TABLE ${table} (line integer NOT NULL, external_id text NOT NULL, participant_id text NOT NULL, attributes jsonb NOT NULL)`,
  );
}

export async function dropStaging(conn: SqlRunner, table: string) {
  await conn.exec(`DROP TABLE IF EXISTS ${table}`);
}

export type StagedRow = { line: number; id: string; participantId: string; attributes: string };

/** PGlite: one multi-row INSERT per batch (arrays unnested server-side). */
export async function insertStagedBatch(conn: SqlRunner, table: string, rows: StagedRow[]) {
  await conn.query(
    `INSERT INTO ${table} (line, external_id, participant_id, attributes)
     SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::jsonb[])`,
    [rows.map((r) => r.line), rows.map((r) => r.id), rows.map((r) => r.participantId), rows.map((r) => r.attributes)],
  );
}

/** Ids that appear on more than one line: the first `limit` with their lines, and how many rows repeat an id. */
export async function findDuplicates(conn: SqlRunner, table: string, limit: number) {
  const rows = await conn.query<{ external_id: string; lines: number[]; total: string }>(
    `WITH d AS (SELECT external_id, array_agg(line ORDER BY line) AS lines FROM ${table} GROUP BY external_id HAVING count(*) > 1)
     SELECT external_id, lines, (SELECT coalesce(sum(cardinality(lines) - 1), 0) FROM d)::text AS total
     FROM d ORDER BY lines[1] LIMIT $1`,
    [limit],
  );
  return { sample: rows, total: Number(rows[0]?.total ?? 0) };
}

/**
 * The set-based merge, inside the caller's transaction: participants upserted (attributes merged over stored ones:
 * an existing participant is updated, never duplicated), then the pilot's members. Rows go in key order, so the
 * unique indexes are filled page by page instead of at random places (measured: the merge dominates a large import).
 */
export async function mergeStaging(
  conn: SqlRunner,
  table: string,
  input: { pilotId: string; kind: ParticipantKind; importId: string; at: Date },
) {
  const [counts] = await conn.query<{ inserted: string; updated: string }>(
    `WITH up AS (
       INSERT INTO participants (id, kind, external_id, attributes, created_at)
       SELECT participant_id, $1::"ParticipantKind", external_id, attributes, $2 FROM ${table} ORDER BY external_id
       ON CONFLICT (kind, external_id) DO UPDATE SET attributes = participants.attributes || EXCLUDED.attributes
       RETURNING (xmax = 0) AS inserted)
     SELECT count(*) FILTER (WHERE inserted)::text AS inserted, count(*) FILTER (WHERE NOT inserted)::text AS updated FROM up`,
    [input.kind, input.at.toISOString()],
  );
  const [members] = await conn.query<{ added: string }>(
    `WITH ins AS (
       INSERT INTO audience_members (pilot_id, kind, external_id, import_id, added_at)
       SELECT $1, $2::"ParticipantKind", external_id, $3, $4 FROM ${table} ORDER BY external_id
       ON CONFLICT (pilot_id, kind, external_id) DO NOTHING RETURNING 1)
     SELECT count(*)::text AS added FROM ins`,
    [input.pilotId, input.kind, input.importId, input.at.toISOString()],
  );
  return {
    inserted: Number(counts?.inserted ?? 0),
    updated: Number(counts?.updated ?? 0),
    members: Number(members?.added ?? 0),
  };
}
