import type { Db } from "../../db/create-db.js";

export const ACTIVE_PILOT_STATUSES = ["RUNNING", "PAUSED"] as const;

/** The RUNNING or PAUSED pilot of a policy, if any (at most one: startPilot enforces it). */
export function findActivePilotForPolicy(db: Db, policyId: string) {
  return db.pilot.findFirst({
    where: { policyId, status: { in: [...ACTIVE_PILOT_STATUSES] } },
    select: { id: true, name: true, status: true },
  });
}

/** Pilots (not concluded) that use a policy version as one of their arms. */
export function findOpenPilotsUsingVersion(db: Db, policyVersionId: string) {
  return db.pilot.findMany({
    where: { status: { not: "CONCLUDED" }, variants: { some: { policyVersionId } } },
    select: { id: true, name: true, status: true },
  });
}

/** A pilot's name, status, unit and coverage (the audience module's view of a pilot). */
export function findPilotBasics(db: Db, pilotId: string) {
  return db.pilot.findUnique({
    where: { id: pilotId },
    select: { id: true, name: true, status: true, unit: true, coverage: true, policyId: true },
  });
}
