import type { Db } from "../../db/create-db.js";
import type { Prisma } from "../../generated/prisma/client.js";
import type { PilotStatus } from "../../generated/prisma/enums.js";

export function findPilot(db: Db, id: string) {
  return db.pilot.findUnique({ where: { id }, include: { variants: { orderBy: { position: "asc" } } } });
}

/** Row-locks the pilot for the rest of the transaction, so that concurrent state changes serialise. */
export async function findPilotForUpdate(db: Db, id: string) {
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT id FROM pilots WHERE id = ${id} FOR UPDATE`;
  if (rows.length === 0) return null;
  return findPilot(db, id);
}

export function createPilot(db: Db, data: Prisma.PilotUncheckedCreateInput) {
  return db.pilot.create({ data });
}

export function createVariants(db: Db, data: Prisma.PilotVariantUncheckedCreateInput[]) {
  return db.pilotVariant.createMany({ data });
}

export function setStatus(db: Db, id: string, status: PilotStatus, extra: Prisma.PilotUncheckedUpdateInput = {}) {
  return db.pilot.update({ where: { id }, data: { status, ...extra } });
}

export async function setWeight(db: Db, variantId: string, weight: number): Promise<void> {
  await db.pilotVariant.update({ where: { id: variantId }, data: { weight } });
}

export function updatePilot(db: Db, id: string, data: Prisma.PilotUncheckedUpdateInput) {
  return db.pilot.update({ where: { id }, data });
}

export function insertPhase(
  db: Db,
  data: { id: string; pilotId: string; number: number; weights: Record<string, number>; startedAt: Date },
) {
  return db.pilotPhase.create({ data });
}

export function findOpenPhase(db: Db, pilotId: string) {
  return db.pilotPhase.findFirst({ where: { pilotId, endedAt: null }, orderBy: { number: "desc" } });
}

/**
 * Ends the open phase at `at`, freezing its participants per variant key: the assignments made since it started
 * (later phases do not exist yet). One count when the weights change; results never scan assignments for phases.
 */
export async function closePhase(db: Db, phase: { id: string; pilotId: string; startedAt: Date }, at: Date) {
  const rows = await db.$queryRaw<{ key: string; n: bigint | number }[]>`
    SELECT v.key, count(a.id) AS n
    FROM pilot_variants v LEFT JOIN assignments a ON a.variant_id = v.id AND a.assigned_at >= ${phase.startedAt}
    WHERE v.pilot_id = ${phase.pilotId}
    GROUP BY v.key`;
  const counts = Object.fromEntries(rows.map((r) => [r.key, Number(r.n)]));
  await db.pilotPhase.update({ where: { id: phase.id }, data: { endedAt: at, counts } });
}
