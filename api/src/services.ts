import type { PrismaClient } from "./db/create-db.js";
import type { SqlRunner } from "./db/sql-runner.js";
import type { Clock } from "./lib/clock.js";
import { createConfigEpoch } from "./lib/config-epoch.js";
import type { Logger } from "./lib/logger.js";
import { createAssignmentService } from "./modules/assignment/assignment.service.js";
import { createAuthService } from "./modules/auth/auth.service.js";
import { createDecisionsService } from "./modules/decisions/decisions.service.js";
import { createFeedbackService } from "./modules/feedback/feedback.service.js";
import { createPilotsService } from "./modules/pilots/pilots.service.js";
import { createPoliciesService } from "./modules/policies/policies.service.js";
import { createResultsService } from "./modules/results/results.service.js";

export type ServicesDeps = { db: PrismaClient; sql: SqlRunner; clock: Clock; logger: Logger; sessionTtlHours: number };

export function createServices({ db, sql, clock, logger, sessionTtlHours }: ServicesDeps) {
  const epoch = createConfigEpoch();
  const results = createResultsService({ db, clock });
  const policies = createPoliciesService({ db, clock, epoch });
  return {
    logger,
    auth: createAuthService({ db, clock, sessionTtlHours }),
    policies,
    pilots: createPilotsService({ db, clock, epoch }),
    assignment: createAssignmentService({ db, sql, clock, epoch }),
    feedback: createFeedbackService({ db, clock }),
    results,
    decisions: createDecisionsService({ db, clock, epoch, results, policies }),
  };
}

export type Services = ReturnType<typeof createServices>;
