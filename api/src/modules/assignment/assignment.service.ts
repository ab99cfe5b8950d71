import { type AssignmentResult, compileAssignment } from "@policy-pilot/experiments";
import type { Viewer } from "../../context.js";
import type { PrismaClient } from "../../db/create-db.js";
import type { SqlRunner } from "../../db/sql-runner.js";
import type { AssignmentUnit, CustomerRouting, PilotStatus } from "../../generated/prisma/enums.js";
import type { Clock } from "../../lib/clock.js";
import type { ConfigEpoch } from "../../lib/config-epoch.js";
import { createGroupCommit, isRetryableSqlError } from "../../lib/group-commit.js";
import { InvalidStateError, NotFoundError, ValidationError } from "../../schema/errors.js";
import type { AudiencesService } from "../audiences/audiences.service.js";
import { recordAuditEvent } from "../audit/audit.repository.js";
import type { BetaService } from "../beta/beta.service.js";
import { readContent } from "../policies/policy-content.js";
import type { PrivacyService } from "../privacy/privacy.service.js";
import * as readModel from "./assignment.read-model.js";
import * as repo from "./assignment.repository.js";

export type AssignmentServiceDeps = {
  db: PrismaClient;
  /** The hot path writes through the raw SQL channel: one round trip per ask (docs/adr/0005). */
  sql: SqlRunner;
  clock: Clock;
  epoch: ConfigEpoch;
  /** The consent gate of consent-required pilots (beta module). */
  beta: Pick<BetaService, "consentGate">;
  /** Erased customers are never enrolled again (privacy module). */
  privacy: Pick<PrivacyService, "suppressedAmong" | "erasureCount">;
  /** Explicit lists and attribute rules of pilots (audiences module); asked for new participants only. */
  audiences: Pick<AudiencesService, "admits">;
  cacheTtlMs?: number;
  /** Group commit: most asks in one statement, and most statements under way at once per kind of ask. */
  groupCommit?: { maxBatch: number; maxInFlight: number };
};

/**
 * How long a compiled policy configuration is reused without asking the database. Changes made through this
 * instance invalidate it at once (ConfigEpoch); changes made by another instance are seen within this time.
 */
export const POLICY_CONFIG_TTL_MS = 2_000;
/** Asks per group-commit statement; a batch holds what arrived during the previous round trip, up to this. */
export const GROUP_COMMIT_MAX_BATCH = 256;
/** Statements under way at once for each kind of ask (known, new): each holds one pooled connection. */
export const GROUP_COMMIT_MAX_IN_FLIGHT = 2;
/** Known participants remembered per process; past this the memory starts over (they are read again once). */
const KNOWN_CACHE_MAX = 200_000;

type VersionView = {
  id: string;
  number: number;
  title: string;
  status: string;
  content: ReturnType<typeof readContent>;
};

type CompiledConfig = {
  policy: { id: string; key: string; name: string };
  published: VersionView | null;
  pilot: {
    id: string;
    status: PilotStatus;
    unit: AssignmentUnit;
    consentRequired: boolean;
    routing: CustomerRouting;
    variants: {
      id: string;
      key: string;
      name: string;
      isControl: boolean;
      agentGroup: string | null;
      version: VersionView;
    }[];
    assign: (unitId: string, attributes?: Record<string, unknown>) => AssignmentResult;
    known: KnownParticipants;
  } | null;
  epoch: number;
  loadedAt: number;
};

export type PolicyForInput = {
  policy: string;
  customerId: string;
  agentId?: string | null;
  ticketId?: string | null;
  attributes?: Record<string, unknown> | null;
};

export type PolicyForResult = {
  policy: { id: string; key: string; name: string };
  version: VersionView;
  source: "PUBLISHED" | "PILOT";
  /** Why the published version applies, when it does. */
  reason:
    | "NO_ACTIVE_PILOT"
    | "PILOT_PAUSED"
    | "NOT_IN_AUDIENCE"
    | "IN_PILOT"
    | "CONSENT_PENDING"
    | "CONSENT_DECLINED"
    | "OPTED_OUT"
    | "ERASED";
  /** For CONSENT_PENDING and CONSENT_DECLINED: the beta page to share with the customer (accept or decline). */
  consentUrl: string | null;
  pilotId: string | null;
  variantId: string | null;
  variantKey: string | null;
  isControl: boolean;
  assignmentId: string | null;
  /** True when the customer is in a pilot and should be told so (DESIGN.md: beta disclosure). */
  inBeta: boolean;
  /** Whose assignment decided (IN_PILOT and OPTED_OUT): the customer's, or the agent's in AGENT pilots. */
  decidedBy: AssignmentUnit | null;
  /** Routing hint of CUSTOMER pilots that route BY_ARM: the agent group that serves the customer's arm. */
  agentGroup: string | null;
};

