import { actorOf, type Viewer } from "../../context.js";
import type { Db, PrismaClient } from "../../db/create-db.js";
import type { Clock } from "../../lib/clock.js";
import type { ConfigEpoch } from "../../lib/config-epoch.js";
import { newId } from "../../lib/ids.js";
import {
  ConflictError,
  EditConflictError,
  InvalidStateError,
  NotFoundError,
  ValidationError,
} from "../../schema/errors.js";
import { recordAuditEvent } from "../audit/audit.repository.js";
import { findActivePilotForPolicy, findOpenPilotsUsingVersion } from "../pilots/pilots.read-model.js";
import {
  type DraftEdit,
  type DraftValues,
  type EditableField,
  editAsText,
  FIELD_LABELS,
  type FieldRevisions,
  isSection,
  planEdit,
  readFieldRevisions,
  valuesAsText,
} from "./draft-edit.js";
import * as repo from "./policies.repository.js";
import { EMPTY_CONTENT, mergeContent, type PolicyContent, readContent } from "./policy-content.js";
import {
  assertPublishable,
  describeVersion,
  formatMoment,
  type PublishOutcome,
  publishVersionInTransaction,
  sqlOfPrisma,
} from "./publish-version.js";

export type PoliciesServiceDeps = { db: PrismaClient; clock: Clock; epoch: ConfigEpoch };

