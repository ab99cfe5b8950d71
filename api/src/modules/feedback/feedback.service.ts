import type { Viewer } from "../../context.js";
import type { SqlRunner } from "../../db/sql-runner.js";
import type { Clock } from "../../lib/clock.js";
import { newId } from "../../lib/ids.js";
import { ConflictError, InvalidStateError, NotFoundError, ValidationError } from "../../schema/errors.js";
import * as repo from "./feedback.repository.js";

export type FeedbackServiceDeps = { sql: SqlRunner; clock: Clock };

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

export function createFeedbackService({ sql, clock }: FeedbackServiceDeps) {
  /** An integration's rating for an assignment: one statement stores it with its audit row (repo.submitFeedbackOnce). */
  async function submitFeedback(input: SubmitFeedbackInput, viewer: Viewer, requestId: string) {
    const response = normalizedResponse({
      csat: input.csat ?? null,
      nps: input.nps ?? null,
      ces: input.ces ?? null,
      comment: input.comment ?? null,
    });
    if (response.csat === null && response.nps === null && response.ces === null && !response.comment) {
      throw new ValidationError("Give at least one of csat (1–5), nps (0–10), ces (1–7) or a comment.", [
        { path: [], message: "empty response" },
      ]);
    }
    const attempt = () =>
      repo.submitFeedbackOnce(
        sql,
        {
          id: response.feedbackId,
          assignmentId: input.assignmentId,
          csat: response.csat,
          nps: response.nps,
          ces: response.ces,
          comment: response.comment,
          ticketId: input.ticketId ?? null,
          idempotencyKey: input.idempotencyKey ?? null,
          at: clock.now(),
        },
        { viewer, requestId },
      );
    let outcome = await attempt();
    // Two deliveries of the same response raced: the loser stored nothing and now sees the winner's row.
    if (!outcome.stored && !outcome.previous && input.idempotencyKey && outcome.assignment?.pilotStatus === "RUNNING")
      outcome = await attempt();
    const { assignment, stored, previous } = outcome;
    if (previous) {
      if (previous.assignmentId !== input.assignmentId) {
        throw new ConflictError(
          `Idempotency key "${input.idempotencyKey}" was already used for assignment ${previous.assignmentId}; use a new key for a new response.`,
          previous.id,
        );
      }
      return { feedback: previous, duplicate: true };
    }
    if (!assignment) throw new NotFoundError("assignment", input.assignmentId);
    if (!stored) {
      throw new InvalidStateError(
        `Feedback is recorded only while a pilot is RUNNING; pilot ${assignment.pilotId} is ${assignment.pilotStatus}.`,
        assignment.pilotId,
        assignment.pilotStatus,
        ["RUNNING"],
      );
    }
    return { feedback: stored, duplicate: false };
  }

  /**
   * A response as stored: a new id, and the comment trimmed (blank → none). The survey pages store theirs with the
   * invitation's answer (beta module, one statement).
   */
  function normalizedResponse(input: {
    csat: number | null;
    nps: number | null;
    ces: number | null;
    comment: string | null;
  }) {
    return {
      feedbackId: newId("feedback"),
      csat: input.csat,
      nps: input.nps,
      ces: input.ces,
      comment: input.comment?.trim() || null,
    };
  }

  return { submitFeedback, normalizedResponse };
}

export type FeedbackService = ReturnType<typeof createFeedbackService>;
