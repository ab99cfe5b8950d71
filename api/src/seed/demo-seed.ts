import { compileAssignment } from "@policy-pilot/experiments";
import { DEMO_COMMENTS, DEMO_POLICIES, type DemoVersion } from "../../../prisma/seed/demo-policies.js";
import type { Database } from "../db/create-db.js";
import type { SqlRunner } from "../db/sql-runner.js";
import type { Clock } from "../lib/clock.js";
import { newId } from "../lib/ids.js";
import { hashPassword } from "../modules/auth/password.js";
import { EMPTY_CONTENT, mergeContent } from "../modules/policies/policy-content.js";
import { insertRows } from "./insert-rows.js";
import { mulberry32, normal, type Rng } from "./rng.js";

export const DEMO_PASSWORD = "pilot-demo-2026";
export const DEMO_USERS = [
  { email: "admin@demo.policy-pilot.test", name: "Ada Admin", role: "ADMIN", password: DEMO_PASSWORD },
  { email: "ops@demo.policy-pilot.test", name: "Olle Ops", role: "OPS", password: DEMO_PASSWORD },
  { email: "manager@demo.policy-pilot.test", name: "Maja Manager", role: "MANAGER", password: DEMO_PASSWORD },
  { email: "agent@demo.policy-pilot.test", name: "Agnes Agent", role: "AGENT", password: DEMO_PASSWORD },
  { email: "viewer@demo.policy-pilot.test", name: "Vera Viewer", role: "VIEWER", password: DEMO_PASSWORD },
] as const;

export type DemoSize = { customers: number; agents: number };
export const DEMO_SIZE: DemoSize = { customers: 1200, agents: 24 };
/** Fixed so that the demo is the same on every machine. */
const DEMO_SEED = 20261122;
const PILOT_DAYS = 21;
const DAY_MS = 86_400_000;
/** Any constant: it only has to be the same for every instance of policy-pilot. */
const SEED_LOCK_KEY = 72_707_002;

const COUNTRIES = ["SE", "SE", "SE", "NO", "DK", "DE", "FI", "GB"];
const PLANS = ["free", "standard", "standard", "premium"];

/**
 * Seeds the demo (users, three policies with history and drafts, a running pilot with simulated participants and
 * feedback, a draft pilot) when the database has no users yet; otherwise changes nothing. Everything is written in
 * one transaction with batched multi-row INSERTs; on PostgreSQL an advisory lock keeps two instances starting
 * together from both seeding.
 */
export async function seedDemo(
  db: Database,
  options: { clock: Clock; size?: DemoSize },
): Promise<{ seeded: boolean; summary: string }> {
  if (await hasUsers(db.sql)) return { seeded: false, summary: "the database already has users" };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.sql.withConnection(async (conn) => {
    await conn.exec("BEGIN");
    try {
      if (conn.kind === "postgres") await conn.query("SELECT pg_advisory_xact_lock($1)", [SEED_LOCK_KEY]);
      if (await hasUsers(conn)) {
        await conn.exec("ROLLBACK");
        return { seeded: false, summary: "another instance seeded first" };
      }
      const summary = await writeDemo(conn, options.clock.now(), options.size ?? DEMO_SIZE, passwordHash);
      await conn.exec("COMMIT");
      return { seeded: true, summary };
    } catch (error) {
      await conn.exec("ROLLBACK");
      throw error;
    }
  });
}

async function hasUsers(sql: SqlRunner): Promise<boolean> {
  const rows = await sql.query<{ found: boolean }>("SELECT EXISTS (SELECT 1 FROM users) AS found");
  return Boolean(rows[0]?.found);
}

type Audit = {
  type: string;
  subjectType: string;
  subjectId: string;
  actor: { id: string; email: string };
  at: Date;
  data: object;
};

