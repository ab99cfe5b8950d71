import type { Viewer } from "../../context.js";
import type { PrismaClient } from "../../db/create-db.js";
import type { Clock } from "../../lib/clock.js";
import { newId } from "../../lib/ids.js";
import { InvalidStateError, NotAuthorizedError, NotFoundError } from "../../schema/errors.js";
import { recordAuditEvent } from "../audit/audit.repository.js";
import { AlreadyRatedError } from "./agent-rating-errors.js";
import { agentRatingsByVariant, type VariantAgentRatings } from "./agent-ratings.read-model.js";
import * as repo from "./agent-ratings.repository.js";
import { isoDate, isoWeekStart, nextIsoWeekStart } from "./iso-week.js";

export type AgentRatingsServiceDeps = { db: PrismaClient; clock: Clock };

export type RateVariantInput = { variantId: string; clarity: number; workability: number; comment?: string | null };

/** Why a variant may or may not be rated by this person now (the rating form shows it; rateVariant enforces it). */
export type RateableVariant = {
  pilot: { id: string; name: string; unit: "CUSTOMER" | "AGENT"; policyName: string };
  variant: { id: string; key: string; name: string; isControl: boolean };
  /** May rate it now. */
  canRate: boolean;
  /** Rated this week already: when they may rate again. */
  nextRatingAt: Date | null;
  /** Why not, in words; null when they may. */
  reason: string | null;
  /** The pilot assigns agents and this is the variant their helpdesk agent id is assigned to. */
  isYourVariant: boolean;
};

type Db = Parameters<typeof repo.findVariantWithPilot>[0];

/**
 * Agents rate the variant they work under (ADR 0020): clarity and workability 1–5 and a comment, once per variant
 * and ISO week (UTC), only while the pilot is RUNNING. In a pilot that assigns agents, someone whose helpdesk agent
 * id is set rates only the variant that agent is assigned to; otherwise (customers are randomised and agents serve
 * every arm, or no agent id is known) any variant of a running pilot.
 */
