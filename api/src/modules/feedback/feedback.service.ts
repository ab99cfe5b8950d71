import type { Viewer } from "../../context.js";
import type { Db, PrismaClient } from "../../db/create-db.js";
import type { Clock } from "../../lib/clock.js";
import { newId } from "../../lib/ids.js";
import { ConflictError, InvalidStateError, NotFoundError, ValidationError } from "../../schema/errors.js";
import { recordAuditEvent } from "../audit/audit.repository.js";
import * as repo from "./feedback.repository.js";

export type FeedbackServiceDeps = { db: PrismaClient; clock: Clock };

export type SubmitFeedbackInput = {
  assignmentId: string;
  csat?: number | null;
  nps?: number | null;
  ces?: number | null;
  comment?: string | null;
  ticketId?: string | null;
  /** The helpdesk's id for this response: a retry with the same key returns the first response, never a second. */
  idempotencyKey?: string | null;
};

export function createFeedbackService({ db, clock }: FeedbackServiceDeps) {
  async function submitFeedback(input: SubmitFeedbackInput, viewer: Viewer, requestId: string) {
    try {
      return await submitOnce(input, viewer, requestId);
    } catch (error) {
      // Two deliveries of the same response raced: the loser hits the unique idempotency key and gets the winner's.
      if (input.idempotencyKey && isUniqueViolation(error)) return submitOnce(input, viewer, requestId);
      throw error;
    }
  }

  async function submitOnce(input: SubmitFeedbackInput, viewer: Viewer, requestId: string) {
    const comment = input.comment?.trim() || null;
    if (input.csat == null && input.nps == null && input.ces == null && !comment) {
      throw new ValidationError("Give at least one of csat (1–5), nps (0–10), ces (1–7) or a comment.", [
        { path: [], message: "empty response" },
      ]);
    }
    return db.$transaction(async (tx) => {
      if (input.idempotencyKey) {
        const previous = await repo.findFeedbackByIdempotencyKey(tx, input.idempotencyKey);
        if (previous) {
          if (previous.assignmentId !== input.assignmentId) {
            throw new ConflictError(
              `Idempotency key "${input.idempotencyKey}" was already used for assignment ${previous.assignmentId}; use a new key for a new response.`,
              previous.id,
            );
          }
          return { feedback: previous, duplicate: true };
        }
      }
      const assignment = await repo.findAssignmentWithPilot(tx, input.assignmentId);
      if (!assignment) throw new NotFoundError("assignment", input.assignmentId);
      const id = newId("feedback");
      const at = clock.now();
      const stored = await repo.insertFeedbackIfRunning(tx, {
        id,
        assignmentId: assignment.id,
        source: "CUSTOMER",
        csat: input.csat ?? null,
        nps: input.nps ?? null,
        ces: input.ces ?? null,
        comment,
        ticketId: input.ticketId ?? null,
        idempotencyKey: input.idempotencyKey ?? null,
        at,
      });
      if (!stored) {
        throw new InvalidStateError(
          `Feedback is recorded only while a pilot is RUNNING; pilot ${assignment.pilotId} is ${assignment.pilot.status}.`,
          assignment.pilotId,
          assignment.pilot.status,
          ["RUNNING"],
        );
      }
      await recordAuditEvent(tx, {
        type: "feedback.submitted",
        subjectType: "feedback",
        subjectId: id,
        data: { pilotId: assignment.pilotId, variantId: assignment.variantId, assignmentId: assignment.id },
        viewer,
        requestId,
        at,
      });
      return { feedback: await repo.findFeedback(tx, id), duplicate: false };
    });
  }

  /**
   * A customer's answer through a survey link, inside the caller's transaction (the survey module holds the
   * invitation's lock). Stored only while the pilot is RUNNING; returns whether it was.
   */
  async function recordSurveyAnswer(
    tx: Db,
    input: {
      assignmentId: string;
      invitationId: string;
      csat: number | null;
      nps: number | null;
      ces: number | null;
      comment: string | null;
      language: string;
      ticketId: string | null;
    },
  ): Promise<boolean> {
    return repo.insertFeedbackIfRunning(tx, {
      id: newId("feedback"),
      assignmentId: input.assignmentId,
      source: "CUSTOMER",
      csat: input.csat,
      nps: input.nps,
      ces: input.ces,
      comment: input.comment?.trim() || null,
      ticketId: input.ticketId,
      idempotencyKey: null,
      invitationId: input.invitationId,
      language: input.language,
      at: clock.now(),
    });
  }

  return { submitFeedback, recordSurveyAnswer };
}

export type FeedbackService = ReturnType<typeof createFeedbackService>;

function isUniqueViolation(error: unknown): boolean {
  const text = `${(error as { code?: string })?.code ?? ""} ${(error as Error)?.message ?? ""}`;
  return /P2002|23505|unique constraint/i.test(text);
}
