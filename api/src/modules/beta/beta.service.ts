import type { Viewer } from "../../context.js";
import type { Db, PrismaClient } from "../../db/create-db.js";
import type { SqlRunner } from "../../db/sql-runner.js";
import type { Clock } from "../../lib/clock.js";
import type { ConfigEpoch } from "../../lib/config-epoch.js";
import { newId } from "../../lib/ids.js";
import { hashLinkToken, newLinkToken } from "../../lib/link-token.js";
import { InvalidStateError, NotFoundError, ValidationError } from "../../schema/errors.js";
import { recordAuditEvent } from "../audit/audit.repository.js";
import type { FeedbackService } from "../feedback/feedback.service.js";
import { CES_RANGE, CSAT_RANGE, MAX_COMMENT_CHARS, NPS_RANGE } from "../feedback/feedback-ranges.js";
import * as repo from "./beta.repository.js";
import { type DisclosureTexts, type Language, readDisclosureTexts } from "./disclosure-texts.js";

export type BetaServiceDeps = {
  db: PrismaClient;
  sql: SqlRunner;
  clock: Clock;
  publicUrl: string;
  feedback: FeedbackService;
  /** Bumped after an opt-out: policyFor's cache of known participants must see it at once. */
  epoch?: ConfigEpoch;
};

export type ConsentGate = { status: "ACCEPTED" } | { status: "PENDING" | "DECLINED"; consentUrl: string };

export type SurveyAnswers = { csat: number | null; nps: number | null; ces: number | null; comment: string | null };

/** What a public page shows. Unknown tokens all get the same neutral answer (no oracle). */
export type SurveyState =
  | { kind: "unknown" }
  | { kind: "expired" }
  | { kind: "answered" }
  | { kind: "closed" }
  | { kind: "withdrawn" }
  | { kind: "open"; pilotName: string; policyName: string };

export type ConsentState =
  | { kind: "unknown" }
  | { kind: "closed" }
  | {
      kind: "open";
      status: "PENDING" | "ACCEPTED" | "DECLINED";
      disclosure: DisclosureTexts | null;
      pilotName: string;
      policyName: string;
    };

const RANGES = { csat: CSAT_RANGE, nps: NPS_RANGE, ces: CES_RANGE } as const;

/**
 * Beta customers' side: the disclosure ops write, consent before randomization, the survey behind an invitation's
 * link, and opting out (intention to treat: a withdrawn customer stays in their arm for the analysis).
 */
