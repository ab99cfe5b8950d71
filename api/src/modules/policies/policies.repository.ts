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

/** Locks one version row; call it after `lockPolicy` (policy, then version: the order every writer uses). */
export async function lockVersion(db: Db, versionId: string): Promise<void> {
  await db.$queryRaw`SELECT id FROM policy_versions WHERE id = ${versionId} FOR UPDATE`;
}

export function findVersionWithPolicy(db: Db, id: string) {
  return db.policyVersion.findUnique({ where: { id }, include: { policy: { select: { name: true } } } });
}

/**
 * Compare-and-set: writes the edit only if the draft is still at `revision` and still a DRAFT, and moves it to
 * `revision + 1`. Returns false when it was not (someone else's edit or a publication came first).
 */
export async function updateDraftAtRevision(
  db: Db,
  id: string,
  revision: number,
  data: Omit<Prisma.PolicyVersionUncheckedUpdateManyInput, "revision">,
): Promise<boolean> {
  const { count } = await db.policyVersion.updateMany({
    where: { id, revision, status: "DRAFT" },
    data: { ...data, revision: revision + 1 },
  });
  return count === 1;
}

export function findUserNames(db: Db, ids: string[]) {
  return db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
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

export async function touchPolicy(db: Db, policyId: string, at: Date): Promise<void> {
  await db.policy.update({ where: { id: policyId }, data: { updatedAt: at } });
}
