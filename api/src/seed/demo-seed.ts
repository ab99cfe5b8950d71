import { compileAssignment, DEFAULT_DESIGN } from "@policy-pilot/experiments";
import {
  type CommentPool,
  DEMO_COMMENTS,
  DEMO_POLICIES,
  type DemoConcludedPilot,
  type DemoVersion,
} from "../../../prisma/seed/demo-policies.js";
import type { Database } from "../db/create-db.js";
import type { SqlRunner } from "../db/sql-runner.js";
import type { Clock } from "../lib/clock.js";
import { newId } from "../lib/ids.js";
import type { SecretBox } from "../lib/secret-box.js";
import { isoDate, isoWeekStart } from "../modules/agent-ratings/iso-week.js";
import { hashPassword } from "../modules/auth/password.js";
import { designColumns } from "../modules/pilots/pilot-design.js";
import { EMPTY_CONTENT, mergeContent, type PolicyContent } from "../modules/policies/policy-content.js";
import { publishVersionInTransaction } from "../modules/policies/publish-version.js";
import { emptyStats, type VariantSufficientStats } from "../modules/results/results.read-model.js";
import { buildResults } from "../modules/results/results.service.js";
import { seedDemoHelpdesk } from "./demo-helpdesk.js";
import { insertRows } from "./insert-rows.js";
import { mulberry32, normal, type Rng } from "./rng.js";

export const DEMO_PASSWORD = "pilot-demo-2026";
export const DEMO_USERS = [
  { email: "admin@demo.policy-pilot.test", name: "Ada Admin", role: "ADMIN", password: DEMO_PASSWORD },
  { email: "ops@demo.policy-pilot.test", name: "Olle Ops", role: "OPS", password: DEMO_PASSWORD },
  { email: "manager@demo.policy-pilot.test", name: "Maja Manager", role: "MANAGER", password: DEMO_PASSWORD },
  {
    email: "agent@demo.policy-pilot.test",
    name: "Agnes Agent",
    role: "AGENT",
    password: DEMO_PASSWORD,
    // One of the simulated helpdesk agents (participants agent-01 … agent-24), ADR 0020.
    helpdeskAgentId: "agent-07",
  },
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
 * feedback, a concluded pilot whose winner was promoted, a draft pilot) when the database has no users yet; otherwise changes nothing. Everything is written in
 * one transaction with batched multi-row INSERTs; on PostgreSQL an advisory lock keeps two instances starting
 * together from both seeding.
 */
export async function seedDemo(
  db: Database,
  options: { clock: Clock; size?: DemoSize; secrets?: SecretBox },
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
      const summary = await writeDemo(
        conn,
        options.clock.now(),
        options.size ?? DEMO_SIZE,
        passwordHash,
        options.secrets,
      );
      await conn.exec("COMMIT");
      return { seeded: true, summary };
    } catch (error) {
      await conn.exec("ROLLBACK");
      throw error;
    }
  });
}

/** What the demo's consent-required pilot tells customers before they accept (from the seed articles' advice). */
const DEMO_DISCLOSURE = {
  en: {
    whatChanges: "Our chat stays open until 22:00 on weekdays, so you can reach us after work.",
    duration: "Four weeks. After that we decide, with your feedback, whether evening chat stays.",
    dataKept: "Your ratings and comments about your contacts with us, for one year. We never share them.",
    howToLeave:
      "Use the link at the bottom of any of our pages, or tell the agent. You are back on our standard service at once.",
  },
  sv: {
    whatChanges: "Vår chatt är öppen till 22.00 på vardagar, så att du kan nå oss efter jobbet.",
    duration: "Fyra veckor. Sedan bestämmer vi, med din återkoppling, om kvällschatten blir kvar.",
    dataKept: "Dina betyg och kommentarer om dina kontakter med oss, i ett år. Vi delar dem aldrig.",
    howToLeave:
      "Använd länken längst ned på någon av våra sidor, eller säg till handläggaren. Då gäller vår vanliga service direkt.",
  },
};

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

type Customer = { id: string; externalId: string; attributes: Record<string, string> };

type Arm = { id: string; key: string; name: string; versionId: string; isControl: boolean; weight: number };