export function createBetaService({ db, sql, clock, publicUrl, feedback, epoch }: BetaServiceDeps) {
  async function saveDisclosure(input: { pilotId: string; texts: DisclosureTexts }, viewer: Viewer, requestId: string) {
    const at = clock.now();
    return db.$transaction(async (tx) => {
      const pilot = await repo.findPilotForDisclosure(tx, input.pilotId);
      if (!pilot) throw new NotFoundError("pilot", input.pilotId);
      if (pilot.status !== "DRAFT") {
        throw new InvalidStateError(
          `The disclosure of pilot "${pilot.name}" is frozen: it is ${pilot.status}, and customers agreed to the text they saw. Create a new pilot to change it.`,
          pilot.id,
          pilot.status,
          ["DRAFT"],
        );
      }
      const latest = await repo.latestDisclosure(tx, pilot.id);
      const version = (latest?.version ?? 0) + 1;
      const disclosure = await repo.insertDisclosure(tx, {
        id: newId("disclosure"),
        pilotId: pilot.id,
        version,
        texts: input.texts,
        createdById: viewer.kind === "user" ? viewer.userId : null,
        createdAt: at,
      });
      await recordAuditEvent(tx, {
        type: "disclosure.saved",
        subjectType: "pilot",
        subjectId: pilot.id,
        data: { version },
        viewer,
        requestId,
        at,
      });
      return disclosure;
    });
  }

  /**
   * policyFor's consent gate for a customer in a consent-required pilot's audience: ACCEPTED lets randomization go
   * on; otherwise the customer is asked (a PENDING consent, first ask wins) and the answer carries a fresh link to
   * the beta page. One statement per ask.
   */
  async function consentGate(
    pilotId: string,
    customerId: string,
    attributes: Record<string, unknown>,
  ): Promise<ConsentGate> {
    const known = await repo.consentOf(sql, pilotId, customerId);
    if (known?.status === "ACCEPTED") return { status: "ACCEPTED" };
    const { token, hash } = newLinkToken();
    const consent = await repo.askConsent(sql, {
      pilotId,
      customerExternalId: customerId,
      attributes,
      tokenHash: hash,
      at: clock.now(),
    });
    if (consent.status === "ACCEPTED") return { status: "ACCEPTED" };
    return { status: consent.status, consentUrl: `${publicUrl}/beta/${token}` };
  }

  async function consentPage(token: string): Promise<ConsentState> {
    const found = await repo.consentByTokenHash(db, hashLinkToken(token));
    if (!found) return { kind: "unknown" };
    const { consent } = found;
    if (consent.pilot.status === "CONCLUDED") return { kind: "closed" };
    const disclosure = await repo.latestDisclosure(db, consent.pilotId);
    return {
      kind: "open",
      status: consent.status,
      disclosure: disclosure ? readDisclosureTexts(disclosure.texts) : null,
      pilotName: consent.pilot.name,
      policyName: consent.pilot.policy.name,
    };
  }

  /** Accept or decline the beta. Declining after being randomized is an opt-out. */
  async function answerConsent(
    token: string,
    accept: boolean,
    language: Language,
    channel = "WEB",
  ): Promise<ConsentState> {
    const found = await repo.consentByTokenHash(db, hashLinkToken(token));
    if (!found) return { kind: "unknown" };
    const { consent } = found;
    if (consent.pilot.status === "CONCLUDED") return { kind: "closed" };
    const at = clock.now();
    await db.$transaction(async (tx) => {
      await repo.lockConsent(tx, consent.id);
      const disclosure = await repo.latestDisclosure(tx, consent.pilotId);
      const assignment = await repo.assignmentOf(tx, consent.pilotId, consent.participantId);
      if (!accept && assignment) {
        await repo.withdrawAssignment(tx, assignment.id, channel, at);
        return;
      }
      await repo.decideConsent(tx, consent.id, {
        status: accept ? "ACCEPTED" : "DECLINED",
        disclosureId: disclosure?.id ?? null,
        language,
        channel,
        at,
      });
    });
    epoch?.bump();
    return consentPage(token);
  }

  /** A survey link's page, from its row (or its absence); `stored`: this request stored the answer. */
  function surveyStateOf(row: repo.SurveyLinkRow | null, stored = false): SurveyState | { kind: "thanks" } {
    if (row?.decision !== "SENT") return { kind: "unknown" };
    if (stored) return { kind: "thanks" };
    if (row.answeredAt) return { kind: "answered" };
    if (row.withdrawnAt) return { kind: "withdrawn" };
    if (row.pilotStatus !== "RUNNING") return { kind: "closed" };
    if (!row.expiresAt || new Date(row.expiresAt).getTime() <= clock.now().getTime()) return { kind: "expired" };
    return { kind: "open", pilotName: row.pilotName, policyName: row.policyName };
  }

  /** The survey page: records the first opening. */
  async function surveyPage(token: string): Promise<SurveyState> {
    const row = await repo.surveyLinkByTokenHash(sql, hashLinkToken(token));
    const state = surveyStateOf(row) as SurveyState;
    if (state.kind === "open" && row) await repo.markInvitationOpened(sql, row.invitationId, clock.now());
    return state;
  }

  /** Checks the answers; the messages are keys of the public pages' catalogues. */
  function checkAnswers(answers: SurveyAnswers): string[] {
    const problems: string[] = [];
    for (const [name, range] of Object.entries(RANGES) as [keyof typeof RANGES, { min: number; max: number }][]) {
      const value = answers[name];
      if (value !== null && (!Number.isInteger(value) || value < range.min || value > range.max))
        problems.push(`invalid_${name}`);
    }
    if ((answers.comment?.length ?? 0) > MAX_COMMENT_CHARS) problems.push("comment_too_long");
    if (answers.csat === null && answers.nps === null && answers.ces === null && !answers.comment?.trim())
      problems.push("empty");
    return problems;
  }

  /**
   * Stores a survey answer once, in one statement (repo.answerSurvey): a double click (or two tabs) stores one
   * answer and the second sees "already answered". Answers with problems store nothing; the link's own state (used,
   * expired, …) comes before them.
   */
  async function submitSurvey(
    token: string,
    answers: SurveyAnswers,
    language: Language,
  ): Promise<{ state: SurveyState | { kind: "thanks" }; problems: string[] }> {
    const tokenHash = hashLinkToken(token);
    const problems = checkAnswers(answers);
    if (problems.length) {
      const state = surveyStateOf(await repo.surveyLinkByTokenHash(sql, tokenHash));
      return { state, problems: state.kind === "open" ? problems : [] };
    }
    const response = feedback.normalizedResponse(answers);
    const row = await repo.answerSurvey(sql, { tokenHash, ...response, language, at: clock.now() });
    const state = surveyStateOf(row, row?.stored === true);
    // Open, yet not stored by this call: another submit of the same link got there first.
    return { state: state.kind === "open" ? { kind: "answered" } : state, problems: [] };
  }

  /** Opting out through any link of theirs (a survey link or a beta page link). */
  async function optOutByToken(token: string, channel = "WEB"): Promise<"done" | "unknown"> {
    const hash = hashLinkToken(token);
    const survey = await repo.invitationByTokenHash(db, hash);
    if (survey) {
      await repo.withdrawAssignment(db, survey.invitation.assignmentId, channel, clock.now());
      epoch?.bump();
      return "done";
    }
    const consent = await repo.consentByTokenHash(db, hash);
    if (consent) {
      await answerConsent(token, false, "en", channel);
      return "done";
    }
    return "unknown";
  }

  /** An agent opts a customer out at their request (or a helpdesk does, with an API token). */
  async function optOutCustomer(input: { pilotId: string; customerId: string }, viewer: Viewer, requestId: string) {
    const at = clock.now();
    const result = await db.$transaction(async (tx) => {
      const pilot = await repo.findPilotForDisclosure(tx, input.pilotId);
      if (!pilot) throw new NotFoundError("pilot", input.pilotId);
      const consent = await repo.consentForCustomer(tx, pilot.id, input.customerId);
      if (consent) await repo.lockConsent(tx, consent.id);
      const assignment = await repo.assignmentForCustomer(tx, pilot.id, input.customerId);
      if (!assignment && !consent) {
        throw new ValidationError(
          `Customer ${input.customerId} is not in pilot "${pilot.name}": there is nothing to opt out of.`,
          [{ path: ["customerId"], message: "not in this pilot" }],
        );
      }
      if (assignment) await repo.withdrawAssignment(tx, assignment.id, "AGENT", at);
      else if (consent)
        await repo.decideConsent(tx, consent.id, {
          status: "DECLINED",
          disclosureId: null,
          language: "en",
          channel: "AGENT",
          at,
        });
      await recordAuditEvent(tx, {
        type: "participant.opted_out",
        subjectType: "pilot",
        subjectId: pilot.id,
        data: { customerId: input.customerId, assigned: Boolean(assignment) },
        viewer,
        requestId,
        at,
      });
      return { pilotId: pilot.id, customerId: input.customerId, withdrawnAt: at };
    });
    epoch?.bump();
    return result;
  }

  return {
    saveDisclosure,
    /** The latest disclosure; pass the caller's transaction when inside one (PGlite runs one transaction at a time). */
    latestDisclosure: (pilotId: string, within: Db = db) => repo.latestDisclosure(within, pilotId),
    consentGate,
    consentPage,
    answerConsent,
    surveyPage,
    submitSurvey,
    optOutByToken,
    optOutCustomer,
  };
}

export type BetaService = ReturnType<typeof createBetaService>;
