import type { PrismaClient } from "./db/create-db.js";
import type { SqlRunner } from "./db/sql-runner.js";
import type { Clock } from "./lib/clock.js";
import { type ClusterSignals, localSignals } from "./lib/cluster-signals.js";
import { createConfigEpoch } from "./lib/config-epoch.js";
import type { JobQueue } from "./lib/jobs/job-queue.js";
import type { Logger } from "./lib/logger.js";
import type { Mailer } from "./lib/mailer.js";
import type { SecretBox } from "./lib/secret-box.js";
import { createAgentRatingsService } from "./modules/agent-ratings/agent-ratings.service.js";
import { createAssignmentService } from "./modules/assignment/assignment.service.js";
import { createPolicyPreviewService } from "./modules/assignment/policy-preview.service.js";
import { createAudiencesService } from "./modules/audiences/audiences.service.js";
import { createAuthService } from "./modules/auth/auth.service.js";
import { createBetaService } from "./modules/beta/beta.service.js";
import { createDecisionsService } from "./modules/decisions/decisions.service.js";
import { createFeedbackService } from "./modules/feedback/feedback.service.js";
import { createIngestionService } from "./modules/ingestion/ingestion.service.js";
import { createIntegrationsService } from "./modules/integrations/integrations.service.js";
import { createPilotsService } from "./modules/pilots/pilots.service.js";
import { createPoliciesService } from "./modules/policies/policies.service.js";
import { createPrivacyService } from "./modules/privacy/privacy.service.js";
import { createResultsService } from "./modules/results/results.service.js";
import { createResultsRollupService } from "./modules/results/results-rollup.service.js";
import { createSurveysService } from "./modules/surveys/surveys.service.js";
import { createUsersService } from "./modules/users/users.service.js";

export type ServicesDeps = {
  db: PrismaClient;
  sql: SqlRunner;
  clock: Clock;
  logger: Logger;
  sessionTtlHours: number;
  /** Background work: pg-boss on PostgreSQL, in-process on PGlite (docs/adr/0014). Started by the caller. */
  jobs: JobQueue;
  secrets: SecretBox;
  /** Base address of links customers get. */
  publicUrl: string;
  mailer: Mailer | null;
  /** Tells the other instances about configuration changes and revoked tokens (default: this process only). */
  signals?: ClusterSignals;
};

export function createServices({
  db,
  sql,
  clock,
  logger,
  sessionTtlHours,
  jobs,
  secrets,
  publicUrl,
  mailer,
  signals = localSignals(),
}: ServicesDeps) {
  const epoch = createConfigEpoch(signals);
  const results = createResultsService({ db, clock });
  const integrations = createIntegrationsService({ db, clock, secrets, publicUrl });
  const feedback = createFeedbackService({ sql, clock });
  const beta = createBetaService({ db, sql, clock, publicUrl, feedback, epoch });
  const privacy = createPrivacyService({ db, sql, clock, secrets, epoch });
  const surveys = createSurveysService({ db, clock, jobs, logger, publicUrl, mailer });
  const policies = createPoliciesService({ db, clock, epoch });
  // Audiences (ADR 0026, 0027): rules, lists, CSV imports; `admits` is asked for new participants in policyFor.
  const audiences = createAudiencesService({ db, sql, clock, epoch, jobs, logger });
  return {
    logger,
    jobs,
    integrations,
    surveys,
    ingestion: createIngestionService({ db, sql, clock, jobs, logger, integrations, surveys }),
    auth: createAuthService({ db, sql, clock, sessionTtlHours, signals }),
    policies,
    pilots: createPilotsService({ db, clock, epoch, beta }),
    assignment: createAssignmentService({ db, sql, clock, epoch, beta, privacy, audiences }),
    audiences,
    privacy,
    feedback,
    beta,
    results,
    // Results' sufficient statistics kept up to date in the background (ADR 0023).
    resultsRollup: createResultsRollupService({ db, jobs, logger }),
    decisions: createDecisionsService({ db, clock, epoch, results, policies }),
    // Agents (ADR 0020): the preview reads only, beside policyFor; agents' ratings; users' helpdesk agent ids.
    policyPreview: createPolicyPreviewService({ db }),
    agentRatings: createAgentRatingsService({ db, clock }),
    users: createUsersService({ db, clock }),
  };
}

export type Services = ReturnType<typeof createServices>;