/** A pilot row as inserted; `concludedAt` only for the concluded one. */
type PilotRow = {
  id: string;
  policyId: string;
  name: string;
  hypothesis: string;
  status: "DRAFT" | "RUNNING" | "CONCLUDED";
  hashSeed: string;
  coverage: number;
  consentRequired: boolean;
  createdAt: Date;
  updatedAt: Date;
  startedAt: Date | null;
  concludedAt: Date | null;
  arms: Arm[];
};

/** What the seeded pilot simulation produced, in insert order, plus the statistics the results page will compute. */
type Simulated = {
  assignments: unknown[][];
  exposures: unknown[][];
  feedback: unknown[][];
  stats: Map<string, VariantSufficientStats>;
};

type Promotion = DemoConcludedPilot & {
  pilotId: string;
  policyId: string;
  controlVersionId: string;
  controlNumber: number;
  treatmentVersionId: string;
  publishedVersionId: string;
  startedAt: Date;
  decidedAt: Date;
};

const VERSION_COLUMNS = [
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
];

async function writeDemo(
  sql: SqlRunner,
  now: Date,
  size: DemoSize,
  passwordHash: string,
  secrets: SecretBox | undefined,
): Promise<string> {
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
    ["id", "email", "name", "role", "password_hash", "created_at", "helpdesk_agent_id"],
    users.map((u) => [
      u.id,
      u.email,
      u.name,
      u.role,
      passwordHash,
      ago(200),
      "helpdeskAgentId" in u ? u.helpdeskAgentId : null,
    ]),
  );

  // Policies and their versions: published history (oldest first, the last one in force), then the drafts.
  const policyRows: unknown[][] = [];
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
  let promotion: Promotion | null = null;
  // Versions are inserted as drafts and then published in history order through the policies module's one publish
  // path (ADR 0018), which archives the version they replace and writes the same audit events as the API.
  const publications: { versionId: string; at: Date; auditData: Record<string, unknown> }[] = [];
  for (const [index, policy] of DEMO_POLICIES.entries()) {
    const policyId = newId("policy");
    const created = ago(190 - index * 5);
    policyRows.push([policyId, policy.key, policy.name, policy.description, ops.id, created, ago(PILOT_DAYS + 2)]);
    audits.push({
      type: "policy.created",
      subjectType: "policy",
      subjectId: policyId,
      actor: ops,
      at: created,
      data: { key: policy.key },
    });
    let number = 0;
    let previous: { id: string; number: number; content: PolicyContent } | null = null;
    const history = policy.published;
    for (const [i, version] of history.entries()) {
      const isCurrent = i === history.length - 1;
      // The next publication archives this one at its own moment, as publishing does.
      const publishedAt = ago(180 - index * 5 - i * 80);
      const content = mergeContent(previous?.content ?? EMPTY_CONTENT, version.sections);
      if (isCurrent && previous && policy.promotedFrom) {
        // Tested as a draft against the version then in force, then promoted as decisions.service does it: the
        // draft stays a draft and a new published version is based on it.
        const spec = policy.promotedFrom;
        const draftId = newId("policyVersion");
        const pilotId = newId("pilot");
        const startedAt = new Date(publishedAt.getTime() - spec.days * DAY_MS);
        const draftCreated = new Date(startedAt.getTime() - 3 * DAY_MS);
        number += 1;
        versionRows.push(
          versionRow({ id: draftId, policyId, number, version, content, now }, previous.id, {
            createdBy: ops.id,
            createdAt: draftCreated,
          }),
        );
        audits.push({
          type: "policy_version.created",
          subjectType: "policy_version",
          subjectId: draftId,
          actor: ops,
          at: draftCreated,
          data: { policyId, number, basedOnId: previous.id },
        });
        number += 1;
        const id = newId("policyVersion");
        const changeNote = `Promoted from pilot "${spec.name}" (${pilotId}), variant "${spec.variantKey}": ${spec.rationale}`;
        versionRows.push(
          versionRow({ id, policyId, number, version: { ...version, changeNote }, content, now }, draftId, {
            createdBy: manager.id,
            createdAt: publishedAt,
          }),
        );
        publications.push({ versionId: id, at: publishedAt, auditData: { via: "promotion", pilotId } });
        promotion = {
          ...spec,
          pilotId,
          policyId,
          controlVersionId: previous.id,
          controlNumber: previous.number,
          treatmentVersionId: draftId,
          publishedVersionId: id,
          startedAt,
          decidedAt: publishedAt,
        };
        previous = { id, number, content };
        continue;
      }
      number += 1;
      const id = newId("policyVersion");
      versionRows.push(
        versionRow({ id, policyId, number, version, content, now }, previous?.id ?? null, {
          createdBy: ops.id,
          createdAt: new Date(publishedAt.getTime() - 2 * DAY_MS),
        }),
      );
      publications.push({ versionId: id, at: publishedAt, auditData: { via: "direct" } });
      previous = { id, number, content };
    }
    const published = previous!;
    const drafts = policy.drafts.map((draft) => {
      number += 1;
      const id = newId("policyVersion");
      const createdAt = ago(PILOT_DAYS + 3);
      versionRows.push(
        versionRow(
          {
            id,
            policyId,
            number,
            version: draft,
            content: mergeContent(published.content, draft.sections),
            now,
          },
          published.id,
          { createdBy: ops.id, createdAt },
        ),
      );
      audits.push({
        type: "policy_version.created",
        subjectType: "policy_version",
        subjectId: id,
        actor: ops,
        at: createdAt,
        data: { policyId, number, basedOnId: published.id },
      });
      return { id, variantKey: draft.variantKey, variantName: draft.variantName };
    });
    policyIds.set(policy.key, { id: policyId, publishedId: published.id, publishedNumber: published.number, drafts });
  }
  await insertRows(
    sql,
    "policies",
    ["id", "key", "name", "description", "created_by_id", "created_at", "updated_at"],
    policyRows,
  );
  await insertRows(sql, "policy_versions", VERSION_COLUMNS, versionRows);
  let publicationEvents = 0;
  for (const publication of publications) {
    const outcome = await publishVersionInTransaction(sql, {
      versionId: publication.versionId,
      at: publication.at,
      actor: { actorType: "user", actorId: manager.id, actorLabel: manager.email },
      auditData: { ...publication.auditData, seed: true },
    });
    publicationEvents += outcome.archivedVersionId ? 2 : 1;
  }

  // Pilots: returns and refunds running for three weeks (control against two drafts), a draft pilot on response
  // times, and, when a policy's version in force was promoted from a pilot, that pilot concluded with its decision.
  const returns = policyIds.get("returns-and-refunds")!;
  const responseTimes = policyIds.get("response-times")!;
  const armsOf = (policy: typeof returns, weights: number[]): Arm[] => [
    {
      id: newId("variant"),
      key: "control",
      name: `Published v${policy.publishedNumber}`,
      versionId: policy.publishedId,
      isControl: true,
      weight: weights[0]!,
    },
    ...policy.drafts.slice(0, weights.length - 1).map((d, i) => ({
      id: newId("variant"),
      key: d.variantKey,
      name: d.variantName,
      versionId: d.id,
      isControl: false,
      weight: weights[i + 1]!,
    })),
  ];
  const startedAt = ago(PILOT_DAYS);
  const running: PilotRow = {
    id: newId("pilot"),
    policyId: returns.id,
    name: "Faster refund decisions",
    hypothesis:
      "Letting agents decide more refunds alone, or offering instant store credit, raises CSAT without raising customer effort or refund costs.",
    status: "RUNNING",
    hashSeed: "6f1d2c9e-3b7a-4f0e-9d51-8a2c4b6e7f16",
    coverage: 1,
    consentRequired: false,
    createdAt: ago(PILOT_DAYS + 1),
    updatedAt: startedAt,
    startedAt,
    concludedAt: null,
    arms: armsOf(returns, [0.34, 0.33, 0.33]),
  };
  const draftPilot: PilotRow = {
    id: newId("pilot"),
    policyId: responseTimes.id,
    name: "Evening chat",
    hypothesis: "Chat open until 22:00 raises satisfaction of customers who work days.",
    status: "DRAFT",
    hashSeed: "0b4e7a51-2f6c-4d8e-a913-5c7d9e1f2a34",
    coverage: 0.5,
    consentRequired: true,
    createdAt: ago(2),
    updatedAt: ago(2),
    startedAt: null,
    concludedAt: null,
    arms: armsOf(responseTimes, [0.5, 0.5]),
  };
  const pilots: PilotRow[] = [running, draftPilot];
  const concluded: PilotRow | null = promotion
    ? {
        id: promotion.pilotId,
        policyId: promotion.policyId,
        name: promotion.name,
        hypothesis: promotion.hypothesis,
        status: "CONCLUDED",
        hashSeed: "c3a8e2f4-7d19-4b6a-8e05-1f9b2d7c4a60",
        coverage: 1,
        consentRequired: false,
        createdAt: new Date(promotion.startedAt.getTime() - DAY_MS),
        updatedAt: promotion.decidedAt,
        startedAt: promotion.startedAt,
        concludedAt: promotion.decidedAt,
        arms: [
          {
            id: newId("variant"),
            key: "control",
            name: `Published v${promotion.controlNumber}`,
            versionId: promotion.controlVersionId,
            isControl: true,
            weight: 0.5,
          },
          {
            id: newId("variant"),
            key: promotion.variantKey,
            name: promotion.variantName,
            versionId: promotion.treatmentVersionId,
            isControl: false,
            weight: 0.5,
          },
        ],
      }
    : null;
  if (concluded) pilots.push(concluded);
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
      "concluded_at",
    ],
    pilots.map((p) => [
      p.id,
      p.policyId,
      p.name,
      p.hypothesis,
      p.status,
      "CUSTOMER",
      p.hashSeed,
      p.coverage,
      p.consentRequired,
      "csat",
      ops.id,
      p.createdAt,
      p.updatedAt,
      p.startedAt,
      p.concludedAt,
    ]),
  );
  // The draft pilot asks consent: its beta disclosure, in English and Swedish, is ready for ops to review.
  await insertRows(
    sql,
    "disclosures",
    ["id", "pilot_id", "version", "texts", "created_by_id", "created_at"],
    [[newId("disclosure"), draftPilot.id, 1, JSON.stringify(DEMO_DISCLOSURE), ops.id, ago(1)]],
  );
  await insertRows(
    sql,
    "pilot_variants",
    ["id", "pilot_id", "key", "name", "weight", "position", "is_control", "policy_version_id"],
    pilots.flatMap((p) => p.arms.map((a, i) => [a.id, p.id, a.key, a.name, a.weight, i, a.isControl, a.versionId])),
  );
  // The running pilot's design (ADR 0021) also reads agents' clarity ratings and the helpdesk's first-response times.
  await sql.query(`UPDATE pilots SET secondary_metrics = $1 WHERE id = $2`, [
    JSON.stringify(["satisfied", "nps", "clarity", "first_response_median"]),
    running.id,
  ]);
  // Phase 1 of each started pilot (ADR 0022), as startPilot opens it.
  await insertRows(
    sql,
    "pilot_phases",
    ["id", "pilot_id", "number", "weights", "started_at", "ended_at", "counts"],
    pilots
      .filter((p) => p.startedAt)
      .map((p) => [
        newId("pilotPhase"),
        p.id,
        1,
        JSON.stringify(Object.fromEntries(p.arms.map((a) => [a.key, a.weight]))),
        p.startedAt,
        null,
        null,
      ]),
  );
  // The draft pilot routes customers by arm (ADR 0025): policyFor will name the agent group serving their arm.
  await sql.query(`UPDATE pilots SET customer_routing = 'BY_ARM' WHERE id = $1`, [draftPilot.id]);
  await sql.query(
    `UPDATE pilot_variants SET agent_group = CASE WHEN is_control THEN 'Day shift' ELSE 'Evening chat team' END
     WHERE pilot_id = $1`,
    [draftPilot.id],
  );
  for (const p of pilots) {
    audits.push({
      type: "pilot.created",
      subjectType: "pilot",
      subjectId: p.id,
      actor: ops,
      at: p.createdAt,
      data: { policyId: p.policyId },
    });
    if (p.startedAt) {
      audits.push({
        type: "pilot.started",
        subjectType: "pilot",
        subjectId: p.id,
        actor: ops,
        at: p.startedAt,
        data: { from: "DRAFT", to: "RUNNING" },
      });
    }
  }

  // Participants: agents, and customers with the attributes a helpdesk would send.
  const agents = Array.from({ length: size.agents }, (_, i) => ({
    id: newId("participant"),
    externalId: `agent-${String(i + 1).padStart(2, "0")}`,
    attributes: { team: i < size.agents / 2 ? "north" : "south", language: i % 5 === 4 ? "en" : "sv" },
  }));
  const customers: Customer[] = Array.from({ length: size.customers }, (_, i) => ({
    id: newId("participant"),
    externalId: `cust-${String(i + 1).padStart(4, "0")}`,
    attributes: { country: pick(rng, COUNTRIES), plan: pick(rng, PLANS), language: rng() < 0.7 ? "sv" : "en" },
  }));
  await insertRows(
    sql,
    "participants",
    ["id", "kind", "external_id", "attributes", "created_at"],
    [
      ...agents.map((a) => [a.id, "AGENT", a.externalId, JSON.stringify(a.attributes), ago(200)]),
      ...customers.map((c) => [c.id, "CUSTOMER", c.externalId, JSON.stringify(c.attributes), ago(150 + 40 * rng())]),
    ],
  );

  // The draft pilot's audience (ADR 0026): Nordic customers on a paid plan, and a customer list imported from a
  // CSV; many of them are also in the running pilot of another policy, which the page reports as overlap.
  await insertRows(
    sql,
    "pilot_audiences",
    ["pilot_id", "condition", "updated_at"],
    [[draftPilot.id, JSON.stringify({ country: { $in: ["SE", "NO", "DK", "FI"] }, plan: { $ne: "free" } }), ago(2)]],
  );
  const listed = customers.filter((_, i) => i % 3 === 0).slice(0, 400);
  const importId = newId("audienceImport");
  const importBytes = listed.reduce((n, c) => n + c.externalId.length + 20, 0);
  await insertRows(
    sql,
    "audience_imports",
    [
      "id",
      "pilot_id",
      "kind",
      "status",
      "file_name",
      "file_bytes",
      "bytes_read",
      "rows_read",
      "inserted_count",
      "updated_count",
      "member_count",
      "message",
      "instance_id",
      "created_by_id",
      "created_at",
      "started_at",
      "finished_at",
    ],
    [
      [
        importId,
        draftPilot.id,
        "CUSTOMER",
        "DONE",
        "evening-chat-beta-customers.csv",
        importBytes,
        importBytes,
        listed.length,
        0,
        listed.length,
        listed.length,
        `Imported ${listed.length} customers: 0 new, ${listed.length} updated; ${listed.length} added to the audience.`,
        "demo-seed",
        ops.id,
        ago(2),
        ago(2),
        ago(2),
      ],
    ],
  );
  await insertRows(
    sql,
    "audience_members",
    ["pilot_id", "kind", "external_id", "import_id", "added_at"],
    listed.map((c) => [draftPilot.id, "CUSTOMER", c.externalId, importId, ago(2)]),
  );

  const agentIds = agents.map((a) => a.externalId);
  const simulations: { pilot: PilotRow; sim: Simulated }[] = [];
  if (concluded && promotion) {
    const sim = simulatePilot(rng, {
      pilot: concluded,
      customers,
      agentIds,
      from: promotion.startedAt,
      until: promotion.decidedAt,
      shifts: { [promotion.variantKey]: 0.45 },
      comments: DEMO_COMMENTS.complaints,
      firstTicket: 1_000,
    });
    simulations.push({ pilot: concluded, sim });
  }
  const runningSim = simulatePilot(rng, {
    pilot: running,
    customers,
    agentIds,
    from: startedAt,
    until: now,
    // One treatment clearly better on CSAT and effort, the other about the same as control.
    shifts: { "agent-approves-50": 0.45, "instant-store-credit": 0.05 },
    comments: DEMO_COMMENTS.returns,
    firstTicket: 10_000,
  });
  simulations.push({ pilot: running, sim: runningSim });
  await insertRows(
    sql,
    "assignments",
    ["id", "pilot_id", "participant_id", "variant_id", "bucket", "assigned_at"],
    simulations.flatMap((s) => s.sim.assignments),
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
    simulations.flatMap((s) => s.sim.exposures),
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
    simulations.flatMap((s) => s.sim.feedback),
  );

  // Agents' ratings of the running pilot's variants (ADR 0020), from their own generator so that the pilots'
  // simulated data stay exactly as they were, and only in past ISO weeks so the demo users may rate this week.
  const agentRatings = demoAgentRatings(mulberry32(DEMO_SEED + 2), running, users, now);
  await insertRows(
    sql,
    "agent_ratings",
    ["id", "pilot_id", "variant_id", "user_id", "clarity", "workability", "comment", "week_start", "created_at"],
    agentRatings.map((r) => [
      r.id,
      running.id,
      r.variantId,
      r.user.id,
      r.clarity,
      r.workability,
      r.comment,
      isoDate(isoWeekStart(r.at)),
      r.at,
    ]),
  );
  for (const r of agentRatings) {
    audits.push({
      type: "agent_rating.submitted",
      subjectType: "agent_rating",
      subjectId: r.id,
      actor: r.user,
      at: r.at,
      data: { pilotId: running.id, variantId: r.variantId, clarity: r.clarity, workability: r.workability },
    });
  }

  // The concluded pilot's decision, with the results as the manager saw them when deciding.
  const concludedSim = simulations.find((s) => s.pilot === concluded)?.sim;
  if (concluded && promotion && concludedSim) {
    const winner = concluded.arms.find((a) => a.key === promotion.variantKey)!;
    // The pilot's design is the default one (the pilots table's column defaults).
    const snapshot = buildResults(
      {
        ...designColumns(DEFAULT_DESIGN),
        id: concluded.id,
        unit: "CUSTOMER",
        startedAt: concluded.startedAt,
        variants: concluded.arms.map((a, position) => ({ ...a, position })),
      },
      { stats: concludedSim.stats, phases: [], extra: new Map(), fairness: null },
      promotion.decidedAt,
    );
    const decisionId = newId("decision");
    await insertRows(
      sql,
      "decisions",
      [
        "id",
        "pilot_id",
        "outcome",
        "variant_id",
        "published_version_id",
        "rationale",
        "results_snapshot",
        "decided_by_id",
        "decided_at",
      ],
      [
        [
          decisionId,
          concluded.id,
          "PROMOTE_VARIANT",
          winner.id,
          promotion.publishedVersionId,
          promotion.rationale,
          JSON.stringify(snapshot),
          manager.id,
          promotion.decidedAt,
        ],
      ],
    );
    audits.push({
      type: "pilot.variant_promoted",
      subjectType: "pilot",
      subjectId: concluded.id,
      actor: manager,
      at: promotion.decidedAt,
      data: {
        decisionId,
        variantKey: winner.key,
        publishedVersionId: promotion.publishedVersionId,
        archivedVersionId: promotion.controlVersionId,
        from: "RUNNING",
        to: "CONCLUDED",
      },
    });
  }

  audits.sort((a, b) => a.at.getTime() - b.at.getTime());
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

  // The helpdesk side has its own generator, so the pilots' simulated data stay exactly as they were.
  const helpdesk = secrets
    ? await seedDemoHelpdesk(sql, {
        now,
        rng: mulberry32(DEMO_SEED + 1),
        secrets,
        adminId: byRole("ADMIN").id,
        exposures: runningSim.exposures,
        feedback: runningSim.feedback,
      })
    : null;

  const count = (rows: (s: Simulated) => unknown[]) => simulations.reduce((n, s) => n + rows(s.sim).length, 0);
  const split = running.arms.map((a) => `${a.key} ${runningSim.stats.get(a.id)?.participants ?? 0}`).join(", ");
  return (
    `${users.length} users, ${policyRows.length} policies, ${versionRows.length} versions, ` +
    `${pilots.length} pilots (${pilots.map((p) => p.status.toLowerCase()).join(", ")}), ` +
    `${agents.length + customers.length} participants, ${count((s) => s.assignments)} assignments ` +
    `(running: ${split}), ${count((s) => s.exposures)} exposures, ${count((s) => s.feedback)} responses, ` +
    `${agentRatings.length} agent ratings, ${audits.length + publicationEvents} audit events${helpdesk ? `, ${helpdesk}` : ""}`
  );
}