export type SetPilotRoutingInput = {
  pilotId: string;
  routing: CustomerRouting;
  /** Agent group per variant key; a variant not listed keeps its group, an empty or null group clears it. */
  agentGroups: { variantKey: string; agentGroup: string | null }[];
};

/**
 * What this process knows of one pilot's participants (ADR 0025): each participant's stored assignment, or null
 * when none was stored when it was read (a new participant: decided in memory, stored once), and the
 * participant-days whose exposure is stored. Valid while the configuration epoch and the pilot's change marker
 * (opt-outs and erasures, from any instance) are those it was made with; the marker is read with the configuration.
 */
type KnownParticipants = {
  epoch: number;
  marker: string;
  assignments: Map<string, repo.StoredAssignment | null>;
  exposed: Set<string>;
  day: string;
};

function toVersionView(v: {
  id: string;
  number: number;
  title: string;
  status: string;
  content: unknown;
}): VersionView {
  return { id: v.id, number: v.number, title: v.title, status: v.status, content: readContent(v.content) };
}

export function createAssignmentService({
  db,
  sql,
  clock,
  epoch,
  beta,
  privacy,
  audiences,
  cacheTtlMs = POLICY_CONFIG_TTL_MS,
  groupCommit = { maxBatch: GROUP_COMMIT_MAX_BATCH, maxInFlight: GROUP_COMMIT_MAX_IN_FLIGHT },
}: AssignmentServiceDeps) {
  const cache = new Map<string, CompiledConfig>();
  const commitOptions = { ...groupCommit, isRetryable: isRetryableSqlError };
  // Every acknowledged answer waits for the commit of its rows; concurrent asks share one statement (ADR 0025).
  const knownWrites = createGroupCommit((asks: repo.KnownAsk[]) => repo.exposeKnownMany(sql, asks), commitOptions);
  const newWrites = createGroupCommit(storeNewParticipants, commitOptions);
  // New customers' erasure check, many in one indexed lookup.
  const erasureChecks = createGroupCommit(async (customerIds: string[]) => {
    const erased = await privacy.suppressedAmong(customerIds);
    return customerIds.map((id) => erased.has(id));
  }, commitOptions);

  const knownByPilot = new Map<string, KnownParticipants>();
  const participantKey = (u: repo.Unit) => `${u.kind}\u0000${u.externalId}`;
  const unitKey = (u: repo.Unit) => `${u.pilotId}\u0000${participantKey(u)}`;
  const exposureKey = (assignmentId: string, customerId: string | null) => `${assignmentId}\u0000${customerId ?? ""}`;

  /** Marks what the database said of a participant, unless the pilot's knowledge was reset meanwhile. */
  function remember(
    known: KnownParticipants,
    unit: repo.Unit,
    row: repo.StoredAssignment | null,
    exposure: repo.ExposureInput,
    exposed: boolean,
  ) {
    if (knownByPilot.get(unit.pilotId) !== known) return;
    if (known.assignments.size >= KNOWN_CACHE_MAX) known.assignments.clear();
    if (known.exposed.size >= KNOWN_CACHE_MAX) known.exposed.clear();
    known.assignments.set(
      participantKey(unit),
      row ? { id: row.id, variant_id: row.variant_id, withdrawn_at: row.withdrawn_at ?? null } : null,
    );
    if (row && exposed && !row.withdrawn_at) known.exposed.add(exposureKey(row.id, exposure.customerId));
  }

  /** New participants' batch: each participant once per statement (an upsert may touch a row once). */
  async function storeNewParticipants(asks: repo.NewAsk[]): Promise<(repo.StoredAssignment | null)[]> {
    const results: (repo.StoredAssignment | null)[] = asks.map(() => null);
    let pending = asks.map((ask, index) => ({ ask, index }));
    while (pending.length > 0) {
      const round: typeof pending = [];
      const later: typeof pending = [];
      const participants = new Set<string>();
      const units = new Map<string, number[]>();
      for (const entry of pending) {
        const key = unitKey(entry.ask.unit);
        const same = units.get(key);
        // The same first ask twice in one batch: one row, both callers get it.
        if (same) same.push(entry.index);
        else if (participants.has(`${entry.ask.unit.kind}\u0000${entry.ask.unit.externalId}`)) later.push(entry);
        else {
          participants.add(`${entry.ask.unit.kind}\u0000${entry.ask.unit.externalId}`);
          units.set(key, [entry.index]);
          round.push(entry);
        }
      }
      const rows = await repo.assignAndExposeMany(
        sql,
        round.map((e) => e.ask),
      );
      round.forEach((entry, i) => {
        for (const index of units.get(unitKey(entry.ask.unit)) ?? []) results[index] = rows[i] ?? null;
      });
      pending = later;
    }
    return results;
  }

  /**
   * Known participant → its assignment, with today's exposure stored; null for a participant not assigned yet. No
   * read when this process already knows the participant and today's exposure is stored.
   */
  async function exposeKnown(
    known: KnownParticipants,
    unit: repo.Unit,
    exposure: repo.ExposureInput,
  ): Promise<repo.StoredAssignment | null> {
    const day = exposure.at.toISOString().slice(0, 10);
    if (known.day !== day) {
      known.exposed.clear();
      known.day = day;
    }
    const entry = known.assignments.get(participantKey(unit));
    if (entry === null) return null;
    // Opted out: no exposure is recorded. Otherwise today's exposure is already stored: nothing to write.
    if (entry && (entry.withdrawn_at || known.exposed.has(exposureKey(entry.id, exposure.customerId)))) return entry;
    return readKnown(known, unit, exposure);
  }

  /** Reads the stored assignment (and writes today's exposure), group-committed with other asks. */
  async function readKnown(known: KnownParticipants, unit: repo.Unit, exposure: repo.ExposureInput) {
    const row = await knownWrites.submit({ unit, exposure });
    remember(known, unit, row, exposure, row?.running ?? false);
    return row;
  }

  /** This process's knowledge of a pilot's participants, started afresh when the epoch or the marker changed. */
  async function knownParticipantsOf(pilotId: string, currentEpoch: number): Promise<KnownParticipants> {
    const [withdrawals, erasures] = await Promise.all([repo.withdrawalCount(sql, pilotId), privacy.erasureCount()]);
    const marker = `${withdrawals}:${erasures}`;
    const known = knownByPilot.get(pilotId);
    if (known && known.epoch === currentEpoch && known.marker === marker) return known;
    const fresh: KnownParticipants = {
      epoch: currentEpoch,
      marker,
      assignments: new Map(),
      exposed: new Set(),
      day: "",
    };
    knownByPilot.set(pilotId, fresh);
    return fresh;
  }

  /** Loads in flight, one per policy: concurrent asks share one reload instead of each starting its own. */
  const loading = new Map<string, Promise<CompiledConfig>>();

  function loadConfig(policyRef: string): Promise<CompiledConfig> {
    const now = clock.now().getTime();
    const cached = cache.get(policyRef);
    if (cached && cached.epoch === epoch.current() && now - cached.loadedAt < cacheTtlMs)
      return Promise.resolve(cached);
    // Keyed by epoch too: a load started before a change made here never answers for after it.
    const key = `${epoch.current()}\u0000${policyRef}`;
    const inFlight = loading.get(key);
    if (inFlight) return inFlight;
    const load = reloadConfig(policyRef, now).finally(() => loading.delete(key));
    loading.set(key, load);
    return load;
  }

  async function reloadConfig(policyRef: string, now: number): Promise<CompiledConfig> {
    const currentEpoch = epoch.current();
    const row = await repo.loadPolicyWithActivePilot(db, policyRef);
    if (!row) throw new NotFoundError("policy (id or key)", policyRef);
    const publishedRow = row.versions[0];
    const pilotRow = row.pilots[0];
    const config: CompiledConfig = {
      policy: { id: row.id, key: row.key, name: row.name },
      published: publishedRow ? toVersionView(publishedRow) : null,
      pilot: pilotRow
        ? {
            id: pilotRow.id,
            status: pilotRow.status,
            unit: pilotRow.unit,
            consentRequired: pilotRow.consentRequired,
            routing: pilotRow.customerRouting,
            variants: pilotRow.variants.map((v) => ({
              id: v.id,
              key: v.key,
              name: v.name,
              isControl: v.isControl,
              agentGroup: v.agentGroup,
              version: toVersionView(v.policyVersion),
            })),
            assign: compileAssignment({
              key: pilotRow.id,
              seed: pilotRow.hashSeed,
              coverage: pilotRow.coverage,
              variants: pilotRow.variants.map((v) => ({ key: v.key, weight: v.weight })),
            }),
            known: await knownParticipantsOf(pilotRow.id, currentEpoch),
          }
        : null,
      epoch: currentEpoch,
      loadedAt: now,
    };
    cache.set(policyRef, config);
    return config;
  }

  /**
   * Which policy text applies to this customer (and agent, ticket): the published version, or the variant of the
   * policy's running pilot that the participant is assigned to. The first assignment is stored and sticky.
   */
  async function policyFor(input: PolicyForInput): Promise<PolicyForResult> {
    const config = await loadConfig(input.policy);
    if (!config.published) {
      throw new InvalidStateError(
        `Policy ${config.policy.id} has no published version yet; publish one before asking which policy applies.`,
        config.policy.id,
        "UNPUBLISHED",
        ["PUBLISHED"],
      );
    }
    const published = (reason: PolicyForResult["reason"], consentUrl: string | null = null): PolicyForResult => ({
      policy: config.policy,
      version: config.published!,
      source: "PUBLISHED",
      reason,
      consentUrl,
      pilotId: config.pilot?.id ?? null,
      variantId: null,
      variantKey: null,
      isControl: false,
      assignmentId: null,
      inBeta: false,
      decidedBy: null,
      agentGroup: null,
    });
    const pilot = config.pilot;
    if (!pilot) return published("NO_ACTIVE_PILOT");
    if (pilot.status !== "RUNNING") return published("PILOT_PAUSED");

    const kind = pilot.unit;
    const unitId = kind === "AGENT" ? input.agentId : input.customerId;
    if (!unitId) {
      throw new ValidationError(
        `Pilot ${pilot.id} assigns by agent; pass agentId (the helpdesk's agent id) as well as customerId.`,
        [{ path: ["agentId"], message: "required: this policy's pilot assigns agents" }],
      );
    }
    const at = clock.now();
    const unit = { pilotId: pilot.id, kind, externalId: unitId };
    const exposure = {
      customerId: input.customerId,
      agentId: input.agentId ?? null,
      ticketId: input.ticketId ?? null,
      at,
    };
    // Known participant → exposure (group-committed; no read while the configuration is unchanged).
    let stored = await exposeKnown(pilot.known, unit, exposure);
    if (!stored) {
      // New participant → decide → gates (erased, consent) → store.
      const decision = pilot.assign(unitId, { ...(input.attributes ?? {}), id: unitId });
      if (!decision.inExperiment) return published("NOT_IN_AUDIENCE");
      const ask = {
        unit: kind,
        unitId,
        customerId: input.customerId,
        agentId: input.agentId ?? null,
        attributes: input.attributes ?? {},
      };
      if (!(await audiences.admits(pilot.id, ask))) return published("NOT_IN_AUDIENCE");
      // An erased customer is never enrolled again (only new participants are checked: one indexed lookup).
      if (kind === "CUSTOMER" && (await erasureChecks.submit(unitId))) return published("ERASED");
      const chosen = pilot.variants[decision.variantIndex];
      if (!chosen) return published("NOT_IN_AUDIENCE");
      // Consent before randomization: a customer in the audience is asked first, and assigned only once accepted.
      const requireConsent = pilot.consentRequired && kind === "CUSTOMER";
      if (requireConsent) {
        const gate = await beta.consentGate(pilot.id, unitId, input.attributes ?? {});
        if (gate.status !== "ACCEPTED") {
          return published(gate.status === "PENDING" ? "CONSENT_PENDING" : "CONSENT_DECLINED", gate.consentUrl);
        }
      }
      // Store: the answer waits for the commit of the assignment (group commit with other first asks).
      stored =
        (await newWrites.submit({
          unit,
          exposure,
          attributes: input.attributes ?? {},
          variantId: chosen.id,
          bucket: decision.bucket,
          requireConsent,
        })) ?? (await readKnown(pilot.known, unit, exposure));
      // Nothing stored: the pilot stopped running between our cache and the insert.
      if (!stored) return published("PILOT_PAUSED");
      remember(pilot.known, unit, stored, exposure, true);
    }
    const existing = stored;
    // Opted out: back on the published policy; the analysis keeps them in their arm (intention to treat).
    if (existing.withdrawn_at) return { ...published("OPTED_OUT"), decidedBy: kind };
    const variant = pilot.variants.find((v) => v.id === existing.variant_id);
    if (!variant) return published("NOT_IN_AUDIENCE");
    return {
      policy: config.policy,
      version: variant.version,
      source: "PILOT",
      reason: "IN_PILOT",
      consentUrl: null,
      pilotId: pilot.id,
      variantId: variant.id,
      variantKey: variant.key,
      isControl: variant.isControl,
      assignmentId: existing.id,
      // Consent-required pilots tell both arms they are in a beta (not which arm); otherwise only treatments.
      inBeta: pilot.consentRequired || !variant.isControl,
      decidedBy: kind,
      // Two-sided resolution: CUSTOMER pilots that route by arm name the agent group serving the customer's arm.
      agentGroup: kind === "CUSTOMER" && pilot.routing === "BY_ARM" ? variant.agentGroup : null,
    };
  }

  /**
   * Whether agents serve both arms of a CUSTOMER pilot (ANY_AGENT) or customers are routed to their arm's agent
   * group (BY_ARM), and each arm's group. Allowed until the pilot concludes; nobody's assignment moves.
   */
  async function setPilotRouting(input: SetPilotRoutingInput, viewer: Viewer, requestId: string) {
    const result = await db.$transaction(async (tx) => {
      const pilot = await repo.findPilotWithVariantsForUpdate(tx, input.pilotId);
      if (!pilot) throw new NotFoundError("pilot", input.pilotId);
      if (pilot.status === "CONCLUDED") {
        throw new InvalidStateError(
          `Can only change the routing of a DRAFT, RUNNING or PAUSED pilot; ${pilot.id} is CONCLUDED.`,
          pilot.id,
          pilot.status,
          ["DRAFT", "RUNNING", "PAUSED"],
        );
      }
      const byKey = new Map(pilot.variants.map((v) => [v.key, v]));
      const unknown = input.agentGroups.filter((g) => !byKey.has(g.variantKey)).map((g) => g.variantKey);
      if (unknown.length > 0) {
        throw new ValidationError(
          `Pilot ${pilot.id} has no variant ${unknown.join(", ")}; its variants are ${pilot.variants.map((v) => v.key).join(", ")}.`,
          unknown.map((key) => ({ path: ["agentGroups", key], message: "no such variant in this pilot" })),
        );
      }
      const groups = new Map(pilot.variants.map((v) => [v.key, v.agentGroup]));
      for (const g of input.agentGroups) groups.set(g.variantKey, g.agentGroup?.trim() || null);
      if (input.routing === "BY_ARM") {
        if (pilot.unit !== "CUSTOMER") {
          throw new ValidationError(
            `Pilot ${pilot.id} assigns agents, so every customer already gets their agent's variant; routing by arm applies to pilots that assign customers.`,
            [{ path: ["routing"], message: "BY_ARM needs a pilot that assigns customers" }],
          );
        }
        const missing = pilot.variants.filter((v) => !groups.get(v.key)).map((v) => v.key);
        if (missing.length > 0) {
          throw new ValidationError(
            `Routing by arm needs an agent group for every variant; give one to ${missing.join(", ")}.`,
            missing.map((key) => ({ path: ["agentGroups", key], message: "an agent group is required for BY_ARM" })),
          );
        }
      }
      const at = clock.now();
      const updated = await repo.setRouting(
        tx,
        pilot.id,
        input.routing,
        pilot.variants.map((v) => ({ variantId: v.id, agentGroup: groups.get(v.key) ?? null })),
        at,
      );
      await recordAuditEvent(tx, {
        type: "pilot.routing_changed",
        subjectType: "pilot",
        subjectId: pilot.id,
        data: {
          before: {
            routing: pilot.customerRouting,
            agentGroups: Object.fromEntries(pilot.variants.map((v) => [v.key, v.agentGroup])),
          },
          after: { routing: input.routing, agentGroups: Object.fromEntries(groups) },
        },
        viewer,
        requestId,
        at,
      });
      return updated;
    });
    epoch.bump();
    return result;
  }

  return {
    policyFor,
    setPilotRouting,
    /** Customers served under two variants of the pilot (see assignment.read-model.ts). */
    consistencyViolations: (pilotId: string) => readModel.consistencyViolations(sql, pilotId),
    /** Resolves when every group-committed write has finished (tests, shutdown). */
    idle: async () => {
      await Promise.all([knownWrites.idle(), newWrites.idle(), erasureChecks.idle()]);
    },
  };
}

export type AssignmentService = ReturnType<typeof createAssignmentService>;
