import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "../testkit/db.js";
import type { GqlClient, Json } from "../testkit/graphql.js";
import { policyWithDrafts, run, runOk } from "../testkit/operations.js";
import { startTestServer, type TestServer } from "../testkit/server.js";

/**
 * Concurrent edits and publications of one draft. On PostgreSQL the calls really overlap (one connection each);
 * PGlite is a single connection that serializes transactions, so there the same tests only prove the sequential rules.
 */
const SECTIONS = [
  "purpose",
  "goals",
  "expectations",
  "procedures",
  "escalation",
  "channelsAndHours",
  "benchmarks",
  "glossary",
] as const;
const ROUNDS = 5;

const READ_DRAFT = `query($id: ID!) { node(id: $id) { ... on PolicyVersion { id status revision content {
  purpose goals expectations procedures escalation channelsAndHours benchmarks glossary } } } }`;

describe.each(backends())("concurrent draft edits and publications on %s", (backend) => {
  let server: TestServer;
  let ops: GqlClient;
  let manager: GqlClient;
  let admin: GqlClient;

  beforeAll(async () => {
    server = await startTestServer(backend);
    ops = await server.as("OPS");
    manager = await server.as("MANAGER");
    admin = await server.as("ADMIN");
  });
  afterAll(async () => server?.close());

  const readDraft = async (id: string) => (await ops.ok(READ_DRAFT, { id })).node as Json;

  it("keeps every acknowledged edit when eight writers change different sections of one draft at once", async () => {
    const setup = await policyWithDrafts(ops, manager, "eight-writers", 1);
    const versionId = setup.draftIds[0]!;
    let acknowledged = 0;
    let lost = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      const base = (await readDraft(versionId)).revision as number;
      const texts = SECTIONS.map((section) => `Round ${round}: ${section} as its writer wrote it.`);
      // Every writer loaded the same revision and changes one section of its own.
      const results = await Promise.all(
        SECTIONS.map((section, i) =>
          run(ops, "updatePolicyVersion", { versionId, baseRevision: base, content: { [section]: texts[i] } }),
        ),
      );
      const draft = await readDraft(versionId);
      SECTIONS.forEach((section, i) => {
        if (results[i].__typename !== "MutationUpdatePolicyVersionSuccess") return;
        acknowledged += 1;
        if (draft.content[section] !== texts[i]) lost += 1;
      });
      const accepted = results.filter((r) => r.__typename === "MutationUpdatePolicyVersionSuccess").length;
      expect(draft.revision).toBe(base + accepted);
    }
    console.log(
      `[eight writers on ${backend}] ${acknowledged} of ${ROUNDS * SECTIONS.length} edits acknowledged, ${lost} of them lost`,
    );
    expect(lost).toBe(0);
    expect(acknowledged).toBe(ROUNDS * SECTIONS.length);
    expect((await readDraft(versionId)).revision).toBe(1 + ROUNDS * SECTIONS.length);
  });

  it("lets exactly one of two writers of the same section win, and shows the other their text and yours", async () => {
    const setup = await policyWithDrafts(ops, manager, "same-section", 1);
    const versionId = setup.draftIds[0]!;
    for (let round = 1; round <= ROUNDS; round++) {
      const base = (await readDraft(versionId)).revision as number;
      const writers = [
        { client: ops, name: "Test OPS", text: `Round ${round}: refunds under 50 EUR without approval.` },
        { client: admin, name: "Test ADMIN", text: `Round ${round}: refunds under 20 EUR without approval.` },
      ];
      const results = await Promise.all(
        writers.map((w) =>
          run(w.client, "updatePolicyVersion", { versionId, baseRevision: base, content: { procedures: w.text } }),
        ),
      );
      const won = results.findIndex((r) => r.__typename === "MutationUpdatePolicyVersionSuccess");
      expect(won).toBeGreaterThanOrEqual(0);
      const winner = writers[won]!;
      const loser = writers[1 - won]!;
      const conflict = results[1 - won];
      expect(conflict).toMatchObject({
        __typename: "EditConflictError",
        code: "EDIT_CONFLICT",
        baseRevision: base,
        currentRevision: base + 1,
        changedByName: winner.name,
        conflicts: [
          {
            field: "procedures",
            label: "Procedures",
            theirs: winner.text,
            yours: loser.text,
            revision: base + 1,
            changedByName: winner.name,
          },
        ],
      });
      expect(Number.isNaN(Date.parse(conflict.changedAt))).toBe(false);
      expect(conflict.message).toContain(`${winner.name} changed Procedures of version 2 "Draft 1" of policy`);
      expect(conflict.message).toContain(`save again based on revision ${base + 1}`);
      const draft = await readDraft(versionId);
      expect(draft.content.procedures).toBe(winner.text);
      expect(draft.revision).toBe(base + 1);
    }
  });

  it("merges a stale edit of other fields, refuses one of the same field, and accepts the current text unchanged", async () => {
    const setup = await policyWithDrafts(ops, manager, "stale-edits", 1);
    const versionId = setup.draftIds[0]!;
    const first = await runOk(ops, "updatePolicyVersion", {
      versionId,
      baseRevision: 1,
      title: "Refunds without approval",
      content: { procedures: "Ops' procedures." },
    });
    expect(first.revision).toBe(2);
    // Admin loaded revision 1 too: the purpose and the review-by date are theirs to change, the title is not.
    const merged = await runOk(admin, "updatePolicyVersion", {
      versionId,
      baseRevision: 1,
      content: { purpose: "Admin's purpose." },
      reviewBy: "2027-06-30",
    });
    expect(merged.revision).toBe(3);
    const stale = await run(admin, "updatePolicyVersion", {
      versionId,
      baseRevision: 1,
      title: "Admin's title",
      content: { procedures: "Ops' procedures.", glossary: "Admin's glossary." },
    });
    expect(stale.__typename).toBe("EditConflictError");
    expect(stale.conflicts.map((c: Json) => c.field)).toEqual(["title"]);
    expect(stale.conflicts[0]).toMatchObject({ theirs: "Refunds without approval", yours: "Admin's title" });
    const draft = await readDraft(versionId);
    expect(draft.revision).toBe(3);
    expect(draft.content).toMatchObject({ purpose: "Admin's purpose.", procedures: "Ops' procedures.", glossary: "" });
    const saved = await server.db.prisma.policyVersion.findUniqueOrThrow({ where: { id: versionId } });
    expect(saved.title).toBe("Refunds without approval");
    expect(saved.reviewBy?.toISOString().slice(0, 10)).toBe("2027-06-30");

    const future = await run(ops, "updatePolicyVersion", { versionId, baseRevision: 9, title: "From the future" });
    expect(future).toMatchObject({ __typename: "ValidationError", issues: [{ path: ["baseRevision"] }] });
    expect(future.message).toContain("is at revision 3; revision 9");
  });

  it("publishes a draft once when ten managers publish it at the same moment", async () => {
    const setup = await policyWithDrafts(ops, manager, "ten-publishers", 1);
    const versionId = setup.draftIds[0]!;
    const results = await Promise.all(
      Array.from({ length: 10 }, () => run(manager, "publishPolicyVersion", { versionId })),
    );
    const succeeded = results.filter((r) => r.__typename === "MutationPublishPolicyVersionSuccess");
    const refused = results.filter((r) => r.__typename !== "MutationPublishPolicyVersionSuccess");
    const published = await server.db.prisma.auditEvent.findMany({
      where: { type: "policy_version.published", subjectId: versionId },
    });
    const selfArchiving = published.filter(
      (e) => (e.data as { archivedVersionId?: string }).archivedVersionId === versionId,
    );
    console.log(
      `[ten publishers on ${backend}] ${succeeded.length} succeeded, ${published.length} published events, ` +
        `${selfArchiving.length} archiving the version itself`,
    );
    expect(succeeded).toHaveLength(1);
    expect(published).toHaveLength(1);
    expect(selfArchiving).toHaveLength(0);
    for (const r of refused) {
      expect(r).toMatchObject({ __typename: "InvalidStateError", code: "INVALID_STATE" });
      expect(r.message).toMatch(/already PUBLISHED/);
    }
    const versions = await server.db.prisma.policyVersion.findMany({ where: { policyId: setup.policyId } });
    expect(versions.find((v) => v.id === versionId)?.status).toBe("PUBLISHED");
    expect(versions.find((v) => v.id === setup.publishedId)?.status).toBe("ARCHIVED");
  });
});
