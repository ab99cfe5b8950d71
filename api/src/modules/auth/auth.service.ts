import { createHash, randomBytes } from "node:crypto";
import type { Viewer } from "../../context.js";
import type { PrismaClient } from "../../db/create-db.js";
import type { Clock } from "../../lib/clock.js";
import { newId } from "../../lib/ids.js";
import { InvalidCredentialsError, InvalidStateError, NotAuthorizedError, NotFoundError } from "../../schema/errors.js";
import { recordAuditEvent } from "../audit/audit.repository.js";
import * as repo from "./auth.repository.js";
import { verifyPassword } from "./password.js";

export type AuthServiceDeps = { db: PrismaClient; clock: Clock; sessionTtlHours: number };

/** How long a resolved API token is trusted without looking it up again (revocation takes at most this long). */
const TOKEN_CACHE_MS = 10_000;
export const API_TOKEN_PREFIX = "ppk_";

export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

export function createAuthService({ db, clock, sessionTtlHours }: AuthServiceDeps) {
  const tokenCache = new Map<string, { viewer: Viewer; until: number }>();

  async function login(input: { email: string; password: string }, requestId: string) {
    const user = await repo.findUserByEmail(db, input.email.trim().toLowerCase());
    const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
    if (!user || !ok || user.disabledAt) throw new InvalidCredentialsError();
    const token = randomBytes(32).toString("base64url");
    const now = clock.now();
    const expiresAt = new Date(now.getTime() + sessionTtlHours * 3_600_000);
    const session = await db.$transaction(async (tx) => {
      await repo.deleteExpiredSessions(tx, user.id, now);
      const created = await repo.createSession(tx, {
        id: newId("session"),
        tokenHash: sha256(token),
        userId: user.id,
        expiresAt,
      });
      const viewer: Viewer = {
        kind: "user",
        userId: user.id,
        email: user.email,
        name: user.name,
        role: user.role,
        sessionId: created.id,
      };
      await recordAuditEvent(tx, {
        type: "user.signed_in",
        subjectType: "user",
        subjectId: user.id,
        viewer,
        requestId,
        at: now,
      });
      return created;
    });
    return { token, expiresAt, user, sessionId: session.id };
  }

  async function logout(viewer: Viewer, requestId: string): Promise<boolean> {
    if (viewer.kind !== "user" || !viewer.sessionId) return false;
    const sessionId = viewer.sessionId;
    await db.$transaction(async (tx) => {
      await repo.deleteSession(tx, sessionId);
      await recordAuditEvent(tx, {
        type: "user.signed_out",
        subjectType: "user",
        subjectId: viewer.userId,
        viewer,
        requestId,
        at: clock.now(),
      });
    });
    return true;
  }

  async function resolveViewer(credentials: { sessionToken?: string | null; bearer?: string | null }): Promise<Viewer> {
    const now = clock.now();
    if (credentials.bearer) {
      const key = sha256(credentials.bearer);
      const cached = tokenCache.get(key);
      if (cached && cached.until > now.getTime()) return cached.viewer;
      const token = await repo.findApiTokenByHash(db, key);
      if (!token || token.revokedAt) return { kind: "anonymous" };
      const viewer: Viewer = { kind: "token", tokenId: token.id, name: token.name };
      tokenCache.set(key, { viewer, until: now.getTime() + TOKEN_CACHE_MS });
      return viewer;
    }
    if (credentials.sessionToken) {
      const session = await repo.findSessionByTokenHash(db, sha256(credentials.sessionToken));
      if (!session || session.expiresAt <= now || session.user.disabledAt) return { kind: "anonymous" };
      const { user } = session;
      return {
        kind: "user",
        userId: user.id,
        email: user.email,
        name: user.name,
        role: user.role,
        sessionId: session.id,
      };
    }
    return { kind: "anonymous" };
  }

  /** Creates an integration token; the secret is returned once and only its hash is stored. */
  async function createApiToken(input: { name: string }, viewer: Viewer, requestId: string) {
    if (viewer.kind !== "user") throw new NotAuthorizedError();
    const secret = `${API_TOKEN_PREFIX}${randomBytes(24).toString("base64url")}`;
    const record = await db.$transaction(async (tx) => {
      const created = await repo.createApiToken(tx, {
        id: newId("apiToken"),
        name: input.name,
        tokenHash: sha256(secret),
        prefix: secret.slice(0, 10),
        createdById: viewer.userId,
      });
      await recordAuditEvent(tx, {
        type: "api_token.created",
        subjectType: "api_token",
        subjectId: created.id,
        data: { name: input.name },
        viewer,
        requestId,
        at: clock.now(),
      });
      return created;
    });
    return { token: record, secret };
  }

  /** Revokes an integration token; requests with it are refused within TOKEN_CACHE_MS (at once on this instance). */
  async function revokeApiToken(input: { tokenId: string }, viewer: Viewer, requestId: string) {
    const revoked = await db.$transaction(async (tx) => {
      const token = await repo.findApiToken(tx, input.tokenId);
      if (!token) throw new NotFoundError("API token", input.tokenId);
      if (token.revokedAt) {
        throw new InvalidStateError(`API token ${token.id} was already revoked.`, token.id, "REVOKED", ["ACTIVE"]);
      }
      const at = clock.now();
      const updated = await repo.revokeApiToken(tx, token.id, at);
      await recordAuditEvent(tx, {
        type: "api_token.revoked",
        subjectType: "api_token",
        subjectId: token.id,
        data: { name: token.name },
        viewer,
        requestId,
        at,
      });
      return updated;
    });
    tokenCache.delete(revoked.tokenHash);
    return revoked;
  }

  return { login, logout, resolveViewer, createApiToken, revokeApiToken, listApiTokens: () => repo.listApiTokens(db) };
}

export type AuthService = ReturnType<typeof createAuthService>;
