import { randomUUID } from "node:crypto";
import type { Viewer } from "../../context.js";
import type { PrismaClient } from "../../db/create-db.js";
import type { AssignmentUnit } from "../../generated/prisma/enums.js";
import type { Clock } from "../../lib/clock.js";
import type { ConfigEpoch } from "../../lib/config-epoch.js";
import { newId } from "../../lib/ids.js";
import { InvalidStateError, NotFoundError, ValidationError } from "../../schema/errors.js";
import { recordAuditEvent } from "../audit/audit.repository.js";
import type { BetaService } from "../beta/beta.service.js";
import { findPolicy, findPublishedVersion, findVersion, lockPolicy } from "../policies/policies.repository.js";
import { designColumns, designOf, type PilotDesignInput, resolveDesign } from "./pilot-design.js";
import { assertTransition } from "./pilot-status.js";
import { assertWeights } from "./pilot-weights.js";
import { findActivePilotForPolicy } from "./pilots.read-model.js";
import * as repo from "./pilots.repository.js";

export type PilotsServiceDeps = {
  db: PrismaClient;
  clock: Clock;
  epoch: ConfigEpoch;
  /** A consent-required pilot starts only with a written disclosure (beta module). */
  beta: Pick<BetaService, "latestDisclosure">;
};

export type CreatePilotInput = {
  policyId: string;
  name: string;
  hypothesis?: string | null;
  unit?: AssignmentUnit | null;
  coverage?: number | null;
  consentRequired?: boolean | null;
  surveySampleRate?: number | null;
  /** Kept for older clients: the design's primary metric when `design.primaryMetric` is not given. */
  primaryMetric?: string | null;
  design?: PilotDesignInput | null;
  control: { key?: string | null; name?: string | null; weight: number };
  treatments: { key: string; name: string; policyVersionId: string; weight: number }[];
};