export type VersionDraftInput = {
  title: string;
  content?: Partial<PolicyContent> | null;
  changeNote?: string | null;
  reviewBy?: Date | null;
};

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Who changed a field, as stored in field_revisions. */
function actorStamp(viewer: Viewer): { byId: string | null; byLabel: string } {
  const actor = actorOf(viewer);
  return { byId: actor.actorType === "user" ? actor.actorId : null, byLabel: actor.actorLabel };
}

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

  /**
   * Edits a DRAFT. The edit names the revision it was based on; under the policy and version locks it is merged
   * field by field into the latest text (ADR 0018): fields nobody else changed since `baseRevision` are applied, and
   * if another writer changed one of the same fields the whole edit is refused with an EditConflictError carrying
   * their text and yours. The write itself is a compare-and-set on the revision.
   */
  async function updateDraft(
    input: DraftEdit & { versionId: string; baseRevision: number },
    viewer: Viewer,
    requestId: string,
  ) {
    return db.$transaction(async (tx) => {
      const located = await repo.findVersion(tx, input.versionId);
      if (!located) throw new NotFoundError("policy version", input.versionId);
      await repo.lockPolicy(tx, located.policyId);
      await repo.lockVersion(tx, located.id);
      const version = await repo.findVersionWithPolicy(tx, located.id);
      if (!version) throw new NotFoundError("policy version", input.versionId);
      const named = describeVersion({ ...version, policyName: version.policy.name });
      if (version.status !== "DRAFT") {
        throw new InvalidStateError(
          `${named} is ${version.status}, and only DRAFT versions can be edited. Create a new draft from it instead.`,
          version.id,
          version.status,
          ["DRAFT"],
        );
      }
      const users = await findOpenPilotsUsingVersion(tx, version.id);
      const frozen = users.find((pilot) => pilot.status !== "DRAFT");
      if (frozen) {
        throw new InvalidStateError(
          `${named} is an arm of pilot ${frozen.id}, which is ${frozen.status}; its text is frozen while the pilot runs. Create a new draft instead.`,
          version.id,
          frozen.status,
          ["DRAFT"],
        );
      }
      if (input.baseRevision > version.revision) {
        throw new ValidationError(
          `${named} is at revision ${version.revision}; revision ${input.baseRevision}, which your edit names as its base, does not exist. Reload the draft and edit from revision ${version.revision}.`,
          [{ path: ["baseRevision"], message: `at most ${version.revision}, the draft's current revision` }],
        );
      }
      const current = {
        title: version.title,
        changeNote: version.changeNote,
        reviewBy: version.reviewBy,
        content: readContent(version.content),
      };
      const revisions = readFieldRevisions(version.fieldRevisions);
      const plan = planEdit(current, revisions, input, input.baseRevision);
      if (plan.conflicts.length > 0) {
        throw await conflictError(tx, { ...version, named }, current, revisions, plan.conflicts, input);
      }
      if (plan.changed.length === 0) return version;

      const now = clock.now();
      const revision = version.revision + 1;
      const stamp = { revision, ...actorStamp(viewer), at: now.toISOString() };
      const content = mergeContent(current.content, input.content);
      const changedSections = plan.changed.filter(isSection);
      const written = await repo.updateDraftAtRevision(tx, version.id, version.revision, {
        title: plan.changed.includes("title") ? (input.title ?? undefined) : undefined,
        changeNote: plan.changed.includes("changeNote") ? (input.changeNote ?? undefined) : undefined,
        reviewBy: plan.changed.includes("reviewBy") ? (input.reviewBy ?? null) : undefined,
        content: changedSections.length > 0 ? content : undefined,
        fieldRevisions: { ...revisions, ...Object.fromEntries(plan.changed.map((field) => [field, stamp])) },
      });
      if (!written) {
        // The locks make this unreachable; the compare-and-set keeps an edit from ever overwriting a newer one.
        throw new ConflictError(
          `${named} changed while your edit was being saved. Nothing was saved: reload the draft and edit it again.`,
          version.id,
        );
      }
      await repo.touchPolicy(tx, version.policyId, now);
      await recordAuditEvent(tx, {
        type: "policy_version.updated",
        subjectType: "policy_version",
        subjectId: version.id,
        data: { fields: plan.changed, baseRevision: input.baseRevision, revision },
        viewer,
        requestId,
        at: now,
      });
      const updated = await repo.findVersion(tx, version.id);
      if (!updated) throw new NotFoundError("policy version", version.id);
      return updated;
    });
  }

  async function conflictError(
    tx: Db,
    version: { id: string; revision: number; named: string },
    current: DraftValues,
    revisions: FieldRevisions,
    fields: EditableField[],
    edit: DraftEdit & { baseRevision: number },
  ): Promise<EditConflictError> {
    const theirs = valuesAsText(current);
    const yours = editAsText(edit);
    const ids = [...new Set(fields.map((f) => revisions[f]?.byId).filter((id): id is string => Boolean(id)))];
    const names = new Map((await repo.findUserNames(tx, ids)).map((u) => [u.id, u.name]));
    const conflicts = fields.map((field) => {
      const stamp = revisions[field]!;
      return {
        field,
        label: FIELD_LABELS[field],
        theirs: theirs[field],
        yours: yours[field] ?? "",
        revision: stamp.revision,
        changedByName: (stamp.byId && names.get(stamp.byId)) || stamp.byLabel,
        changedAt: new Date(stamp.at),
      };
    });
    const latest = conflicts.reduce((a, b) => (b.revision > a.revision ? b : a));
    const writers = [...new Set(conflicts.map((c) => c.changedByName))].join(" and ");
    const labels = conflicts.map((c) => c.label);
    const what = labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(", ")} and ${labels.at(-1)}`;
    return new EditConflictError(
      `${writers} changed ${what} of ${lowerFirst(version.named)} after revision ${edit.baseRevision}, which your edit was based on (latest change ${formatMoment(latest.changedAt)}, now revision ${version.revision}). Nothing of your edit was saved: compare their text with yours, then save again based on revision ${version.revision}.`,
      version.id,
      edit.baseRevision,
      version.revision,
      latest.changedByName,
      latest.changedAt,
      conflicts,
    );
  }

  /** Publishes a DRAFT directly (managers), refused while the policy has a running or paused pilot (ADR 0006). */
  async function publishVersion(input: { versionId: string }, viewer: Viewer, requestId: string) {
    const result = await db.$transaction(async (tx) => {
      const outcome = await publishVersionInTransaction(sqlOfPrisma(tx), {
        versionId: input.versionId,
        at: clock.now(),
        actor: actorOf(viewer),
        requestId,
        auditData: { via: "direct" },
        guard: async (version) => {
          const active = await findActivePilotForPolicy(tx, version.policyId);
          if (active) {
            throw new InvalidStateError(
              `Policy "${version.policyName}" has pilot ${active.id} ${active.status}; promote a variant or conclude that pilot before publishing version ${version.number} directly.`,
              version.id,
              active.status,
              ["CONCLUDED"],
            );
          }
        },
      });
      const published = await repo.findVersion(tx, outcome.versionId);
      if (!published) throw new NotFoundError("policy version", outcome.versionId);
      return published;
    });
    epoch.bump();
    return result;
  }

  /**
   * For the decisions service, inside its own transaction: copies a pilot's winning draft into a new version (next
   * number, based on the draft, which stays the record of what was piloted) and publishes that copy through the
   * one publish path. The caller has locked the pilot and the policy, and bumps the configuration epoch after commit.
   */
  async function promoteDraftInTransaction(
    tx: Db,
    input: { draftVersionId: string; changeNote: string; pilotId: string; viewer: Viewer; requestId: string; at: Date },
  ): Promise<PublishOutcome> {
    const draft = await repo.findVersionWithPolicy(tx, input.draftVersionId);
    if (!draft) throw new NotFoundError("policy version", input.draftVersionId);
    const content = readContent(draft.content);
    assertPublishable(
      { ...draft, policyName: draft.policy.name, content },
      "cannot be promoted",
      "Keep the control instead, or conclude this pilot and pilot a complete draft.",
    );
    await repo.lockPolicy(tx, draft.policyId);
    const copy = await repo.createVersion(tx, {
      id: newId("policyVersion"),
      policyId: draft.policyId,
      number: await repo.nextVersionNumber(tx, draft.policyId),
      status: "DRAFT",
      title: draft.title,
      content,
      changeNote: input.changeNote,
      reviewBy: draft.reviewBy,
      basedOnId: draft.id,
      createdById: input.viewer.kind === "user" ? input.viewer.userId : null,
      createdAt: input.at,
    });
    return publishVersionInTransaction(sqlOfPrisma(tx), {
      versionId: copy.id,
      at: input.at,
      actor: actorOf(input.viewer),
      requestId: input.requestId,
      auditData: { via: "promotion", pilotId: input.pilotId },
    });
  }

  return { createPolicy, createVersion, updateDraft, publishVersion, promoteDraftInTransaction };
}

export type PoliciesService = ReturnType<typeof createPoliciesService>;
