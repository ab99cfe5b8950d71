import type { PilotStatus } from "../../generated/prisma/enums.js";
import { InvalidStateError } from "../../schema/errors.js";

/** The pilot lifecycle: DRAFT → RUNNING ⇄ PAUSED → CONCLUDED (concluding happens through a decision). */
export const PILOT_TRANSITIONS: Record<PilotStatus, readonly PilotStatus[]> = {
  DRAFT: ["RUNNING"],
  RUNNING: ["PAUSED", "CONCLUDED"],
  PAUSED: ["RUNNING", "CONCLUDED"],
  CONCLUDED: [],
};

export function assertTransition(pilot: { id: string; status: PilotStatus }, to: PilotStatus, action: string): void {
  if (PILOT_TRANSITIONS[pilot.status].includes(to)) return;
  const allowed = (Object.keys(PILOT_TRANSITIONS) as PilotStatus[]).filter((from) =>
    PILOT_TRANSITIONS[from].includes(to),
  );
  throw new InvalidStateError(
    `Can only ${action} a ${allowed.join(" or ")} pilot; ${pilot.id} is ${pilot.status}.`,
    pilot.id,
    pilot.status,
    allowed,
  );
}
