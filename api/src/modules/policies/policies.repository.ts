import type { Db } from "../../db/create-db.js";
import type { Prisma } from "../../generated/prisma/client.js";

export function findPolicy(db: Db, id: string) {
  return db.policy.findUnique({ where: { id } });
}

export function findPolicyByIdOrKey(db: Db, idOrKey: string) {
  return db.policy.findFirst({ where: { OR: [{ id: idOrKey }, { key: idOrKey }] } });
}

export function findPolicyByKey(db: Db, key: string) {
  return db.policy.findUnique({ where: { key } });
}

export function findVersion(db: Db, id: string) {
  return db.policyVersion.findUnique({ where: { id } });
}

export function findPublishedVersion(db: Db, policyId: string) {
  return db.policyVersion.findFirst({ where: { policyId, status: "PUBLISHED" } });
}

/** Locks the policy row so that version numbers and the single PUBLISHED version stay consistent. */
export async function lockPolicy(db: Db, policyId: string): Promise<void> {
  await db.$queryRaw`SELECT id FROM policies WHERE id = ${policyId} FOR UPDATE`;
}

export async function nextVersionNumber(db: Db, policyId: string): Promise<number> {
  const agg = await db.policyVersion.aggregate({ where: { policyId }, _max: { number: true } });
  return (agg._max.number ?? 0) + 1;
}

export function createPolicy(db: Db, data: Prisma.PolicyUncheckedCreateInput) {
  return db.policy.create({ data });
}

export function createVersion(db: Db, data: Prisma.PolicyVersionUncheckedCreateInput) {
  return db.policyVersion.create({ data });
}

export function updateVersion(db: Db, id: string, data: Prisma.PolicyVersionUncheckedUpdateInput) {
  return db.policyVersion.update({ where: { id }, data });
}

export async function archivePublished(db: Db, policyId: string, at: Date): Promise<string | null> {
  const current = await findPublishedVersion(db, policyId);
  if (!current) return null;
  await db.policyVersion.update({ where: { id: current.id }, data: { status: "ARCHIVED", archivedAt: at } });
  return current.id;
}

export async function touchPolicy(db: Db, policyId: string, at: Date): Promise<void> {
  await db.policy.update({ where: { id: policyId }, data: { updatedAt: at } });
}
