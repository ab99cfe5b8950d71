import type { Viewer } from "../../context.js";
import type { PrismaClient } from "../../db/create-db.js";
import type { Clock } from "../../lib/clock.js";
import { newId } from "../../lib/ids.js";
import { ConflictError, NotFoundError, ValidationError } from "../../schema/errors.js";
import { recordAuditEvent } from "../audit/audit.repository.js";
import { hashPassword } from "../auth/password.js";

/** Shortest password the set-up command accepts (NIST SP 800-63B asks for at least 8; we ask for 12). */
export const MIN_PASSWORD_LENGTH = 12;
const ROLES = ["ADMIN", "OPS", "MANAGER", "AGENT", "VIEWER"] as const;
export type UserRole = (typeof ROLES)[number];

export type UsersServiceDeps = { db: PrismaClient; clock: Clock };

/** A user's helpdesk agent id (ADR 0020): which agent of the helpdesk they are, for pilots that assign agents. */
export function createUsersService({ db, clock }: UsersServiceDeps) {
  async function setHelpdeskAgentId(
    input: { userId: string; helpdeskAgentId: string | null },
    viewer: Viewer,
    requestId: string,
  ) {
    const helpdeskAgentId = input.helpdeskAgentId?.trim() || null;
    return db.$transaction(async (tx) => {
      const user = await tx.user.findUnique({
        where: { id: input.userId },
        select: { id: true, helpdeskAgentId: true },
      });
      if (!user) throw new NotFoundError("user", input.userId);
      if (helpdeskAgentId) {
        const holder = await tx.user.findUnique({ where: { helpdeskAgentId }, select: { id: true, email: true } });
        if (holder && holder.id !== user.id) {
          throw new ConflictError(
            `Helpdesk agent id ${helpdeskAgentId} belongs to ${holder.email} already; clear it there first.`,
            holder.id,
          );
        }
      }
      const at = clock.now();
      const updated = await tx.user.update({
        where: { id: user.id },
        data: { helpdeskAgentId },
        select: { id: true, email: true, name: true, role: true, helpdeskAgentId: true },
      });
      await recordAuditEvent(tx, {
        type: "user.helpdesk_agent_id_set",
        subjectType: "user",
        subjectId: user.id,
        data: { from: user.helpdeskAgentId, to: helpdeskAgentId },
        viewer,
        requestId,
        at,
      });
      return updated;
    });
  }

  async function helpdeskAgentIdOf(userId: string): Promise<string | null> {
    const user = await db.user.findUnique({ where: { id: userId }, select: { helpdeskAgentId: true } });
    return user?.helpdeskAgentId ?? null;
  }

  /**
   * Creates a user from the operator's shell (`npm run admin:create`): the way a production database gets its first
   * admin, since the demo is never seeded there. Refuses a taken email, an unknown role and a short password.
   */
  async function createUser(input: { email: string; name: string; role: string; password: string }) {
    const email = input.email.trim().toLowerCase();
    const name = input.name.trim();
    const problems: { path: string[]; message: string }[] = [];
    if (!/^[^@\s]+@[^@\s]+$/.test(email) || email.length > 320) {
      problems.push({ path: ["email"], message: "must be an email address such as ops@example.com" });
    }
    if (!name || name.length > 200) problems.push({ path: ["name"], message: "must be 1 to 200 characters" });
    if (!(ROLES as readonly string[]).includes(input.role)) {
      problems.push({ path: ["role"], message: `must be one of ${ROLES.join(", ")}` });
    }
    if (input.password.length < MIN_PASSWORD_LENGTH || input.password.length > 1024) {
      problems.push({ path: ["password"], message: `must be ${MIN_PASSWORD_LENGTH} to 1024 characters` });
    }
    if (problems.length)
      throw new ValidationError(problems.map((p) => `${p.path[0]} ${p.message}`).join("; "), problems);
    const passwordHash = await hashPassword(input.password);
    return db.$transaction(async (tx) => {
      const taken = await tx.user.findUnique({ where: { email }, select: { id: true } });
      if (taken) throw new ConflictError(`A user with email ${email} exists already.`, taken.id);
      const user = await tx.user.create({
        data: { id: newId("user"), email, name, role: input.role as UserRole, passwordHash },
        select: { id: true, email: true, name: true, role: true },
      });
      await recordAuditEvent(tx, {
        type: "user.created",
        subjectType: "user",
        subjectId: user.id,
        data: { email, role: user.role, via: "command line" },
        viewer: { kind: "anonymous" },
        at: clock.now(),
      });
      return user;
    });
  }

  async function count(): Promise<number> {
    return db.user.count();
  }

  return { setHelpdeskAgentId, helpdeskAgentIdOf, createUser, count };
}

export type UsersService = ReturnType<typeof createUsersService>;