/**
 * Assigns customers exactly as policyFor would (same compiled GrowthBook assignment, same pilot key and seed), and
 * simulates their tickets (exposures) and, for about 60 %, a survey response, spread over the pilot's run.
 */
function simulatePilot(
  rng: Rng,
  input: {
    pilot: PilotRow;
    customers: Customer[];
    agentIds: string[];
    from: Date;
    until: Date;
    /** CSAT shift per treatment key (latent scale); control and unlisted arms get 0. */
    shifts: Record<string, number>;
    comments: CommentPool;
    firstTicket: number;
  },
): Simulated {
  const { pilot, from, until } = input;
  const assign = compileAssignment({
    key: pilot.id,
    seed: pilot.hashSeed,
    coverage: pilot.coverage,
    variants: pilot.arms.map((a) => ({ key: a.key, weight: a.weight })),
  });
  const armByKey = new Map(pilot.arms.map((a) => [a.key, a]));
  const stats = new Map(pilot.arms.map((a) => [a.id, emptyStats(a.id)]));
  const span = until.getTime() - from.getTime();
  const out: Simulated = { assignments: [], exposures: [], feedback: [], stats };
  for (const [i, customer] of input.customers.entries()) {
    const decision = assign(customer.externalId, customer.attributes);
    if (!decision.inExperiment) continue;
    const arm = armByKey.get(decision.variantKey)!;
    const s = stats.get(arm.id)!;
    s.participants += 1;
    const assignedAt = new Date(from.getTime() + rng() * span * 0.95);
    const assignmentId = newId("assignment");
    out.assignments.push([assignmentId, pilot.id, customer.id, arm.id, decision.bucket, assignedAt]);
    const tickets = 1 + Math.floor(rng() * 3);
    const firstTicket = `T-${input.firstTicket + i * 4}`;
    let last = assignedAt;
    const exposedDays = new Set<string>();
    for (let t = 0; t < tickets; t++) {
      if (t > 0) last = new Date(Math.min(until.getTime() - 60_000, last.getTime() + rng() * 3 * DAY_MS));
      // Exposures are one per participant and UTC day (a second ticket on the same day is not a new exposure).
      const day = last.toISOString().slice(0, 10);
      const agentId = pick(rng, input.agentIds);
      if (exposedDays.has(day)) continue;
      exposedDays.add(day);
      out.exposures.push([
        newId("exposure"),
        pilot.id,
        arm.id,
        assignmentId,
        customer.externalId,
        agentId,
        `T-${input.firstTicket + i * 4 + t}`,
        last,
      ]);
      s.exposures += 1;
    }
    if (rng() >= 0.6) continue;
    const rating = simulateRating(rng, input.shifts[arm.key] ?? 0);
    const comment = rng() < 0.3 ? commentFor(rng, input.comments, rating.csat) : null;
    out.feedback.push([
      newId("feedback"),
      pilot.id,
      arm.id,
      assignmentId,
      customer.id,
      "CUSTOMER",
      rating.csat,
      rating.nps,
      rating.ces,
      comment,
      firstTicket,
      `demo-${pilot.id}-${customer.externalId}`,
      new Date(Math.min(until.getTime() - 30_000, last.getTime() + 3_600_000)),
    ]);
    s.csat.n += 1;
    s.csat.sum += rating.csat;
    s.csat.sumSquares += rating.csat ** 2;
    if (rating.csat >= 4) s.csat.satisfied += 1;
    s.nps.n += 1;
    if (rating.nps >= 9) s.nps.promoters += 1;
    else if (rating.nps >= 7) s.nps.passives += 1;
    else s.nps.detractors += 1;
    s.ces.n += 1;
    s.ces.sum += rating.ces;
    s.ces.sumSquares += rating.ces ** 2;
    if (comment) s.comments += 1;
  }
  return out;
}

