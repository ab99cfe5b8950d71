import { compileAssignment } from "@policy-pilot/experiments";
import type { Viewer } from "../../context.js";
import type { PrismaClient } from "../../db/create-db.js";
import type { AssignmentUnit, PilotStatus } from "../../generated/prisma/enums.js";
import { InvalidStateError, NotFoundError } from "../../schema/errors.js";
import { readContent } from "../policies/policy-content.js";

/**
 * The agent's preview (ADR 0020): which policy text applies to a customer — the published version, or the pilot
 * variant they are (or on their first ask would be) assigned to — answered from reads only. Nothing is recorded:
 * no participant, assignment, exposure or audit row. It mirrors `policyFor` (assignment.service.ts) decision by
 * decision, with the same compiled hashing, but keeps its own reads so the two can change independently.
 */
export type PolicyPreviewDeps = { db: PrismaClient };

export type PolicyPreviewInput = {
  customerId: string;
  /** The helpdesk's agent id; for pilots assigning agents. Defaults to the signed-in user's helpdesk agent id. */
  agentId?: string | null;
  ticketId?: string | null;
  /** A policy key or id; without it, every policy with a published version is previewed. */
  policy?: string | null;
  attributes?: Record<string, unknown> | null;
};

export type PreviewStatus =
  /** The policy has no running or paused pilot: the published version applies. */
  | "NO_ACTIVE_PILOT"
  /** The pilot is paused: the published version applies to everyone, assigned or not. */
  | "PILOT_PAUSED"
  /** Assigned already: their stored variant applies (sticky). */
  | "ENROLLED"
  /** Not assigned yet: on their first ask they would get `variant` (deterministic hashing). */
  | "NOT_ENROLLED"
  /** Outside the pilot's coverage or audience: the published version applies. */
  | "NOT_IN_AUDIENCE"
  /** Not assigned and the pilot requires consent: the published version applies until they accept the beta. */
  | "CONSENT_REQUIRED"
  /** They left the beta: the published version applies (they stay in their arm for the analysis). */
  | "OPTED_OUT"
  /** The pilot assigns agents and no agent id was given: which variant applies depends on the agent. */
  | "AGENT_ID_REQUIRED";

export type PreviewVersion = {
  id: string;
  number: number;
  title: string;
  status: string;
  content: ReturnType<typeof readContent>;
};

export type PolicyPreviewEntry = {
  policy: { id: string; key: string; name: string };
  status: PreviewStatus;
  /** The text that applies now (or, when NOT_ENROLLED, the text their first ask would get); null: needs an agent id. */
  version: PreviewVersion | null;
  source: "PUBLISHED" | "PILOT" | null;
  pilot: { id: string; name: string; status: PilotStatus; unit: AssignmentUnit; consentRequired: boolean } | null;
  /** The assigned variant, or the one the hashing gives when not assigned yet. */
  variant: { id: string; key: string; name: string; isControl: boolean } | null;
  enrolled: boolean;
  /** Assigned to a treatment: tell the customer they are trying a beta policy. */
  inBeta: boolean;
  /** Their first ask would put them in a treatment (a beta). */
  wouldBeInBeta: boolean;
  /** The unit id the pilot decides on: the customer id, or the agent id when the pilot assigns agents. */
  unitId: string | null;
  summary: string;
};

export type PolicyPreview = {
  customerId: string;
  agentId: string | null;
  ticketId: string | null;
  entries: PolicyPreviewEntry[];
  /** In at least one beta now. */
  inBeta: boolean;
};

const versionSelect = { id: true, number: true, title: true, status: true, content: true } as const;

function toVersion(v: { id: string; number: number; title: string; status: string; content: unknown }): PreviewVersion {
  return { id: v.id, number: v.number, title: v.title, status: v.status, content: readContent(v.content) };
}

