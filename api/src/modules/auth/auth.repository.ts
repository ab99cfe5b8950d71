import type { Db } from "../../db/create-db.js";

export function findUserByEmail(db: Db, email: string) {
  return db.user.findUnique({ where: { email } });
}

/** Forgets a user's expired sessions (called at sign-in, so the table does not grow without bound). */
export async function deleteExpiredSessions(db: Db, userId: string, now: Date): Promise<void> {
  await db.session.deleteMany({ where: { userId, expiresAt: { lte: now } } });
}

export function createSession(db: Db, data: { id: string; tokenHash: string; userId: string; expiresAt: Date }) {
  return db.session.create({ data });
}

export function findSessionByTokenHash(db: Db, tokenHash: string) {
  return db.session.findUnique({
    where: { tokenHash },
    include: { user: { select: { id: true, email: true, name: true, role: true, disabledAt: true } } },
  });
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.session.deleteMany({ where: { id } });
}

export function findApiTokenByHash(db: Db, tokenHash: string) {
  return db.apiToken.findUnique({ where: { tokenHash } });
}

export function createApiToken(
  db: Db,
  data: { id: string; name: string; tokenHash: string; prefix: string; createdById: string },
) {
  return db.apiToken.create({ data });
}

export function listApiTokens(db: Db) {
  return db.apiToken.findMany({ orderBy: { createdAt: "desc" }, include: { createdBy: { select: { name: true } } } });
}

export function findApiToken(db: Db, id: string) {
  return db.apiToken.findUnique({ where: { id } });
}

export function revokeApiToken(db: Db, id: string, at: Date) {
  return db.apiToken.update({
    where: { id },
    data: { revokedAt: at },
    include: { createdBy: { select: { name: true } } },
  });
}
