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
