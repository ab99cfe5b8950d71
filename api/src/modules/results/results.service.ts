import {
  type Analysis,
  type AnalysisArm,
  type AnalysisPhase,
  type ArmStat,
  analysePilot,
  METRICS,
  type MetricKey,
  npsAsMean,
  type PilotDesign,
  type RateCounts,
} from "@policy-pilot/experiments";
import type { Db } from "../../db/create-db.js";
import type { Clock } from "../../lib/clock.js";
import { designOf, type PilotDesignRow } from "../pilots/pilot-design.js";
import { surveyFairness } from "../surveys/surveys.read-model.js";
import { type ArmMetrics, agentRatingStats, agentSurveyStats, interactionStats } from "./operational.read-model.js";
import { type PhaseRow, pilotPhases } from "./phases.read-model.js";
import { emptyStats, type VariantSufficientStats, variantSufficientStats } from "./results.read-model.js";

/**
 * A pilot's results as computed (and frozen in a decision): the one analysis of experiments/ (analysePilot) and the
 * few facts that are not statistics. Every page, the CSV export and the decision snapshot read this (ADR 0021).
 */
export type PilotResults = {
  schema: 2;
  pilotId: string;
  computedAt: string;
  analysis: Analysis;
  /** Per arm key: the variant's id and its customers' comments. */
  variants: Record<string, { variantId: string; comments: number }>;
  totalParticipants: number;
  totalResponses: number;
};

export type PilotForResults = PilotDesignRow & {
  id: string;
  unit: "CUSTOMER" | "AGENT";
  startedAt: Date | null;
  variants: { id: string; key: string; name: string; isControl: boolean; weight: number; position: number }[];
};

type ArmFairness = { sent: number; answered: number; assigned: number; withdrawn: number };

/** Everything the analysis needs, as read from storage. */
export type ResultsData = {
  stats: Map<string, VariantSufficientStats>;
  phases: PhaseRow[];
  /** Per variant id: metrics not in the survey rollups (agent ratings, interactions; agent-level surveys). */
  extra: Map<string, ArmMetrics>;
  /** Per variant id: answered of invited, opted out of assigned. */
  fairness: Map<string, ArmFairness> | null;
};

const DAY_MS = 86_400_000;

/** The survey metrics of one arm's rollup, as the analysis takes them (per response). */
function surveyMetrics(s: VariantSufficientStats): ArmMetrics {
  const out: ArmMetrics = {};
  if (s.csat.n > 0) {
    out.csat = { type: "mean", n: s.csat.n, sum: s.csat.sum, sumSquares: s.csat.sumSquares };
    out.satisfied = { type: "proportion", n: s.csat.n, sum: s.csat.satisfied };
  }
  if (s.nps.n > 0) out.nps = npsAsMean(s.nps);
  if (s.ces.n > 0) out.ces = { type: "mean", n: s.ces.n, sum: s.ces.sum, sumSquares: s.ces.sumSquares };
  return out;
}

/**
 * Phases as the analysis takes them: weights and participants per arm. Ended phases carry their frozen counts; the
 * open one gets the totals minus those. A pilot without phase rows is one phase at today's weights.
 */
function phasesOf(variants: PilotForResults["variants"], phases: PhaseRow[], participants: number[]): AnalysisPhase[] {
  if (phases.length === 0) {
    return [{ number: 1, startedAt: null, weights: variants.map((v) => v.weight), counts: participants }];
  }
  const closed = variants.map((v) => phases.reduce((sum, p) => sum + (p.counts?.[v.key] ?? 0), 0));
  return phases.map((p) => ({
    number: p.number,
    startedAt: p.startedAt.toISOString(),
    weights: variants.map((v) => p.weights[v.key] ?? 0),
    counts: p.counts
      ? variants.map((v) => p.counts?.[v.key] ?? 0)
      : variants.map((_, i) => Math.max(0, participants[i]! - closed[i]!)),
  }));
}

