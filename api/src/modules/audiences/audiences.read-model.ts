import type { SqlRunner } from "../../db/sql-runner.js";
import type { ParticipantKind } from "../../generated/prisma/enums.js";
import { conditionToSql } from "./condition-sql.js";

export type EligibleCount = {
  /** Known participants of the pilot's unit who pass the list (if any) and the rule. */
  matching: number;
  /** How many rows SQL could not decide and the SDK evaluated one by one (0 for simple rules). */
  evaluatedInProcess: number;
};

const BATCH = 5_000;

/**
 * Counts the stored participants an audience admits: SQL decides what it can of the rule (condition-sql.ts); the
 * rows it leaves undecided are streamed in batches (keyset on id) and evaluated by the GrowthBook SDK.
 */
export async function countEligible(
  sql: SqlRunner,
  input: {
    pilotId: string;
    kind: ParticipantKind;
    listed: boolean;
    condition: Record<string, unknown> | null;
    matches: (attributes: Record<string, unknown>) => boolean;
  },
): Promise<EligibleCount> {
  const base = [input.kind, input.pilotId];
  const listJoin = input.listed
    ? `JOIN audience_members m ON m.pilot_id = $2 AND m.kind = p.kind AND m.external_id = p.external_id`
    : "";
  const where = `p.kind = $1::"ParticipantKind" AND ($2::text IS NOT NULL)`;
  if (!input.condition || Object.keys(input.condition).length === 0) {
    const [row] = await sql.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM participants p ${listJoin} WHERE ${where}`,
      base,
    );
    return { matching: Number(row?.n ?? 0), evaluatedInProcess: 0 };
  }
  const predicate = conditionToSql(input.condition, base.length + 1);
  const [row] = await sql.query<{ yes: string; undecided: string }>(
    `SELECT count(*) FILTER (WHERE d)::text AS yes, count(*) FILTER (WHERE d IS NULL)::text AS undecided
     FROM (SELECT ${predicate.text} AS d FROM participants p ${listJoin} WHERE ${where}) t`,
    [...base, ...predicate.params],
  );
  let matching = Number(row?.yes ?? 0);
  const undecided = Number(row?.undecided ?? 0);
  if (undecided > 0) {
    let after = "";
    for (;;) {
      const batch = await sql.query<{ id: string; external_id: string; attributes: Record<string, unknown> }>(
        `SELECT p.id, p.external_id, p.attributes FROM participants p ${listJoin}
         WHERE ${where} AND (${predicate.text}) IS NULL AND p.id > $${base.length + predicate.params.length + 1}
         ORDER BY p.id LIMIT ${BATCH}`,
        [...base, ...predicate.params, after],
      );
      for (const p of batch) if (input.matches({ ...p.attributes, id: p.external_id })) matching++;
      if (batch.length < BATCH) break;
      after = batch[batch.length - 1]?.id ?? after;
    }
  }
  return { matching, evaluatedInProcess: undecided };
}

export type Overlap = {
  participants: number;
  pilots: { id: string; name: string; policyName: string; participants: number }[];
};

/**
 * Participants of this pilot (assigned, or listed in its audience) who are also assigned in another RUNNING or
 * PAUSED pilot. Within one policy that cannot happen (one active pilot per policy); across policies it may.
 */
export async function overlapWithActivePilots(sql: SqlRunner, pilotId: string): Promise<Overlap> {
  const rows = await sql.query<{ id: string; name: string; policy_name: string; n: string; total: string }>(
    `WITH mine AS (
       SELECT participant_id AS id FROM assignments WHERE pilot_id = $1
       UNION
       SELECT p.id FROM audience_members m JOIN participants p ON p.kind = m.kind AND p.external_id = m.external_id
       WHERE m.pilot_id = $1),
     other AS (
       SELECT a.pilot_id, a.participant_id FROM assignments a
       JOIN pilots o ON o.id = a.pilot_id AND o.id <> $1 AND o.status IN ('RUNNING', 'PAUSED')
       WHERE a.participant_id IN (SELECT id FROM mine))
     SELECT o.id, o.name, pol.name AS policy_name, count(DISTINCT other.participant_id)::text AS n,
       (SELECT count(DISTINCT participant_id) FROM other)::text AS total
     FROM other JOIN pilots o ON o.id = other.pilot_id JOIN policies pol ON pol.id = o.policy_id
     GROUP BY o.id, o.name, pol.name ORDER BY count(DISTINCT other.participant_id) DESC, o.id`,
    [pilotId],
  );
  return {
    participants: Number(rows[0]?.total ?? 0),
    pilots: rows.map((r) => ({ id: r.id, name: r.name, policyName: r.policy_name, participants: Number(r.n) })),
  };
}

/** The stored attributes of one participant and whether the ask's customer and agent are listed: one round trip. */
export async function admissionFacts(
  sql: SqlRunner,
  input: {
    pilotId: string;
    unitKind: ParticipantKind;
    unitId: string;
    customerId: string | null;
    agentId: string | null;
  },
) {
  const [row] = await sql.query<{
    attributes: Record<string, unknown> | null;
    customer_listed: boolean;
    agent_listed: boolean;
  }>(
    `SELECT (SELECT attributes FROM participants WHERE kind = $2::"ParticipantKind" AND external_id = $3) AS attributes,
       EXISTS (SELECT 1 FROM audience_members WHERE pilot_id = $1 AND kind = 'CUSTOMER' AND external_id = $4) AS customer_listed,
       EXISTS (SELECT 1 FROM audience_members WHERE pilot_id = $1 AND kind = 'AGENT' AND external_id = $5) AS agent_listed`,
    [input.pilotId, input.unitKind, input.unitId, input.customerId, input.agentId],
  );
  return {
    attributes: row?.attributes ?? {},
    customerListed: row?.customer_listed ?? false,
    agentListed: row?.agent_listed ?? false,
  };
}

/** Which kinds a pilot lists explicitly, and its rule. */
export async function audienceShape(sql: SqlRunner, pilotId: string) {
  const [row] = await sql.query<{ condition: Record<string, unknown> | null; customers: boolean; agents: boolean }>(
    `SELECT (SELECT condition FROM pilot_audiences WHERE pilot_id = $1) AS condition,
       EXISTS (SELECT 1 FROM audience_members WHERE pilot_id = $1 AND kind = 'CUSTOMER') AS customers,
       EXISTS (SELECT 1 FROM audience_members WHERE pilot_id = $1 AND kind = 'AGENT') AS agents`,
    [pilotId],
  );
  return {
    condition: row?.condition ?? null,
    listsCustomers: row?.customers ?? false,
    listsAgents: row?.agents ?? false,
  };
}
