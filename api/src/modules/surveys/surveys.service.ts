import type { PrismaClient } from "../../db/create-db.js";
import type { SqlRunner } from "../../db/sql-runner.js";
import type { SurveyDelivery } from "../../generated/prisma/enums.js";
import type { Clock } from "../../lib/clock.js";
import { newId } from "../../lib/ids.js";
import type { JobQueue } from "../../lib/jobs/job-queue.js";
import { newLinkToken } from "../../lib/link-token.js";
import type { Logger } from "../../lib/logger.js";
import type { Mailer } from "../../lib/mailer.js";
import { sampleShare } from "./sample-share.js";
import { surveyFairness } from "./surveys.read-model.js";
import * as repo from "./surveys.repository.js";

export const SURVEY_EMAIL_QUEUE = "survey-email";
const MAX_EMAIL_ATTEMPTS = 5;
const DAY_MS = 86_400_000;

export type SurveysServiceDeps = {
  db: PrismaClient;
  clock: Clock;
  jobs: JobQueue;
  logger: Logger;
  /** Base of the links customers get (PUBLIC_URL). */
  publicUrl: string;
  mailer: Mailer | null;
};

export type InvitationPolicy = { surveyDelivery: SurveyDelivery; surveyThrottleDays: number; surveyExpiryDays: number };

export type SurveyLink = { url: string; expiresAt: Date };

/**
 * Survey invitations: the decision for each solved interaction of a pilot participant (the same rules for every
 * arm, or the comparison is biased), single-use links, and email delivery.
 */