export function createAgentRatingsService({ db, clock }: AgentRatingsServiceDeps) {
  /** null: may rate; otherwise the refusal, in words. */
  async function agentUnitRefusal(
    tx: Db,
    pilot: { id: string; name: string; unit: "CUSTOMER" | "AGENT" },
    variantId: string,
    helpdeskAgentId: string | null,
  ): Promise<{ message: string; isYourVariant: boolean } | null> {
    if (pilot.unit !== "AGENT" || !helpdeskAgentId) return null;
    const assignment = await repo.findAgentAssignment(tx, pilot.id, helpdeskAgentId);
    if (!assignment) {
      return {
        isYourVariant: false,
        message: `Pilot “${pilot.name}” assigns agents and your agent id ${helpdeskAgentId} is not assigned in it yet: you work under the published policy, so there is no variant of yours to rate.`,
      };
    }
    if (assignment.variantId !== variantId) {
      return {
        isYourVariant: false,
        message: `Pilot “${pilot.name}” assigns agents: your agent id ${helpdeskAgentId} works under variant “${assignment.variant.name}”, and you may rate only that variant.`,
      };
    }
    return null;
  }

  async function rateVariant(input: RateVariantInput, viewer: Viewer, requestId: string) {
    if (viewer.kind !== "user") throw new NotAuthorizedError("Only a signed-in person may rate a variant.");
    const comment = input.comment?.trim() || null;
    const at = clock.now();
    const weekStart = isoWeekStart(at);
    const nextRatingAt = nextIsoWeekStart(at);
    return db.$transaction(async (tx) => {
      const variant = await repo.findVariantWithPilot(tx, input.variantId);
      if (!variant) throw new NotFoundError("pilot variant", input.variantId);
      const notRunning = (status: string) =>
        new InvalidStateError(
          `Agents rate a variant only while its pilot is RUNNING; pilot ${variant.pilot.id} is ${status}.`,
          variant.pilot.id,
          status,
          ["RUNNING"],
        );
      if (variant.pilot.status !== "RUNNING") throw notRunning(variant.pilot.status);
      const user = await repo.findHelpdeskAgentId(tx, viewer.userId);
      const refusal = await agentUnitRefusal(tx, variant.pilot, variant.id, user?.helpdeskAgentId ?? null);
      if (refusal) throw new NotAuthorizedError(refusal.message);
      const id = newId("agentRating");
      const stored = await repo.insertRatingIfRunning(tx, {
        id,
        variantId: variant.id,
        userId: viewer.userId,
        clarity: input.clarity,
        workability: input.workability,
        comment,
        weekStart: isoDate(weekStart),
        at,
      });
      if (!stored) {
        const pilot = await repo.findPilotStatus(tx, variant.pilot.id);
        if (pilot && pilot.status !== "RUNNING") throw notRunning(pilot.status);
        throw new AlreadyRatedError(
          `You rated variant “${variant.name}” this week already (the ISO week of Monday ${isoDate(weekStart)}, UTC). You can rate it again from Monday ${isoDate(nextRatingAt)} 00:00 UTC.`,
          variant.id,
          weekStart,
          nextRatingAt,
        );
      }
      await recordAuditEvent(tx, {
        type: "agent_rating.submitted",
        subjectType: "agent_rating",
        subjectId: id,
        data: {
          pilotId: variant.pilot.id,
          variantId: variant.id,
          clarity: input.clarity,
          workability: input.workability,
          weekStart: isoDate(weekStart),
        },
        viewer,
        requestId,
        at,
      });
      return repo.findRating(tx, id);
    });
  }

  /** Every variant of every running pilot, with whether this person may rate it now and, if not, why. */
  async function rateableVariants(viewer: Viewer): Promise<RateableVariant[]> {
    if (viewer.kind !== "user") return [];
    const at = clock.now();
    const weekStart = isoWeekStart(at);
    const [variants, user, rated] = await Promise.all([
      repo.findRunningVariants(db),
      repo.findHelpdeskAgentId(db, viewer.userId),
      repo.findUserRatingsOfWeek(db, viewer.userId, weekStart),
    ]);
    const ratedIds = new Set(rated.map((r) => r.variantId));
    const out: RateableVariant[] = [];
    for (const v of variants) {
      const pilot = { id: v.pilot.id, name: v.pilot.name, unit: v.pilot.unit };
      const refusal = await agentUnitRefusal(db, pilot, v.id, user?.helpdeskAgentId ?? null);
      const isYourVariant = v.pilot.unit === "AGENT" && Boolean(user?.helpdeskAgentId) && !refusal;
      const already = ratedIds.has(v.id);
      out.push({
        pilot: { ...pilot, policyName: v.pilot.policy.name },
        variant: { id: v.id, key: v.key, name: v.name, isControl: v.isControl },
        canRate: !refusal && !already,
        nextRatingAt: already ? nextIsoWeekStart(at) : null,
        reason:
          refusal?.message ??
          (already
            ? `You rated it this week; you can rate it again from Monday ${isoDate(nextIsoWeekStart(at))} 00:00 UTC.`
            : null),
        isYourVariant,
      });
    }
    return out;
  }

  /** Per variant of the pilot, in arm order: n, mean clarity, mean workability. */
  async function summaryForPilot(pilot: {
    id: string;
    variants: { id: string; key: string; name: string; position: number; isControl: boolean }[];
  }): Promise<(VariantAgentRatings & { variant: { id: string; key: string; name: string; isControl: boolean } })[]> {
    const byVariant = await agentRatingsByVariant(db, pilot.id);
    return [...pilot.variants]
      .sort((a, b) => a.position - b.position)
      .map((v) => ({
        ...(byVariant.get(v.id) ?? {
          variantId: v.id,
          count: 0,
          meanClarity: null,
          meanWorkability: null,
          commentCount: 0,
        }),
        variant: { id: v.id, key: v.key, name: v.name, isControl: v.isControl },
      }));
  }

  return { rateVariant, rateableVariants, summaryForPilot };
}

export type AgentRatingsService = ReturnType<typeof createAgentRatingsService>;