/** What agents said about each arm of the running pilot (its variant keys come from prisma/seed/demo-policies.ts). */
const AGENT_RATING_COMMENTS: Record<string, string[]> = {
  control: [
    "Familiar, but every refund over 20 EUR still waits a day for a team lead.",
    "The escalation steps are clear; customers just wait too long.",
  ],
  "agent-approves-50": [
    "Deciding refunds up to 50 EUR myself saves a handover on most tickets.",
    "Clear limit, easy to explain to customers.",
    "Would like guidance on repeat refund requests from the same customer.",
  ],
  "instant-store-credit": [
    "Customers often ask for money back instead of credit; the text could say what to offer then.",
    "Quick to apply, but the credit expiry rules are hard to find in the text.",
  ],
};

/**
 * A handful of agents' ratings of the running pilot's arms: the agent, ops and manager users, one per arm in each
 * of the two ISO weeks before this one (never this week, so that every demo user may still rate now).
 */
function demoAgentRatings(
  rng: Rng,
  pilot: PilotRow,
  users: { id: string; email: string; role: string }[],
  now: Date,
): {
  id: string;
  variantId: string;
  user: { id: string; email: string };
  clarity: number;
  workability: number;
  comment: string | null;
  at: Date;
}[] {
  const raters = users.filter((u) => u.role === "AGENT" || u.role === "OPS" || u.role === "MANAGER");
  const thisWeek = isoWeekStart(now).getTime();
  const out: ReturnType<typeof demoAgentRatings> = [];
  for (const weeksAgo of [2, 1]) {
    const weekStart = thisWeek - weeksAgo * 7 * DAY_MS;
    if (pilot.startedAt && weekStart + 7 * DAY_MS <= pilot.startedAt.getTime()) continue;
    for (const arm of pilot.arms) {
      for (const user of raters) {
        if (rng() < 0.35) continue;
        const lift = arm.key === "agent-approves-50" ? 0.8 : arm.isControl ? -0.2 : 0.2;
        const score = () => clampInt(Math.round(3.4 + lift + normal(rng) * 0.8), 1, 5);
        const pool = AGENT_RATING_COMMENTS[arm.key] ?? [];
        const from = Math.max(weekStart, pilot.startedAt?.getTime() ?? weekStart);
        out.push({
          id: newId("agentRating"),
          variantId: arm.id,
          user,
          clarity: score(),
          workability: score(),
          comment: pool.length > 0 && rng() < 0.7 ? pick(rng, pool) : null,
          at: new Date(from + rng() * (weekStart + 7 * DAY_MS - from - 60_000)),
        });
      }
    }
  }
  return out.sort((a, b) => a.at.getTime() - b.at.getTime());
}

