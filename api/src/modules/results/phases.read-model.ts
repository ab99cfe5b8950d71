import type { Db } from "../../db/create-db.js";

/** A phase of constant weights (ADR 0022); `counts` per variant key once it has ended, null while it is open. */
export type PhaseRow = {
  number: number;
  startedAt: Date;
  weights: Record<string, number>;
  counts: Record<string, number> | null;
};

/** The pilot's phases in order: a few rows, never a scan of assignments. */
export async function pilotPhases(db: Db, pilotId: string): Promise<PhaseRow[]> {
  const rows = await db.pilotPhase.findMany({ where: { pilotId }, orderBy: { number: "asc" } });
  return rows.map((r) => ({
    number: r.number,
    startedAt: r.startedAt,
    weights: (r.weights ?? {}) as Record<string, number>,
    counts: (r.counts ?? null) as Record<string, number> | null,
  }));
}