export function createPilotsService({ db, clock, epoch, beta }: PilotsServiceDeps) {
  async function createPilot(input: CreatePilotInput, viewer: Viewer, requestId: string) {
    const controlKey = input.control.key ?? "control";
    if (input.consentRequired && input.unit === "AGENT") {
      throw new ValidationError(
        "Consent is asked of customers: a pilot that requires consent assigns by customer (choose unit CUSTOMER).",
        [{ path: ["consentRequired"], message: "needs unit CUSTOMER" }],
      );
    }
    assertWeights([
      { key: controlKey, weight: input.control.weight },
      ...input.treatments.map((t) => ({ key: t.key, weight: t.weight })),
    ]);
    const design = resolveDesign({
      ...input.design,
      primaryMetric: input.design?.primaryMetric ?? input.primaryMetric ?? null,
    });
    return db.$transaction(async (tx) => {
      const policy = await findPolicy(tx, input.policyId);
      if (!policy) throw new NotFoundError("policy", input.policyId);
      await lockPolicy(tx, policy.id);
      const published = await findPublishedVersion(tx, policy.id);
      if (!published) {
        throw new InvalidStateError(
          `Policy ${policy.id} has no published version to serve as the control; publish one first.`,
          policy.id,
          "UNPUBLISHED",
          ["PUBLISHED"],
        );
      }
      const seen = new Set<string>();
      for (const [index, treatment] of input.treatments.entries()) {
        const version = await findVersion(tx, treatment.policyVersionId);
        if (!version || version.policyId !== policy.id) {
          throw new NotFoundError(`version of policy ${policy.id}`, treatment.policyVersionId);
        }
        if (version.status !== "DRAFT") {
          throw new ValidationError(
            `Treatment "${treatment.key}" must use a DRAFT version; ${version.id} is ${version.status}. The control is always the published version.`,
            [{ path: ["treatments", String(index), "policyVersionId"], message: "must be a DRAFT version" }],
          );
        }
        if (seen.has(version.id)) {
          throw new ValidationError(`Version ${version.id} is used by two treatments; each arm needs its own draft.`, [
            { path: ["treatments", String(index), "policyVersionId"], message: "duplicate version" },
          ]);
        }
        seen.add(version.id);
      }
      const now = clock.now();
      const pilot = await repo.createPilot(tx, {
        id: newId("pilot"),
        policyId: policy.id,
        name: input.name,
        hypothesis: input.hypothesis ?? "",
        unit: input.unit ?? "CUSTOMER",
        hashSeed: randomUUID(),
        coverage: input.coverage ?? 1,
        consentRequired: input.consentRequired ?? false,
        surveySampleRate: input.surveySampleRate ?? 1,
        ...designColumns(design),
        createdById: viewer.kind === "user" ? viewer.userId : null,
        createdAt: now,
        updatedAt: now,
      });
      await repo.createVariants(tx, [
        {
          id: newId("variant"),
          pilotId: pilot.id,
          key: controlKey,
          name: input.control.name ?? `Published v${published.number}`,
          weight: input.control.weight,
          position: 0,
          isControl: true,
          policyVersionId: published.id,
        },
        ...input.treatments.map((t, i) => ({
          id: newId("variant"),
          pilotId: pilot.id,
          key: t.key,
          name: t.name,
          weight: t.weight,
          position: i + 1,
          isControl: false,
          policyVersionId: t.policyVersionId,
        })),
      ]);
      await recordAuditEvent(tx, {
        type: "pilot.created",
        subjectType: "pilot",
        subjectId: pilot.id,
        data: {
          policyId: policy.id,
          controlVersionId: published.id,
          variants: [controlKey, ...input.treatments.map((t) => t.key)],
          design,
        },
        viewer,
        requestId,
        at: now,
      });
      return pilot;
    });
  }

  async function startPilot(input: { pilotId: string }, viewer: Viewer, requestId: string) {
    const result = await db.$transaction(async (tx) => {
      const pilot = await repo.findPilotForUpdate(tx, input.pilotId);
      if (!pilot) throw new NotFoundError("pilot", input.pilotId);
      assertTransition(pilot, "RUNNING", pilot.status === "PAUSED" ? "resume" : "start");
      await lockPolicy(tx, pilot.policyId);
      const active = await findActivePilotForPolicy(tx, pilot.policyId);
      if (active && active.id !== pilot.id) {
        throw new InvalidStateError(
          `Policy ${pilot.policyId} already has pilot ${active.id} ${active.status}; a policy runs one pilot at a time.`,
          pilot.id,
          pilot.status,
          ["DRAFT"],
        );
      }
      if (pilot.consentRequired && !(await beta.latestDisclosure(pilot.id, tx))) {
        throw new InvalidStateError(
          `Pilot "${pilot.name}" asks customers' consent: write its beta disclosure (what changes, how long, what data is kept, how to leave; English and Swedish) before starting it.`,
          pilot.id,
          pilot.status,
          ["DRAFT"],
        );
      }
      const control = pilot.variants.find((v) => v.isControl);
      const published = await findPublishedVersion(tx, pilot.policyId);
      if (!control || !published || control.policyVersionId !== published.id) {
        throw new InvalidStateError(
          `The control of pilot ${pilot.id} is no longer the published version of its policy; create a new pilot.`,
          pilot.id,
          pilot.status,
          ["DRAFT"],
        );
      }
      const now = clock.now();
      const wasPaused = pilot.status === "PAUSED";
      const updated = await repo.setStatus(tx, pilot.id, "RUNNING", {
        startedAt: pilot.startedAt ?? now,
        pausedAt: null,
        updatedAt: now,
      });
      if (!wasPaused) {
        // Phase 1 (ADR 0022): the weights in force from the start.
        await repo.insertPhase(tx, {
          id: newId("pilotPhase"),
          pilotId: pilot.id,
          number: 1,
          weights: Object.fromEntries(pilot.variants.map((v) => [v.key, v.weight])),
          startedAt: now,
        });
      }
      await recordAuditEvent(tx, {
        type: wasPaused ? "pilot.resumed" : "pilot.started",
        subjectType: "pilot",
        subjectId: pilot.id,
        data: { from: pilot.status, to: "RUNNING" },
        viewer,
        requestId,
        at: now,
      });
      return updated;
    });
    epoch.bump();
    return result;
  }

  async function pausePilot(input: { pilotId: string }, viewer: Viewer, requestId: string) {
    const result = await db.$transaction(async (tx) => {
      const pilot = await repo.findPilotForUpdate(tx, input.pilotId);
      if (!pilot) throw new NotFoundError("pilot", input.pilotId);
      if (pilot.status !== "RUNNING") {
        throw new InvalidStateError(
          `Can only pause a RUNNING pilot; ${pilot.id} is ${pilot.status}.`,
          pilot.id,
          pilot.status,
          ["RUNNING"],
        );
      }
      const now = clock.now();
      const updated = await repo.setStatus(tx, pilot.id, "PAUSED", { pausedAt: now, updatedAt: now });
      await recordAuditEvent(tx, {
        type: "pilot.paused",
        subjectType: "pilot",
        subjectId: pilot.id,
        data: { from: "RUNNING", to: "PAUSED" },
        viewer,
        requestId,
        at: now,
      });
      return updated;
    });
    epoch.bump();
    return result;
  }

  /**
   * Changes traffic shares. Allowed while DRAFT, RUNNING or PAUSED: assignments are stored and sticky, so only
   * participants not yet assigned follow the new weights (GrowthBook sticky bucketing semantics).
   */
  async function updateWeights(
    input: { pilotId: string; weights: { key: string; weight: number }[] },
    viewer: Viewer,
    requestId: string,
  ) {
    assertWeights(input.weights);
    const result = await db.$transaction(async (tx) => {
      const pilot = await repo.findPilotForUpdate(tx, input.pilotId);
      if (!pilot) throw new NotFoundError("pilot", input.pilotId);
      if (pilot.status === "CONCLUDED") {
        throw new InvalidStateError(
          `Can only change weights of a DRAFT, RUNNING or PAUSED pilot; ${pilot.id} is CONCLUDED.`,
          pilot.id,
          pilot.status,
          ["DRAFT", "RUNNING", "PAUSED"],
        );
      }
      const given = new Map(input.weights.map((w) => [w.key, w.weight]));
      const missing = pilot.variants.filter((v) => !given.has(v.key)).map((v) => v.key);
      const unknown = [...given.keys()].filter((key) => !pilot.variants.some((v) => v.key === key));
      if (missing.length || unknown.length) {
        throw new ValidationError(
          `Give a weight for every variant of pilot ${pilot.id} (${pilot.variants.map((v) => v.key).join(", ")})` +
            `${missing.length ? `; missing: ${missing.join(", ")}` : ""}${unknown.length ? `; unknown: ${unknown.join(", ")}` : ""}.`,
          [{ path: ["weights"], message: "must list every variant key exactly once" }],
        );
      }
      const before = Object.fromEntries(pilot.variants.map((v) => [v.key, v.weight]));
      for (const variant of pilot.variants) await repo.setWeight(tx, variant.id, given.get(variant.key)!);
      const now = clock.now();
      // A started pilot's weight change starts a phase (ADR 0022): the sample-ratio check compares each phase's
      // participants with its own weights.
      let phase: number | null = null;
      const open = pilot.startedAt ? await repo.findOpenPhase(tx, pilot.id) : null;
      if (pilot.startedAt) {
        if (open) await repo.closePhase(tx, open, now);
        phase = (open?.number ?? 0) + 1;
        await repo.insertPhase(tx, {
          id: newId("pilotPhase"),
          pilotId: pilot.id,
          number: phase,
          weights: Object.fromEntries(given),
          startedAt: now,
        });
      }
      await recordAuditEvent(tx, {
        type: "pilot.weights_changed",
        subjectType: "pilot",
        subjectId: pilot.id,
        data: { before, after: Object.fromEntries(given), phase },
        viewer,
        requestId,
        at: now,
      });
      return repo.setStatus(tx, pilot.id, pilot.status, { updatedAt: now });
    });
    epoch.bump();
    return result;
  }

  /**
   * Changes a DRAFT pilot's design (what its results are analysed on, ADR 0021). Refused once the pilot has started:
   * the design is what the pilot was run to test, so it stays as it was.
   */
  async function updateDesign(input: { pilotId: string; design: PilotDesignInput }, viewer: Viewer, requestId: string) {
    return db.$transaction(async (tx) => {
      const pilot = await repo.findPilotForUpdate(tx, input.pilotId);
      if (!pilot) throw new NotFoundError("pilot", input.pilotId);
      if (pilot.status !== "DRAFT") {
        throw new InvalidStateError(
          `The design of pilot "${pilot.name}" is frozen: it ${pilot.status === "CONCLUDED" ? "has concluded" : "has started"} (${pilot.status}), and its results are analysed as it was designed. Create a new pilot to test another design.`,
          pilot.id,
          pilot.status,
          ["DRAFT"],
        );
      }
      const before = designOf(pilot);
      const design = resolveDesign(input.design, before);
      const now = clock.now();
      const updated = await repo.updatePilot(tx, pilot.id, { ...designColumns(design), updatedAt: now });
      await recordAuditEvent(tx, {
        type: "pilot.design_changed",
        subjectType: "pilot",
        subjectId: pilot.id,
        data: { before, after: design },
        viewer,
        requestId,
        at: now,
      });
      return updated;
    });
  }

  return { createPilot, startPilot, pausePilot, updateWeights, updateDesign };
}

export type PilotsService = ReturnType<typeof createPilotsService>;
