import type { Db } from "../../db/create-db.js";

export function findVariantWithPilot(db: Db, variantId: string) {
  return db.pilotVariant.findUnique({
    where: { id: variantId },
    select: {
      id: true,
      key: true,
      name: true,
      pilot: { select: { id: true, name: true, status: true, unit: true } },
    },
  });
}

export function findHelpdeskAgentId(db: Db, userId: string) {
  return db.user.findUnique({ where: { id: userId }, select: { helpdeskAgentId: true } });
}

/** The variant an agent (by helpdesk id) is assigned to in a pilot, if any. */
export function findAgentAssignment(db: Db, pilotId: string, agentExternalId: string) {
  return db.assignment.findFirst({
    where: { pilotId, participant: { kind: "AGENT", externalId: agentExternalId } },
    select: { variantId: true, variant: { select: { name: true, key: true } } },
  });
}

/**
 * Inserts the rating only while the pilot is RUNNING, and only if this user has not rated this variant this week
 * (unique variant + user + week: a concurrent second insert waits for the first and then does nothing). Returns
 * whether it was stored.
 */
export async function insertRatingIfRunning(
  db: Db,
  row: {
    id: string;
    variantId: string;
    userId: string;
    clarity: number;
    workability: number;
    comment: string | null;
    weekStart: string;
    at: Date;
  },
): Promise<boolean> {
  const count = await db.$executeRaw`
    INSERT INTO agent_ratings (id, pilot_id, variant_id, user_id, clarity, workability, comment, week_start, created_at)
    SELECT ${row.id}, v.pilot_id, v.id, ${row.userId}, ${row.clarity}::int, ${row.workability}::int, ${row.comment},
           ${row.weekStart}::date, ${row.at}
    FROM pilot_variants v JOIN pilots p ON p.id = v.pilot_id
    WHERE v.id = ${row.variantId} AND p.status = 'RUNNING'
    ON CONFLICT (variant_id, user_id, week_start) DO NOTHING`;
  return count === 1;
}

export function findPilotStatus(db: Db, pilotId: string) {
  return db.pilot.findUnique({ where: { id: pilotId }, select: { status: true } });
}

export function findRating(db: Db, id: string) {
  return db.agentRating.findUniqueOrThrow({ where: { id } });
}

/** Variants of RUNNING pilots, with their policy, for the rating form. */
export function findRunningVariants(db: Db) {
  return db.pilotVariant.findMany({
    where: { pilot: { status: "RUNNING" } },
    orderBy: [{ pilot: { startedAt: "desc" } }, { position: "asc" }],
    select: {
      id: true,
      key: true,
      name: true,
      isControl: true,
      pilot: { select: { id: true, name: true, unit: true, policy: { select: { id: true, name: true } } } },
    },
  });
}

export function findUserRatingsOfWeek(db: Db, userId: string, weekStart: Date) {
  return db.agentRating.findMany({ where: { userId, weekStart }, select: { variantId: true } });
}