/** The pilot's results from what storage returned: pure (the demo seed and the service both call it). */
export function buildResults(pilot: PilotForResults, data: ResultsData, at: Date): PilotResults {
  const variants = [...pilot.variants].sort((a, b) => a.position - b.position);
  const of = (id: string) => data.stats.get(id) ?? emptyStats(id);
  const design: PilotDesign = designOf(pilot);
  const arms: AnalysisArm[] = variants.map((v) => {
    const s = of(v.id);
    const extra = data.extra.get(v.id) ?? {};
    // Agent pilots analyse surveys over agents (extra); customer pilots per response (the rollups).
    const metrics: Partial<Record<MetricKey, ArmStat>> =
      pilot.unit === "AGENT" ? { ...extra } : { ...surveyMetrics(s), ...extra };
    return {
      key: v.key,
      name: v.name,
      isControl: v.isControl,
      weight: v.weight,
      participants: s.participants,
      exposures: s.exposures,
      metrics,
    };
  });
  const participants = arms.map((a) => a.participants);
  const rates = (pick: (f: ArmFairness) => [number, number]): RateCounts | undefined => {
    if (!data.fairness) return undefined;
    const pairs = variants.map((v) => {
      const f = data.fairness?.get(v.id);
      return f ? pick(f) : ([0, 0] as [number, number]);
    });
    const counts: RateCounts = { successes: pairs.map((p) => p[0]), trials: pairs.map((p) => p[1]) };
    return counts.trials.some((t) => t > 0) ? counts : undefined;
  };
  const responses = rates((f) => [f.answered, f.sent]);
  const withdrawals = rates((f) => [f.withdrawn, f.assigned]);
  const analysis = analysePilot({
    design,
    unit: pilot.unit,
    arms,
    phases: phasesOf(variants, data.phases, participants),
    daysRunning: pilot.startedAt ? Math.max(1, (at.getTime() - pilot.startedAt.getTime()) / DAY_MS) : null,
    ...(responses ? { responses } : {}),
    ...(withdrawals ? { withdrawals } : {}),
  });
  return {
    schema: 2,
    pilotId: pilot.id,
    computedAt: at.toISOString(),
    analysis,
    variants: Object.fromEntries(variants.map((v) => [v.key, { variantId: v.id, comments: of(v.id).comments }])),
    totalParticipants: participants.reduce((a, b) => a + b, 0),
    totalResponses: variants.reduce((total, v) => {
      const s = of(v.id);
      return total + Math.max(s.csat.n, s.nps.n, s.ces.n);
    }, 0),
  };
}

/** Reads what the analysis needs: the rollups, phases, agent ratings, interactions and survey fairness. */
export async function readResultsData(db: Db, pilot: PilotForResults): Promise<ResultsData> {
  const extra = new Map<string, ArmMetrics>();
  const [stats, phases, fairness] = await Promise.all([
    variantSufficientStats(db, pilot.id),
    pilotPhases(db, pilot.id),
    surveyFairness(db, pilot.id),
  ]);
  // Only what the design reads: interactions and ratings are GROUP BYs over their own tables.
  const design = designOf(pilot);
  const sources = new Set(
    [design.primaryMetric, ...design.secondaryMetrics, ...design.guardrails.map((g) => g.metric)].map(
      (k) => METRICS[k].source,
    ),
  );
  if (sources.has("agent-rating")) await agentRatingStats(db, pilot.id, extra);
  if (sources.has("interactions")) await interactionStats(db, pilot.id, pilot.unit, extra);
  if (pilot.unit === "AGENT" && sources.has("survey")) await agentSurveyStats(db, pilot.id, extra);
  return {
    stats,
    phases,
    extra,
    fairness: new Map(
      fairness.arms.map((a) => [
        a.variantId,
        { sent: a.sent, answered: a.answered, assigned: a.assigned, withdrawn: a.withdrawn },
      ]),
    ),
  };
}

export type ResultsServiceDeps = { db: Db; clock: Clock };

export function createResultsService({ db, clock }: ResultsServiceDeps) {
  /** The pilot's results now; inside a transaction pass its client (PGlite has one session). */
  async function forPilot(pilot: PilotForResults, tx: Db = db): Promise<PilotResults> {
    return buildResults(pilot, await readResultsData(tx, pilot), clock.now());
  }
  return { forPilot };
}

export type ResultsService = ReturnType<typeof createResultsService>;
