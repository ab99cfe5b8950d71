import { newId } from "../../lib/ids.js";
import { InvalidStateError, NotFoundError, ValidationError } from "../../schema/errors.js";
import { missingRequiredSections, type PolicyContent, readContent, SECTION_TITLES } from "./policy-content.js";

/**
 * The one way a policy version becomes PUBLISHED (ADR 0018): direct publication (policies service), promotion of a
 * pilot variant (decisions service, through the policies service) and the demo seed all call
 * `publishVersionInTransaction`, so all three lock the same rows, refuse the same versions and write the same audit
 * events. It is plain SQL on a query function so that it runs inside a Prisma interactive transaction
 * (`sqlOfPrisma`) and inside the demo seed's raw-SQL transaction alike.
 */
export type SqlQuery = { query: <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]> };

/** A Prisma client or open transaction as a query function (parameters are typed by the casts in each statement). */
export function sqlOfPrisma(db: {
  $queryRawUnsafe: <T = unknown>(query: string, ...values: unknown[]) => Promise<T>;
}): SqlQuery {
  return { query: <T>(text: string, params: unknown[] = []) => db.$queryRawUnsafe<T[]>(text, ...params) };
}

export type AuditActor = { actorType: string; actorId: string | null; actorLabel: string };

export type PublishInput = {
  versionId: string;
  at: Date;
  actor: AuditActor;
  requestId?: string | null;
  /** Added to both audit events' data, e.g. `{ via: "promotion", pilotId }` or `{ seed: true }`. */
  auditData?: Record<string, unknown>;
  /** Runs after the version is locked and known to be a publishable DRAFT, before anything is written. */
  guard?: (version: LockedVersion) => Promise<void>;
};

export type LockedVersion = {
  id: string;
  policyId: string;
  policyName: string;
  number: number;
  title: string;
  status: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  content: PolicyContent;
  basedOnId: string | null;
  publishedAt: Date | null;
  publishedByName: string | null;
};

export type PublishOutcome = { versionId: string; number: number; archivedVersionId: string | null };

/** `Version 3 "Faster refunds" of policy "Returns and refunds"`: how messages name a version. */
export function describeVersion(v: { number: number; title: string; policyName: string }): string {
  return `Version ${v.number} "${v.title}" of policy "${v.policyName}"`;
}

