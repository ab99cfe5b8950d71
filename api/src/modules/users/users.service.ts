import type { Viewer } from "../../context.js";
import type { PrismaClient } from "../../db/create-db.js";
import type { Clock } from "../../lib/clock.js";
import { ConflictError, NotFoundError } from "../../schema/errors.js";
import { recordAuditEvent } from "../audit/audit.repository.js";

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

  return { setHelpdeskAgentId, helpdeskAgentIdOf };
}

export type UsersService = ReturnType<typeof createUsersService>;
