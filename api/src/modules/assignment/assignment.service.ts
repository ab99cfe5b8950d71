import { type AssignmentResult, compileAssignment } from "@policy-pilot/experiments";
import type { PrismaClient } from "../../db/create-db.js";
import type { SqlRunner } from "../../db/sql-runner.js";
import type { AssignmentUnit, PilotStatus } from "../../generated/prisma/enums.js";
import type { Clock } from "../../lib/clock.js";
import type { ConfigEpoch } from "../../lib/config-epoch.js";
import { InvalidStateError, NotFoundError, ValidationError } from "../../schema/errors.js";
import type { AudiencesService } from "../audiences/audiences.service.js";
import type { BetaService } from "../beta/beta.service.js";
import { readContent } from "../policies/policy-content.js";
import type { PrivacyService } from "../privacy/privacy.service.js";
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
  privacy: Pick<PrivacyService, "isSuppressed">;
  /** Explicit lists and attribute rules of pilots (audiences module); asked for new participants only. */
  audiences: Pick<AudiencesService, "admits">;
  cacheTtlMs?: number;
};

/**
 * How long a compiled policy configuration is reused without asking the database. Changes made through this
 * instance invalidate it at once (ConfigEpoch); changes made by another instance are seen within this time.
 */
export const POLICY_CONFIG_TTL_MS = 2_000;

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
    variants: { id: string; key: string; name: string; isControl: boolean; version: VersionView }[];
    assign: (unitId: string, attributes?: Record<string, unknown>) => AssignmentResult;
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
}: AssignmentServiceDeps) {
  const cache = new Map<string, CompiledConfig>();

  async function loadConfig(policyRef: string): Promise<CompiledConfig> {
    const now = clock.now().getTime();
    const cached = cache.get(policyRef);
    if (cached && cached.epoch === epoch.current() && now - cached.loadedAt < cacheTtlMs) return cached;
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
            variants: pilotRow.variants.map((v) => ({
              id: v.id,
              key: v.key,
              name: v.name,
              isControl: v.isControl,
              version: toVersionView(v.policyVersion),
            })),
            assign: compileAssignment({
              key: pilotRow.id,
              seed: pilotRow.hashSeed,
              coverage: pilotRow.coverage,
              variants: pilotRow.variants.map((v) => ({ key: v.key, weight: v.weight })),
            }),
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
    let stored = await repo.exposeKnown(sql, unit, exposure);
    if (!stored) {
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
      if (kind === "CUSTOMER" && (await privacy.isSuppressed(unitId))) return published("ERASED");
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
      stored =
        (await repo.assignAndExpose(
          sql,
          {
            ...unit,
            attributes: input.attributes ?? {},
            variantId: chosen.id,
            bucket: decision.bucket,
            requireConsent,
          },
          exposure,
        )) ?? (await repo.exposeKnown(sql, unit, exposure));
      // Nothing stored: the pilot stopped running between our cache and the insert.
      if (!stored) return published("PILOT_PAUSED");
    }
    const existing = stored;
    // Opted out: back on the published policy; the analysis keeps them in their arm (intention to treat).
    if (existing.withdrawn_at) return published("OPTED_OUT");
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
    };
  }

  return { policyFor };
}

export type AssignmentService = ReturnType<typeof createAssignmentService>;