/** `2026-12-01 14:05 UTC`: how messages name a moment. */
export function formatMoment(at: Date): string {
  return `${at.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** Refuses a version whose required sections are empty, naming them and saying what to do. */
export function assertPublishable(
  v: { number: number; title: string; policyName: string; content: PolicyContent },
  action = "cannot be published",
  next = "Write them in the draft, then publish again.",
): void {
  const missing = missingRequiredSections(v.content);
  if (missing.length === 0) return;
  const names = missing.map((key) => SECTION_TITLES[key]);
  const list = names.length === 1 ? `the section ${names[0]} is` : `the sections ${names.join(" and ")} are`;
  throw new ValidationError(
    `${describeVersion(v)} ${action}: ${list} empty. ${next}`,
    missing.map((key) => ({ path: ["content", key], message: `${SECTION_TITLES[key]} must not be empty.` })),
  );
}

/**
 * Publishes a DRAFT version inside the caller's transaction: locks the policy (then the version, the order every
 * writer of versions uses), refuses anything but a DRAFT with its required sections written, archives the version
 * in force, publishes this one with a compare-and-set on its status, and writes `policy_version.archived` (for the
 * replaced version) and `policy_version.published`. Concurrent calls for one draft serialize on the policy lock;
 * the later ones see PUBLISHED and are refused.
 */
export async function publishVersionInTransaction(sql: SqlQuery, input: PublishInput): Promise<PublishOutcome> {
  const at = input.at.toISOString();
  const [located] = await sql.query<{ policy_id: string }>(
    "SELECT policy_id FROM policy_versions WHERE id = $1::text",
    [input.versionId],
  );
  if (!located) throw new NotFoundError("policy version", input.versionId);
  await sql.query("SELECT id FROM policies WHERE id = $1::text FOR UPDATE", [located.policy_id]);
  const [row] = await sql.query<{
    id: string;
    policy_id: string;
    policy_name: string;
    number: number;
    title: string;
    status: LockedVersion["status"];
    content: unknown;
    based_on_id: string | null;
    published_at: Date | string | null;
    published_by_name: string | null;
  }>(
    `SELECT v.id, v.policy_id, p.name AS policy_name, v.number, v.title, v.status::text AS status, v.content,
            v.based_on_id, v.published_at, u.name AS published_by_name
       FROM policy_versions v
       JOIN policies p ON p.id = v.policy_id
       LEFT JOIN users u ON u.id = v.published_by_id
      WHERE v.id = $1::text
        FOR UPDATE OF v`,
    [input.versionId],
  );
  if (!row) throw new NotFoundError("policy version", input.versionId);
  const version: LockedVersion = {
    id: row.id,
    policyId: row.policy_id,
    policyName: row.policy_name,
    number: Number(row.number),
    title: row.title,
    status: row.status,
    content: readContent(typeof row.content === "string" ? JSON.parse(row.content) : row.content),
    basedOnId: row.based_on_id,
    publishedAt: row.published_at ? new Date(row.published_at) : null,
    publishedByName: row.published_by_name,
  };
  if (version.status !== "DRAFT") throw notADraft(version);
  assertPublishable(version);
  await input.guard?.(version);

  const archived = await sql.query<{ id: string; number: number }>(
    `UPDATE policy_versions SET status = 'ARCHIVED', archived_at = $2::timestamptz
      WHERE policy_id = $1::text AND status = 'PUBLISHED' AND id <> $3::text
      RETURNING id, number`,
    [version.policyId, at, version.id],
  );
  const published = await sql.query<{ id: string }>(
    `UPDATE policy_versions SET status = 'PUBLISHED', published_at = $2::timestamptz, published_by_id = $3::text
      WHERE id = $1::text AND status = 'DRAFT'
      RETURNING id`,
    [version.id, at, input.actor.actorType === "user" ? input.actor.actorId : null],
  );
  if (published.length !== 1) throw notADraft({ ...version, status: "PUBLISHED" });
  await sql.query("UPDATE policies SET updated_at = $2::timestamptz WHERE id = $1::text", [version.policyId, at]);

  const archivedVersion = archived[0] ?? null;
  const extra = input.auditData ?? {};
  if (archivedVersion) {
    await insertAudit(sql, input, "policy_version.archived", archivedVersion.id, {
      policyId: version.policyId,
      number: Number(archivedVersion.number),
      replacedByVersionId: version.id,
      ...extra,
    });
  }
  await insertAudit(sql, input, "policy_version.published", version.id, {
    policyId: version.policyId,
    number: version.number,
    basedOnId: version.basedOnId,
    archivedVersionId: archivedVersion?.id ?? null,
    ...extra,
  });
  return { versionId: version.id, number: version.number, archivedVersionId: archivedVersion?.id ?? null };
}

function notADraft(version: LockedVersion): InvalidStateError {
  const who = version.publishedByName ? ` by ${version.publishedByName}` : "";
  const when = version.publishedAt ? ` on ${formatMoment(version.publishedAt)}` : "";
  const message =
    version.status === "PUBLISHED"
      ? `${describeVersion(version)} is already PUBLISHED (published${who}${when}); only DRAFT versions can be published. Nothing changed: it is the version in force.`
      : `${describeVersion(version)} is ARCHIVED: it was published${who}${when} and has been replaced since. Only DRAFT versions can be published; create a new draft from it to bring its text back.`;
  return new InvalidStateError(message, version.id, version.status, ["DRAFT"]);
}

async function insertAudit(
  sql: SqlQuery,
  input: PublishInput,
  type: string,
  subjectId: string,
  data: Record<string, unknown>,
): Promise<void> {
  await sql.query(
    `INSERT INTO audit_events (id, type, actor_type, actor_id, actor_label, subject_type, subject_id, data, request_id, created_at)
     VALUES ($1::text, $2::text, $3::text, $4::text, $5::text, 'policy_version', $6::text, $7::jsonb, $8::text, $9::timestamptz)`,
    [
      newId("audit"),
      type,
      input.actor.actorType,
      input.actor.actorId,
      input.actor.actorLabel,
      subjectId,
      JSON.stringify(data),
      input.requestId ?? null,
      input.at.toISOString(),
    ],
  );
}
