import type { Db } from "../../db/create-db.js";
import type { Prisma } from "../../generated/prisma/client.js";

export function createDecision(db: Db, data: Prisma.DecisionUncheckedCreateInput) {
  return db.decision.create({ data });
}