export function createPolicyPreviewService({ db }: PolicyPreviewDeps) {
  async function loadPolicies(policyRef: string | null | undefined) {
    return db.policy.findMany({
      where: policyRef
        ? { OR: [{ id: policyRef }, { key: policyRef }] }
        : { versions: { some: { status: "PUBLISHED" } } },
      orderBy: { name: "asc" },
      select: {
        id: true,
        key: true,
        name: true,
        versions: { where: { status: "PUBLISHED" }, take: 1, select: versionSelect },
        pilots: {
          where: { status: { in: ["RUNNING", "PAUSED"] } },
          take: 1,
          select: {
            id: true,
            name: true,
            status: true,
            unit: true,
            coverage: true,
            hashSeed: true,
            consentRequired: true,
            variants: {
              orderBy: { position: "asc" },
              select: {
                id: true,
                key: true,
                name: true,
                weight: true,
                isControl: true,
                policyVersion: { select: versionSelect },
              },
            },
          },
        },
      },
    });
  }

  type PolicyRow = Awaited<ReturnType<typeof loadPolicies>>[number];

  async function previewOne(
    row: PolicyRow,
    input: PolicyPreviewInput,
    agentId: string | null,
  ): Promise<PolicyPreviewEntry> {
    const publishedRow = row.versions[0];
    if (!publishedRow) {
      throw new InvalidStateError(
        `Policy ${row.id} has no published version yet; publish one before asking which policy applies.`,
        row.id,
        "UNPUBLISHED",
        ["PUBLISHED"],
      );
    }
    const policy = { id: row.id, key: row.key, name: row.name };
    const published = toVersion(publishedRow);
    const pilotRow = row.pilots[0];
    const pilot = pilotRow
      ? {
          id: pilotRow.id,
          name: pilotRow.name,
          status: pilotRow.status,
          unit: pilotRow.unit,
          consentRequired: pilotRow.consentRequired,
        }
      : null;
    const base = {
      policy,
      pilot,
      enrolled: false,
      inBeta: false,
      wouldBeInBeta: false,
      unitId: null as string | null,
    };
    const onPublished = (
      status: PreviewStatus,
      summary: string,
      extra: Partial<PolicyPreviewEntry> = {},
    ): PolicyPreviewEntry => ({
      ...base,
      status,
      version: published,
      source: "PUBLISHED",
      variant: null,
      summary,
      ...extra,
    });
    const publishedLabel = `the published policy (v${published.number}, “${published.title}”)`;
    if (!pilotRow) return onPublished("NO_ACTIVE_PILOT", `No pilot: ${publishedLabel} applies.`);
    if (pilotRow.status !== "RUNNING") {
      return onPublished(
        "PILOT_PAUSED",
        `Pilot “${pilotRow.name}” is paused: ${publishedLabel} applies to everyone until it resumes.`,
      );
    }
    const kind = pilotRow.unit;
    const unitId = kind === "AGENT" ? agentId : input.customerId;
    if (!unitId) {
      return {
        ...base,
        status: "AGENT_ID_REQUIRED",
        version: null,
        source: null,
        variant: null,
        summary: `Pilot “${pilotRow.name}” assigns agents: enter the agent id to see which variant applies.`,
      };
    }
    const variantView = (v: PolicyRow["pilots"][number]["variants"][number]) => ({
      id: v.id,
      key: v.key,
      name: v.name,
      isControl: v.isControl,
    });
    const who = kind === "AGENT" ? `Agent ${unitId}` : `Customer ${unitId}`;
    const stored = await db.assignment.findFirst({
      where: { pilotId: pilotRow.id, participant: { kind, externalId: unitId } },
      select: { variantId: true, withdrawnAt: true },
    });
    if (stored?.withdrawnAt) {
      return onPublished("OPTED_OUT", `${who} left the beta of pilot “${pilotRow.name}”: ${publishedLabel} applies.`, {
        unitId,
      });
    }
    if (stored) {
      const variant = pilotRow.variants.find((v) => v.id === stored.variantId);
      if (variant) {
        // As policyFor: consent-required pilots tell both arms they are in a beta.
        const inBeta = pilotRow.consentRequired || !variant.isControl;
        return {
          ...base,
          unitId,
          status: "ENROLLED",
          version: toVersion(variant.policyVersion),
          source: "PILOT",
          variant: variantView(variant),
          enrolled: true,
          inBeta,
          summary: inBeta
            ? `${who} is in the beta of pilot “${pilotRow.name}”: variant “${variant.name}” applies. Tell the customer they are trying a beta policy.`
            : `${who} is in pilot “${pilotRow.name}” on the control arm: ${publishedLabel} applies; they are not in a beta.`,
        };
      }
    }
    const assign = compileAssignment({
      key: pilotRow.id,
      seed: pilotRow.hashSeed,
      coverage: pilotRow.coverage,
      variants: pilotRow.variants.map((v) => ({ key: v.key, weight: v.weight })),
    });
    const decision = assign(unitId, { ...(input.attributes ?? {}), id: unitId });
    const chosen = decision.inExperiment ? pilotRow.variants[decision.variantIndex] : undefined;
    if (!chosen) {
      return onPublished(
        "NOT_IN_AUDIENCE",
        `${who} is outside the audience of pilot “${pilotRow.name}”: ${publishedLabel} applies.`,
        { unitId },
      );
    }
    const wouldBeInBeta = pilotRow.consentRequired || !chosen.isControl;
    const accepted =
      pilotRow.consentRequired &&
      (await db.consent.findFirst({
        where: { pilotId: pilotRow.id, status: "ACCEPTED", participant: { kind: "CUSTOMER", externalId: unitId } },
        select: { id: true },
      }));
    if (pilotRow.consentRequired && !accepted) {
      return onPublished(
        "CONSENT_REQUIRED",
        `Consent required: ${publishedLabel} applies until the customer accepts the beta of pilot “${pilotRow.name}”.`,
        { unitId, variant: variantView(chosen), wouldBeInBeta },
      );
    }
    return {
      ...base,
      unitId,
      status: "NOT_ENROLLED",
      version: toVersion(chosen.policyVersion),
      source: "PILOT",
      variant: variantView(chosen),
      wouldBeInBeta,
      summary: `${who} is not enrolled yet; on their first ask they would get ${
        chosen.isControl ? `the control arm (${publishedLabel})` : `variant “${chosen.name}”, a beta`
      } of pilot “${pilotRow.name}”.`,
    };
  }

  /** Reads only: never writes a row (tests/api/policy-preview.test.ts compares every table before and after). */
  async function policyPreview(input: PolicyPreviewInput, viewer: Viewer): Promise<PolicyPreview> {
    const agentId = input.agentId ?? (await viewerAgentId(viewer));
    const rows = await loadPolicies(input.policy);
    if (input.policy && rows.length === 0) throw new NotFoundError("policy (id or key)", input.policy);
    const entries: PolicyPreviewEntry[] = [];
    for (const row of rows) entries.push(await previewOne(row, input, agentId));
    return {
      customerId: input.customerId,
      agentId,
      ticketId: input.ticketId ?? null,
      entries,
      inBeta: entries.some((e) => e.inBeta),
    };
  }

  async function viewerAgentId(viewer: Viewer): Promise<string | null> {
    if (viewer.kind !== "user") return null;
    const user = await db.user.findUnique({ where: { id: viewer.userId }, select: { helpdeskAgentId: true } });
    return user?.helpdeskAgentId ?? null;
  }

  return { policyPreview };
}

export type PolicyPreviewService = ReturnType<typeof createPolicyPreviewService>;
