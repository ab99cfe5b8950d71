import { rateImbalancePValue, SRM_THRESHOLD } from "@policy-pilot/experiments";
import type { Db } from "../../db/create-db.js";

export type ArmSurveyCounts = {
  variantId: string;
  variantKey: string;
  variantName: string;
  assigned: number;
  withdrawn: number;
  sent: number;
  throttled: number;
  sampledOut: number;
  noContact: number;
  opened: number;
  answered: number;
};

export type RateCheck = { pValue: number; imbalanced: boolean; rates: number[] };

export type SurveyFairness = {
  arms: ArmSurveyCounts[];
  consents: { pending: number; accepted: number; declined: number };
  /** Answered of SENT invitations, per arm. */
  responseRate: RateCheck;
  /** Opted out of assigned, per arm. */
  withdrawalRate: RateCheck;
};

const check = (hits: number[], trials: number[]): RateCheck => {
  const pValue = rateImbalancePValue(hits, trials);
  return { pValue, imbalanced: pValue < SRM_THRESHOLD, rates: hits.map((h, i) => (trials[i] ? h / trials[i]! : 0)) };
};

/**
 * Is the survey still a fair comparison? Per arm: who was invited, throttled, sampled out or unreachable, who opened
 * and answered, who left; and chi-square tests of the response and withdrawal rates across arms (flagged below the
 * sample-ratio threshold). Arms answering at different rates bias every survey metric.
 */
export async function surveyFairness(db: Db, pilotId: string): Promise<SurveyFairness> {
  const [rows, consents] = await Promise.all([
    db.$queryRaw<Record<string, string | bigint>[]>`
      SELECT v.id AS "variantId", v.key AS "variantKey", v.name AS "variantName",
        (SELECT count(*) FROM assignments a WHERE a.variant_id = v.id) AS assigned,
        (SELECT count(*) FROM assignments a WHERE a.variant_id = v.id AND a.withdrawn_at IS NOT NULL) AS withdrawn,
        count(i.id) FILTER (WHERE i.decision = 'SENT') AS sent,
        count(i.id) FILTER (WHERE i.decision = 'THROTTLED') AS throttled,
        count(i.id) FILTER (WHERE i.decision = 'SAMPLED_OUT') AS "sampledOut",
        count(i.id) FILTER (WHERE i.decision = 'NO_CONTACT') AS "noContact",
        count(i.id) FILTER (WHERE i.opened_at IS NOT NULL) AS opened,
        count(i.id) FILTER (WHERE i.answered_at IS NOT NULL) AS answered
      FROM pilot_variants v LEFT JOIN survey_invitations i ON i.variant_id = v.id
      WHERE v.pilot_id = ${pilotId}
      GROUP BY v.id ORDER BY v.position`,
    db.$queryRaw<{ status: string; n: bigint }[]>`
      SELECT status::text, count(*) AS n FROM consents WHERE pilot_id = ${pilotId} GROUP BY status`,
  ]);
  const arms: ArmSurveyCounts[] = rows.map((r) => ({
    variantId: String(r.variantId),
    variantKey: String(r.variantKey),
    variantName: String(r.variantName),
    assigned: Number(r.assigned),
    withdrawn: Number(r.withdrawn),
    sent: Number(r.sent),
    throttled: Number(r.throttled),
    sampledOut: Number(r.sampledOut),
    noContact: Number(r.noContact),
    opened: Number(r.opened),
    answered: Number(r.answered),
  }));
  const count = (status: string) => Number(consents.find((c) => c.status === status)?.n ?? 0);
  return {
    arms,
    consents: { pending: count("PENDING"), accepted: count("ACCEPTED"), declined: count("DECLINED") },
    responseRate: check(
      arms.map((a) => a.answered),
      arms.map((a) => a.sent),
    ),
    withdrawalRate: check(
      arms.map((a) => a.withdrawn),
      arms.map((a) => a.assigned),
    ),
  };
}
