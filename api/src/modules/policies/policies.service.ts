import type { Viewer } from "../../context.js";
import type { PrismaClient } from "../../db/create-db.js";
import type { Clock } from "../../lib/clock.js";
import type { ConfigEpoch } from "../../lib/config-epoch.js";
import { newId } from "../../lib/ids.js";
import { ConflictError, InvalidStateError, NotFoundError } from "../../schema/errors.js";
import { recordAuditEvent } from "../audit/audit.repository.js";
import { findActivePilotForPolicy, findOpenPilotsUsingVersion } from "../pilots/pilots.read-model.js";
import * as repo from "./policies.repository.js";
import { EMPTY_CONTENT, mergeContent, type PolicyContent, readContent } from "./policy-content.js";

export type PoliciesServiceDeps = { db: PrismaClient; clock: Clock; epoch: ConfigEpoch };

export type VersionDraftInput = {
  title: string;
  content?: Partial<PolicyContent> | null;
  changeNote?: string | null;
  reviewBy?: Date | null;
};

export function createPoliciesService({ db, clock, epoch }: PoliciesServiceDeps) {
  async function createPolicy(
    input: { key: string; name: string; description?: string | null; firstVersion: VersionDraftInput },
    viewer: Viewer,
    requestId: string,
  ) {
    return db.$transaction(async (tx) => {
      if (await repo.findPolicyByKey(tx, input.key)) {
        throw new ConflictError(`A policy with key "${input.key}" already exists; choose another key.`, input.key);
      }
      const now = clock.now();
      const createdById = viewer.kind === "user" ? viewer.userId : null;
      const policy = await repo.createPolicy(tx, {
        id: newId("policy"),
        key: input.key,
        name: input.name,
        description: input.description ?? "",
        createdById,
        createdAt: now,
        updatedAt: now,
      });
      const version = await repo.createVersion(tx, {
        id: newId("policyVersion"),
        policyId: policy.id,
        number: 1,
        status: "DRAFT",
        title: input.firstVersion.title,
        content: mergeContent(EMPTY_CONTENT, input.firstVersion.content),
        changeNote: input.firstVersion.changeNote ?? "",
        reviewBy: input.firstVersion.reviewBy ?? null,
        createdById,
        createdAt: now,
      });
      await recordAuditEvent(tx, {
        type: "policy.created",
        subjectType: "policy",
        subjectId: policy.id,
        data: { key: policy.key, name: policy.name, firstVersionId: version.id },
        viewer,
        requestId,
        at: now,
      });
      return policy;
    });
  }

  async function createVersion(
    input: VersionDraftInput & { policyId: string; basedOnVersionId?: string | null },
    viewer: Viewer,
    requestId: string,
  ) {
    return db.$transaction(async (tx) => {
      const policy = await repo.findPolicy(tx, input.policyId);
      if (!policy) throw new NotFoundError("policy", input.policyId);
      await repo.lockPolicy(tx, policy.id);
      const base = input.basedOnVersionId
        ? await repo.findVersion(tx, input.basedOnVersionId)
        : await repo.findPublishedVersion(tx, policy.id);
      if (input.basedOnVersionId && (!base || base.policyId !== policy.id)) {
        throw new NotFoundError(`version of policy ${policy.id}`, input.basedOnVersionId);
      }
      const now = clock.now();
      const version = await repo.createVersion(tx, {
        id: newId("policyVersion"),
        policyId: policy.id,
        number: await repo.nextVersionNumber(tx, policy.id),
        status: "DRAFT",
        title: input.title,
        content: mergeContent(base ? readContent(base.content) : EMPTY_CONTENT, input.content),
        changeNote: input.changeNote ?? "",
        reviewBy: input.reviewBy ?? base?.reviewBy ?? null,
        basedOnId: base?.id ?? null,
        createdById: viewer.kind === "user" ? viewer.userId : null,
        createdAt: now,
      });
      await repo.touchPolicy(tx, policy.id, now);
      await recordAuditEvent(tx, {
        type: "policy_version.created",
        subjectType: "policy_version",
        subjectId: version.id,
        data: { policyId: policy.id, number: version.number, basedOnId: base?.id ?? null },
        viewer,
        requestId,
        at: now,
      });
      return version;
    });
  }

  async function updateDraft(
    input: Partial<VersionDraftInput> & { versionId: string },
    viewer: Viewer,
    requestId: string,
  ) {
    return db.$transaction(async (tx) => {
      const version = await repo.findVersion(tx, input.versionId);
      if (!version) throw new NotFoundError("policy version", input.versionId);
      if (version.status !== "DRAFT") {
        throw new InvalidStateError(
          `Only DRAFT versions can be edited; ${version.id} is ${version.status}. Create a new draft from it instead.`,
          version.id,
          version.status,
          ["DRAFT"],
        );
      }
      const users = await findOpenPilotsUsingVersion(tx, version.id);
      const frozen = users.find((pilot) => pilot.status !== "DRAFT");
      if (frozen) {
        throw new InvalidStateError(
          `Version ${version.id} is an arm of pilot ${frozen.id}, which is ${frozen.status}; its text is frozen while the pilot runs. Create a new draft instead.`,
          version.id,
          frozen.status,
          ["DRAFT"],
        );
      }
      const now = clock.now();
      const updated = await repo.updateVersion(tx, version.id, {
        title: input.title ?? undefined,
        content: input.content ? mergeContent(readContent(version.content), input.content) : undefined,
        changeNote: input.changeNote ?? undefined,
        reviewBy: input.reviewBy === undefined ? undefined : input.reviewBy,
      });
      await repo.touchPolicy(tx, version.policyId, now);
      await recordAuditEvent(tx, {
        type: "policy_version.updated",
        subjectType: "policy_version",
        subjectId: version.id,
        data: { fields: Object.keys(input).filter((k) => k !== "versionId") },
        viewer,
        requestId,
        at: now,
      });
      return updated;
    });
  }

  async function publishVersion(input: { versionId: string }, viewer: Viewer, requestId: string) {
    const result = await db.$transaction(async (tx) => {
      const version = await repo.findVersion(tx, input.versionId);
      if (!version) throw new NotFoundError("policy version", input.versionId);
      await repo.lockPolicy(tx, version.policyId);
      if (version.status !== "DRAFT") {
        throw new InvalidStateError(
          `Only DRAFT versions can be published; ${version.id} is already ${version.status}.`,
          version.id,
          version.status,
          ["DRAFT"],
        );
      }
      const active = await findActivePilotForPolicy(tx, version.policyId);
      if (active) {
        throw new InvalidStateError(
          `Policy ${version.policyId} has pilot ${active.id} ${active.status}; promote a variant or conclude that pilot before publishing a version directly.`,
          version.id,
          active.status,
          ["CONCLUDED"],
        );
      }
      const now = clock.now();
      const archivedId = await repo.archivePublished(tx, version.policyId, now);
      const published = await repo.updateVersion(tx, version.id, {
        status: "PUBLISHED",
        publishedAt: now,
        publishedById: viewer.kind === "user" ? viewer.userId : null,
      });
      await repo.touchPolicy(tx, version.policyId, now);
      await recordAuditEvent(tx, {
        type: "policy_version.published",
        subjectType: "policy_version",
        subjectId: version.id,
        data: { policyId: version.policyId, number: version.number, archivedVersionId: archivedId },
        viewer,
        requestId,
        at: now,
      });
      return published;
    });
    epoch.bump();
    return result;
  }

  return { createPolicy, createVersion, updateDraft, publishVersion };
}

export type PoliciesService = ReturnType<typeof createPoliciesService>;