export function createSurveysService({ db, clock, jobs, logger, publicUrl, mailer }: SurveysServiceDeps) {
  /**
   * Decides, once per interaction, whether its customer is invited: sampled by the pilot's rate (deterministic in
   * the interaction id), not reachable (email delivery without an address), throttled (a SENT invitation to the
   * same customer within the integration's throttle days, across all pilots), or SENT. Call it inside the
   * transaction that records the solved interaction; call `afterCommit` with the result once it committed.
   */
  async function decideInvitation(
    tx: SqlRunner,
    input: {
      interactionId: string;
      customerId: string;
      customerEmail: string | null;
      arm: { pilotId: string; variantId: string; assignmentId: string };
      policy: InvitationPolicy;
    },
  ): Promise<{ invitation: repo.InvitationRow | null; created: boolean }> {
    await repo.lockCustomer(tx, input.customerId);
    const now = clock.now();
    const context = await repo.decisionContext(tx, {
      interactionId: input.interactionId,
      pilotId: input.arm.pilotId,
      customerId: input.customerId,
      throttleSince: new Date(now.getTime() - input.policy.surveyThrottleDays * DAY_MS),
    });
    if (context.existingId && context.existingDecision && context.existingDelivery) {
      return {
        invitation: { id: context.existingId, decision: context.existingDecision, delivery: context.existingDelivery },
        created: false,
      };
    }
    // Responses are recorded only while a pilot runs; a paused or concluded pilot invites nobody (no decision).
    if (context.pilotStatus !== "RUNNING") return { invitation: null, created: false };
    let decision: "SENT" | "THROTTLED" | "SAMPLED_OUT" | "NO_CONTACT";
    if (sampleShare(input.interactionId) >= (context.sampleRate ?? 1)) decision = "SAMPLED_OUT";
    else if (input.policy.surveyDelivery === "EMAIL" && (!input.customerEmail || !mailer)) decision = "NO_CONTACT";
    else if (input.policy.surveyThrottleDays > 0 && context.recentlySent) decision = "THROTTLED";
    else decision = "SENT";
    const invitation = await repo.insertInvitation(tx, {
      id: newId("invitation"),
      interactionId: input.interactionId,
      customerExternalId: input.customerId,
      ...input.arm,
      decision,
      delivery: input.policy.surveyDelivery,
      contactEmail: decision === "SENT" && input.policy.surveyDelivery === "EMAIL" ? input.customerEmail : null,
      createdAt: now,
      expiresAt: decision === "SENT" ? new Date(now.getTime() + input.policy.surveyExpiryDays * DAY_MS) : null,
    });
    return { invitation, created: true };
  }

  function afterCommit(invitation: { id: string; decision: string; delivery: string } | null) {
    if (invitation && invitation.decision === "SENT" && invitation.delivery === "EMAIL")
      jobs.send(SURVEY_EMAIL_QUEUE, { invitationId: invitation.id });
  }

  /**
   * A fresh single-use link to an invitation's survey, for one delivery channel (the webhook's answer, the
   * surveyInvitation query, the email). Null unless the invitation was SENT, is unanswered and has not expired.
   */
  async function issueLink(invitationId: string, channel: "RESPONSE" | "QUERY" | "EMAIL"): Promise<SurveyLink | null> {
    const invitation = await repo.findInvitation(db, invitationId);
    const now = clock.now();
    if (invitation?.decision !== "SENT" || invitation.answeredAt || !invitation.expiresAt) return null;
    if (invitation.expiresAt.getTime() <= now.getTime()) return null;
    const { token, hash } = newLinkToken();
    await repo.insertToken(db, { tokenHash: hash, invitationId, channel, issuedAt: now });
    return { url: `${publicUrl}/s/${token}`, expiresAt: invitation.expiresAt };
  }

  /** What a helpdesk asks for a solved ticket: the decision and, when invited, a fresh link. */
  async function invitationForTicket(ticketId: string, integrationId: string | null) {
    const invitation = await repo.invitationForTicket(db, ticketId, integrationId);
    if (!invitation) return null;
    const link = await issueLink(invitation.id, "QUERY");
    return { invitation, link };
  }

  /** The email job: one email per invitation, retried with backoff; the error is kept for the outbox. */
  async function sendInvitationEmail(invitationId: string) {
    const invitation = await repo.findInvitation(db, invitationId);
    if (!invitation || invitation.emailSentAt || invitation.decision !== "SENT" || !invitation.contactEmail) return;
    if (!mailer) {
      await repo.markEmailFailed(db, invitationId, "SMTP_URL is not set, so no email can be sent.");
      return;
    }
    const link = await issueLink(invitationId, "EMAIL");
    if (!link) return;
    try {
      await mailer.send(surveyEmail(invitation.contactEmail, link, clock.now()));
      await repo.markEmailSent(db, invitationId, clock.now());
    } catch (error) {
      const message = (error as Error).message ?? String(error);
      await repo.markEmailFailed(db, invitationId, message);
      logger.warn("Survey email failed; it will be retried", { invitationId, error: message });
      if (invitation.emailAttempts + 1 < MAX_EMAIL_ATTEMPTS) throw error;
    }
  }

  async function sweep() {
    const stale = await repo.staleEmailInvitations(db, new Date(clock.now().getTime() - 60_000), MAX_EMAIL_ATTEMPTS);
    for (const { id } of stale) jobs.send(SURVEY_EMAIL_QUEUE, { invitationId: id });
  }

  jobs.register(SURVEY_EMAIL_QUEUE, async (data) => sendInvitationEmail(String(data.invitationId)));
  jobs.registerPeriodic("survey-email-sweep", sweep);

  return {
    decideInvitation,
    afterCommit,
    issueLink,
    invitationForTicket,
    sendInvitationEmail,
    fairness: (pilotId: string) => surveyFairness(db, pilotId),
  };
}

export type SurveysService = ReturnType<typeof createSurveysService>;

/** The same words for every arm: the invitation must not tell the arms apart. Every email has the opt-out link. */
export function surveyEmail(to: string, link: SurveyLink, now: Date) {
  const days = Math.max(1, Math.round((link.expiresAt.getTime() - now.getTime()) / DAY_MS));
  const optOut = link.url.replace("/s/", "/o/");
  const text = `Hello,\n\nYour request was solved. How did we do? It takes a minute:\n\n${link.url}\n\nThe link works once and for ${days} days.\n\nThank you!\n\nTo leave the beta: ${optOut}\n`;
  const html = `<p>Hello,</p><p>Your request was solved. How did we do? It takes a minute:</p><p><a href="${link.url}">Rate your experience</a></p><p>The link works once and for ${days} days.</p><p>Thank you!</p><p><small><a href="${optOut}">Leave the beta</a></small></p>`;
  return { to, subject: "How did we do?", text, html };
}
