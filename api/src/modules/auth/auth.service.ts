import { createHash, randomBytes } from "node:crypto";
import type { Viewer } from "../../context.js";
import type { PrismaClient } from "../../db/create-db.js";
import type { SqlRunner } from "../../db/sql-runner.js";
import type { Clock } from "../../lib/clock.js";
import type { ClusterSignals } from "../../lib/cluster-signals.js";
import { newId } from "../../lib/ids.js";
import { createSqlRateLimiter, RateLimiterRes, retryAfterSeconds } from "../../lib/rate-limits.js";
import {
  InvalidCredentialsError,
  InvalidStateError,
  NotAuthorizedError,
  NotFoundError,
  RateLimitedError,
} from "../../schema/errors.js";
import { recordAuditEvent } from "../audit/audit.repository.js";
import * as repo from "./auth.repository.js";
import { verifyPassword } from "./password.js";

/**
 * Sign-in limits (docs/adr/0029), counted on failed attempts and shared by every instance through PostgreSQL:
 * per account from any address (a distributed guess), per client address over minutes (one client cannot burn the
 * server's CPU on password hashing: refused attempts are answered before hashing), and per address over a day (a
 * slow guess across many accounts). A successful sign-in clears its account's counter.
 */
export type LoginLimits = {
  perAccount: { failures: number; windowSeconds: number };
  perAddress: { failures: number; windowSeconds: number };
  perAddressPerDay: number;
};
export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perAccount: { failures: 10, windowSeconds: 15 * 60 },
  perAddress: { failures: 30, windowSeconds: 5 * 60 },
  perAddressPerDay: 200,
};

export type AuthServiceDeps = {
  db: PrismaClient;
  sql: SqlRunner;
  clock: Clock;
  sessionTtlHours: number;
  loginLimits?: LoginLimits;
  /** Revocations reach the other instances' token caches through these (docs/adr/0031). */
  signals?: ClusterSignals;
};

/**
 * How long a resolved API token is trusted without looking it up again. Revocation reaches every instance at once
 * through cluster signals; this bounds it only when signals cannot be delivered.
 */
const TOKEN_CACHE_MS = 10_000;
export const API_TOKEN_PREFIX = "ppk_";

export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

export function createAuthService({
  db,
  sql,
  clock,
  sessionTtlHours,
  loginLimits = DEFAULT_LOGIN_LIMITS,
  signals,
}: AuthServiceDeps) {
  const tokenCache = new Map<string, { viewer: Viewer; until: number }>();
  signals?.subscribe((signal) => {
    if (signal.kind === "token_revoked") tokenCache.delete(signal.tokenHash);
  });
  signals?.onGap(() => tokenCache.clear());
  const limiters = [
    {
      what: "for this account",
      key: (email: string, _address: string) => email,
      limiter: createSqlRateLimiter(sql, {
        keyPrefix: "login-account",
        points: loginLimits.perAccount.failures,
        duration: loginLimits.perAccount.windowSeconds,
      }),
    },
    {
      what: "from your address",
      key: (_email: string, address: string) => address,
      limiter: createSqlRateLimiter(sql, {
        keyPrefix: "login-address",
        points: loginLimits.perAddress.failures,
        duration: loginLimits.perAddress.windowSeconds,
      }),
    },
    {
      what: "from your address today",
      key: (_email: string, address: string) => address,
      limiter: createSqlRateLimiter(sql, {
        keyPrefix: "login-address-day",
        points: loginLimits.perAddressPerDay,
        duration: 24 * 3600,
      }),
    },
  ];

  /**
   * Counts the attempt against every limit before the password is hashed (an atomic increment each, so a burst of
   * concurrent guesses cannot slip past a check-then-count race) and refuses it when one is over its limit.
   */
  async function countLoginAttempt(email: string, address: string) {
    for (const { limiter, key, what } of limiters) {
      try {
        await limiter.consume(key(email, address));
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        const seconds = retryAfterSeconds(error);
        const wait = seconds < 120 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
        throw new RateLimitedError(`Too many failed sign-in attempts ${what}. Try again in ${wait}.`, seconds);
      }
    }
  }

  /** A successful sign-in does not count: its account starts afresh and the address gets its point back. */
  async function forgiveLoginAttempt(email: string, address: string) {
    const [account, ...perAddress] = limiters;
    await account!.limiter.delete(email);
    await Promise.all(perAddress.map((l) => l.limiter.reward(l.key(email, address))));
  }

  async function recordLoginFailure(email: string, address: string, userId: string | null, requestId: string) {
    await recordAuditEvent(db, {
      type: "user.sign_in_failed",
      subjectType: "user",
      subjectId: userId ?? "unknown",
      data: { email, clientAddress: address },
      viewer: { kind: "anonymous" },
      requestId,
      at: clock.now(),
    });
  }

  async function login(input: { email: string; password: string }, requestId: string, clientAddress = "unknown") {
    const email = input.email.trim().toLowerCase();
    await countLoginAttempt(email, clientAddress);
    const user = await repo.findUserByEmail(db, email);
    const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
    if (!user || !ok || user.disabledAt) {
      await recordLoginFailure(email, clientAddress, user?.id ?? null, requestId);
      throw new InvalidCredentialsError();
    }
    await forgiveLoginAttempt(email, clientAddress);
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
    signals?.publish({ kind: "token_revoked", tokenHash: revoked.tokenHash });
    return revoked;
  }

  return { login, logout, resolveViewer, createApiToken, revokeApiToken, listApiTokens: () => repo.listApiTokens(db) };
}

export type AuthService = ReturnType<typeof createAuthService>;
