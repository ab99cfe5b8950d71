import type { Viewer } from "../../context.js";
import { actorOf } from "../../context.js";
import type { Db } from "../../db/create-db.js";
import { newId } from "../../lib/ids.js";

export type AuditInput = {
  type: string;
  subjectType: string;
  subjectId: string;
  data?: Record<string, unknown>;
  viewer: Viewer;
  requestId?: string | null;
  at: Date;
};

/** Writes one audit row. Call it with the transaction that makes the change it records. */
export async function recordAuditEvent(db: Db, input: AuditInput): Promise<void> {
  await db.auditEvent.create({
    data: {
      id: newId("audit"),
      type: input.type,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      data: (input.data ?? {}) as object,
      requestId: input.requestId ?? null,
      createdAt: input.at,
      ...actorOf(input.viewer),
    },
  });
}