async function writeDemo(sql: SqlRunner, now: Date, size: DemoSize, passwordHash: string): Promise<string> {
  const rng = mulberry32(DEMO_SEED);
  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const audits: Audit[] = [];

  const users = DEMO_USERS.map((u) => ({ ...u, id: newId("user") }));
  const byRole = (role: (typeof DEMO_USERS)[number]["role"]) => users.find((u) => u.role === role)!;
  const ops = byRole("OPS");
  const manager = byRole("MANAGER");
  await insertRows(
    sql,
    "users",
    ["id", "email", "name", "role", "password_hash", "created_at"],
    users.map((u) => [u.id, u.email, u.name, u.role, passwordHash, ago(120)]),
  );

  const versionRows: unknown[][] = [];
  const policyIds = new Map<
    string,
    {
      id: string;
      publishedId: string;
      publishedNumber: number;
      drafts: { id: string; variantKey: string; variantName: string }[];
    }
  >();
  for (const [index, policy] of DEMO_POLICIES.entries()) {
    const policyId = newId("policy");
    const created = ago(110 - index * 5);
    await insertRows(
      sql,
      "policies",
      ["id", "key", "name", "description", "created_by_id", "created_at", "updated_at"],
      [[policyId, policy.key, policy.name, policy.description, ops.id, created, ago(PILOT_DAYS + 2)]],
    );
    audits.push({
      type: "policy.created",
      subjectType: "policy",
      subjectId: policyId,
      actor: ops,
      at: created,
      data: { key: policy.key },
    });
    let number = 0;
    let previous: { id: string; content: ReturnType<typeof mergeContent> } | null = null;
    const history = policy.published;
    for (const [i, version] of history.entries()) {
      number += 1;
      const id = newId("policyVersion");
      const isCurrent = i === history.length - 1;
      const publishedAt = ago(100 - index * 5 - i * 40);
      const content = mergeContent(previous?.content ?? EMPTY_CONTENT, version.sections);
      versionRows.push(
        versionRow(
          id,
          policyId,
          number,
          isCurrent ? "PUBLISHED" : "ARCHIVED",
          version,
          content,
          previous?.id ?? null,
          ops.id,
          publishedAt,
          manager.id,
          isCurrent ? null : ago(100 - index * 5 - (i + 1) * 40),
          now,
        ),
      );
      audits.push({
        type: "policy_version.published",
        subjectType: "policy_version",
        subjectId: id,
        actor: manager,
        at: publishedAt,
        data: { policyId, number },
      });
      previous = { id, content };
    }
    const published = previous!;
    const drafts = policy.drafts.map((draft) => {
      number += 1;
      const id = newId("policyVersion");
      versionRows.push(
        versionRow(
          id,
          policyId,
          number,
          "DRAFT",
          draft,
          mergeContent(published.content, draft.sections),
          published.id,
          ops.id,
          null,
          null,
          null,
          now,
          ago(PILOT_DAYS + 3),
        ),
      );
      return { id, variantKey: draft.variantKey, variantName: draft.variantName };
    });
    policyIds.set(policy.key, { id: policyId, publishedId: published.id, publishedNumber: history.length, drafts });
  }
  await insertRows(
    sql,
    "policy_versions",
    [
      "id",
      "policy_id",
      "number",
      "status",
      "title",
      "content",
      "change_note",
      "review_by",
      "based_on_id",
      "created_by_id",
      "created_at",
      "published_at",
      "published_by_id",
      "archived_at",
    ],
    versionRows,
  );

  // The running pilot: returns and refunds, control against two drafts, started three weeks ago.
  const returns = policyIds.get("returns-and-refunds")!;
  const pilotId = newId("pilot");
  const hashSeed = "6f1d2c9e-3b7a-4f0e-9d51-8a2c4b6e7f16";
  const startedAt = ago(PILOT_DAYS);
  const weights = [0.34, 0.33, 0.33];
  const arms = [
    {
      id: newId("variant"),
      key: "control",
      name: `Published v${returns.publishedNumber}`,
      versionId: returns.publishedId,
      isControl: true,
    },
    ...returns.drafts.map((d) => ({
      id: newId("variant"),
      key: d.variantKey,
      name: d.variantName,
      versionId: d.id,
      isControl: false,
    })),
  ];
  const responseTimes = policyIds.get("response-times")!;
  const draftPilotId = newId("pilot");
  const draftArms = [
    {
      id: newId("variant"),
      key: "control",
      name: `Published v${responseTimes.publishedNumber}`,
      versionId: responseTimes.publishedId,
      isControl: true,
    },
    {
      id: newId("variant"),
      key: responseTimes.drafts[0]!.variantKey,
      name: responseTimes.drafts[0]!.variantName,
      versionId: responseTimes.drafts[0]!.id,
      isControl: false,
    },
  ];
  await insertRows(
    sql,
    "pilots",
    [
      "id",
      "policy_id",
      "name",
      "hypothesis",
      "status",
      "unit",
      "hash_seed",
      "coverage",
      "consent_required",
      "primary_metric",
      "created_by_id",
      "created_at",
      "updated_at",
      "started_at",
    ],
    [
      [
        pilotId,
        returns.id,
        "Faster refund decisions",
        "Letting agents decide more refunds alone, or offering instant store credit, raises CSAT without raising refund costs.",
        "RUNNING",
        "CUSTOMER",
        hashSeed,
        1,
        false,
        "csat",
        ops.id,
        ago(PILOT_DAYS + 1),
        startedAt,
        startedAt,
      ],
      [
        draftPilotId,
        responseTimes.id,
        "Evening chat",
        "Chat open until 22:00 raises satisfaction of customers who work days.",
        "DRAFT",
        "CUSTOMER",
        "0b4e7a51-2f6c-4d8e-a913-5c7d9e1f2a34",
        0.5,
        true,
        "csat",
        ops.id,
        ago(2),
        ago(2),
        null,
      ],
    ],
  );
  await insertRows(
    sql,
    "pilot_variants",
    ["id", "pilot_id", "key", "name", "weight", "position", "is_control", "policy_version_id"],
    [
      ...arms.map((a, i) => [a.id, pilotId, a.key, a.name, weights[i], i, a.isControl, a.versionId]),
      ...draftArms.map((a, i) => [a.id, draftPilotId, a.key, a.name, 0.5, i, a.isControl, a.versionId]),
    ],
  );
  audits.push(
    {
      type: "pilot.created",
      subjectType: "pilot",
      subjectId: pilotId,
      actor: ops,
      at: ago(PILOT_DAYS + 1),
      data: { policyId: returns.id },
    },
    {
      type: "pilot.started",
      subjectType: "pilot",
      subjectId: pilotId,
      actor: ops,
      at: startedAt,
      data: { from: "DRAFT", to: "RUNNING" },
    },
    {
      type: "pilot.created",
      subjectType: "pilot",
      subjectId: draftPilotId,
      actor: ops,
      at: ago(2),
      data: { policyId: responseTimes.id },
    },
  );

  // Participants, their (deterministic) assignments, exposures and feedback.
  const assign = compileAssignment({
    key: pilotId,
    seed: hashSeed,
    variants: arms.map((a, i) => ({ key: a.key, weight: weights[i]! })),
  });
  const agents = Array.from({ length: size.agents }, (_, i) => ({
    id: newId("participant"),
    externalId: `agent-${String(i + 1).padStart(2, "0")}`,
  }));
  const participantRows: unknown[][] = agents.map((a) => [
    a.id,
    "AGENT",
    a.externalId,
    JSON.stringify({ team: a.externalId < "agent-11" ? "north" : "south", language: "sv" }),
    ago(PILOT_DAYS + 30),
  ]);
  const assignmentRows: unknown[][] = [];
  const exposureRows: unknown[][] = [];
  const feedbackRows: unknown[][] = [];
  const counts = new Map<string, number>();
  const armByKey = new Map(arms.map((a) => [a.key, a]));
  for (let i = 0; i < size.customers; i++) {
    const externalId = `cust-${String(i + 1).padStart(4, "0")}`;
    const attributes = { country: pick(rng, COUNTRIES), plan: pick(rng, PLANS), language: rng() < 0.7 ? "sv" : "en" };
    const participantId = newId("participant");
    participantRows.push([
      participantId,
      "CUSTOMER",
      externalId,
      JSON.stringify(attributes),
      ago(PILOT_DAYS + 60 * rng()),
    ]);
    const decision = assign(externalId, attributes);
    if (!decision.inExperiment) continue;
    const arm = armByKey.get(decision.variantKey)!;
    counts.set(arm.key, (counts.get(arm.key) ?? 0) + 1);
    const assignedAt = new Date(startedAt.getTime() + rng() * (PILOT_DAYS - 1) * DAY_MS);
    const assignmentId = newId("assignment");
    assignmentRows.push([assignmentId, pilotId, participantId, arm.id, decision.bucket, assignedAt]);
    const tickets = 1 + Math.floor(rng() * 3);
    let last = assignedAt;
    for (let t = 0; t < tickets; t++) {
      last = new Date(Math.min(now.getTime() - 60_000, last.getTime() + rng() * 3 * DAY_MS));
      exposureRows.push([
        newId("exposure"),
        pilotId,
        arm.id,
        assignmentId,
        externalId,
        pick(rng, agents).externalId,
        `T-${10_000 + i * 4 + t}`,
        last,
      ]);
    }
    if (rng() < 0.6) {
      const rating = simulateRating(rng, arm.key);
      const comment = rng() < 0.3 ? commentFor(rng, rating.csat) : null;
      feedbackRows.push([
        newId("feedback"),
        pilotId,
        arm.id,
        assignmentId,
        participantId,
        "CUSTOMER",
        rating.csat,
        rating.nps,
        rating.ces,
        comment,
        `T-${10_000 + i * 4}`,
        `demo-${externalId}`,
        new Date(last.getTime() + 3_600_000),
      ]);
    }
  }
  await insertRows(sql, "participants", ["id", "kind", "external_id", "attributes", "created_at"], participantRows);
  await insertRows(
    sql,
    "assignments",
    ["id", "pilot_id", "participant_id", "variant_id", "bucket", "assigned_at"],
    assignmentRows,
  );
  await insertRows(
    sql,
    "exposures",
    [
      "id",
      "pilot_id",
      "variant_id",
      "assignment_id",
      "customer_external_id",
      "agent_external_id",
      "ticket_external_id",
      "occurred_at",
    ],
    exposureRows,
  );
  await insertRows(
    sql,
    "feedback",
    [
      "id",
      "pilot_id",
      "variant_id",
      "assignment_id",
      "participant_id",
      "source",
      "csat",
      "nps",
      "ces",
      "comment",
      "ticket_external_id",
      "idempotency_key",
      "created_at",
    ],
    feedbackRows,
  );
  await insertRows(
    sql,
    "audit_events",
    ["id", "type", "actor_type", "actor_id", "actor_label", "subject_type", "subject_id", "data", "created_at"],
    audits.map((a) => [
      newId("audit"),
      a.type,
      "user",
      a.actor.id,
      a.actor.email,
      a.subjectType,
      a.subjectId,
      JSON.stringify({ ...a.data, seed: true }),
      a.at,
    ]),
  );

  return `${DEMO_USERS.length} users, ${DEMO_POLICIES.length} policies, ${versionRows.length} versions, 2 pilots, ${participantRows.length} participants, ${assignmentRows.length} assignments (${[...counts].map(([k, n]) => `${k} ${n}`).join(", ")}), ${exposureRows.length} exposures, ${feedbackRows.length} responses`;
}

