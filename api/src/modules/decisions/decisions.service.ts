import type { Viewer } from "../../context.js";
import type { PrismaClient } from "../../db/create-db.js";
import type { Clock } from "../../lib/clock.js";
import type { ConfigEpoch } from "../../lib/config-epoch.js";
import { newId } from "../../lib/ids.js";
import { NotAuthorizedError, NotFoundError, ValidationError } from "../../schema/errors.js";
import { recordAuditEvent } from "../audit/audit.repository.js";
import { assertTransition } from "../pilots/pilot-status.js";
import { findPilotForUpdate, setStatus } from "../pilots/pilots.repository.js";
import type { PoliciesService } from "../policies/policies.service.js";
import type { ResultsService } from "../results/results.service.js";
import { createDecision } from "./decisions.repository.js";

export type DecisionsServiceDeps = {
  db: PrismaClient;
  clock: Clock;
  epoch: ConfigEpoch;
  results: ResultsService;
  /** Promotion publishes through the policies module's one publish path, inside this service's transaction. */
  policies: Pick<PoliciesService, "promoteDraftInTransaction">;
};

export const MIN_RATIONALE_CHARS = 10;

export function createDecisionsService({ db, clock, epoch, results, policies }: DecisionsServiceDeps) {
  /**
   * Concludes a pilot with a manager's decision, in one transaction: promoting a treatment publishes a new version
   * with the variant's text (the previous published version is archived); promoting the control keeps the current
   * published version. Either way the pilot is CONCLUDED and the decision stores the rationale and a frozen copy of
   * the results as they were at that moment.
   */
  async function promoteVariant(
    input: { pilotId: string; variantKey: string; rationale: string },
    viewer: Viewer,
    requestId: string,
  ) {
    if (viewer.kind !== "user") throw new NotAuthorizedError();
    const rationale = input.rationale.trim();
    if (rationale.length < MIN_RATIONALE_CHARS) {
      throw new ValidationError(
        `Write a rationale of at least ${MIN_RATIONALE_CHARS} characters: it is kept with the decision for later reviews.`,
        [{ path: ["rationale"], message: `at least ${MIN_RATIONALE_CHARS} characters` }],
      );
    }
    const outcome = await db.$transaction(async (tx) => {
      const pilot = await findPilotForUpdate(tx, input.pilotId);
      if (!pilot) throw new NotFoundError("pilot", input.pilotId);
      assertTransition(pilot, "CONCLUDED", "promote a variant of");
      const variant = pilot.variants.find((v) => v.key === input.variantKey);
      if (!variant) {
        throw new ValidationError(
          `Pilot ${pilot.id} has no variant "${input.variantKey}"; its variants are ${pilot.variants.map((v) => v.key).join(", ")}.`,
          [{ path: ["variantKey"], message: "unknown variant" }],
        );
      }
      const now = clock.now();
      const snapshot = await results.forPilot(pilot, tx);
      let publishedVersionId: string | null = null;
      let archivedVersionId: string | null = null;
      if (!variant.isControl) {
        // Publishes a copy of the winning draft (ADR 0006) through the one publish path (ADR 0018), which locks the
        // policy, refuses a draft with empty required sections and writes the policy_version.* audit events.
        const outcome = await policies.promoteDraftInTransaction(tx, {
          draftVersionId: variant.policyVersionId,
          changeNote: `Promoted from pilot "${pilot.name}" (${pilot.id}), variant "${variant.key}": ${rationale}`,
          pilotId: pilot.id,
          viewer,
          requestId,
          at: now,
        });
        publishedVersionId = outcome.versionId;
        archivedVersionId = outcome.archivedVersionId;
      }
      await setStatus(tx, pilot.id, "CONCLUDED", { concludedAt: now, updatedAt: now });
      const decision = await createDecision(tx, {
        id: newId("decision"),
        pilotId: pilot.id,
        outcome: variant.isControl ? "KEEP_CONTROL" : "PROMOTE_VARIANT",
        variantId: variant.id,
        publishedVersionId,
        rationale,
        resultsSnapshot: snapshot as object,
        decidedById: viewer.userId,
        decidedAt: now,
      });
      await recordAuditEvent(tx, {
        type: variant.isControl ? "pilot.concluded_keep_control" : "pilot.variant_promoted",
        subjectType: "pilot",
        subjectId: pilot.id,
        data: {
          decisionId: decision.id,
          variantKey: variant.key,
          publishedVersionId,
          archivedVersionId,
          from: pilot.status,
          to: "CONCLUDED",
        },
        viewer,
        requestId,
        at: now,
      });
      return decision;
    });
    epoch.bump();
    return outcome;
  }

  return { promoteVariant };
}

export type DecisionsService = ReturnType<typeof createDecisionsService>;