function versionRow(
  v: {
    id: string;
    policyId: string;
    number: number;
    version: DemoVersion;
    content: PolicyContent;
    now: Date;
  },
  basedOnId: string | null,
  who: { createdBy: string; createdAt: Date },
): unknown[] {
  const reviewBy =
    v.version.reviewInDays > 0
      ? new Date(v.now.getTime() + v.version.reviewInDays * DAY_MS).toISOString().slice(0, 10)
      : null;
  return [
    v.id,
    v.policyId,
    v.number,
    "DRAFT",
    v.version.title,
    JSON.stringify(v.content),
    v.version.changeNote,
    reviewBy,
    basedOnId,
    who.createdBy,
    who.createdAt,
  ];
}

/** A latent satisfaction shifted per arm; CSAT, NPS and effort (lower is better) all follow it, with noise. */
function simulateRating(rng: Rng, shift: number): { csat: number; nps: number; ces: number } {
  const latent = 3.75 + shift + normal(rng) * 0.95;
  const csat = clampInt(Math.round(latent), 1, 5);
  const nps = clampInt(Math.round(latent * 2.1 - 0.6 + normal(rng) * 1.4), 0, 10);
  const ces = clampInt(Math.round(4.2 - shift * 1.6 - (latent - 3.75 - shift) * 0.5 + normal(rng) * 1.1), 1, 7);
  return { csat, nps, ces };
}

function commentFor(rng: Rng, pool: CommentPool, csat: number): string {
  return pick(rng, csat >= 4 ? pool.happy : csat === 3 ? pool.neutral : pool.unhappy);
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

function clampInt(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