function versionRow(
  id: string,
  policyId: string,
  number: number,
  status: "DRAFT" | "PUBLISHED" | "ARCHIVED",
  version: DemoVersion,
  content: object,
  basedOnId: string | null,
  createdById: string,
  publishedAt: Date | null,
  publishedById: string | null,
  archivedAt: Date | null,
  now: Date,
  createdAt: Date | null = null,
): unknown[] {
  const reviewBy =
    version.reviewInDays > 0
      ? new Date(now.getTime() + version.reviewInDays * DAY_MS).toISOString().slice(0, 10)
      : null;
  return [
    id,
    policyId,
    number,
    status,
    version.title,
    JSON.stringify(content),
    version.changeNote,
    reviewBy,
    basedOnId,
    createdById,
    createdAt ?? publishedAt ?? now,
    publishedAt,
    publishedById,
    archivedAt,
  ];
}

/** Ratings per arm: "agent-approves-50" is clearly better on CSAT and effort; "instant-store-credit" about equal. */
function simulateRating(rng: Rng, armKey: string): { csat: number; nps: number; ces: number } {
  const shift = armKey === "agent-approves-50" ? 0.45 : armKey === "instant-store-credit" ? 0.05 : 0;
  const latent = 3.75 + shift + normal(rng) * 0.95;
  const csat = clampInt(Math.round(latent), 1, 5);
  const nps = clampInt(Math.round(latent * 2.1 - 0.6 + normal(rng) * 1.4), 0, 10);
  const ces = clampInt(Math.round(4.2 - shift * 1.6 - (latent - 3.75) * 0.5 + normal(rng) * 1.1), 1, 7);
  return { csat, nps, ces };
}

function commentFor(rng: Rng, csat: number): string {
  const pool = csat >= 4 ? DEMO_COMMENTS.happy : csat === 3 ? DEMO_COMMENTS.neutral : DEMO_COMMENTS.unhappy;
  return pick(rng, pool);
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

function clampInt(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
