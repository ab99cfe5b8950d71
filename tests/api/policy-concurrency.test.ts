import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "../testkit/db.js";
import type { GqlClient, Json } from "../testkit/graphql.js";
import { policyWithDrafts, run } from "../testkit/operations.js";
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

const UPDATE = `mutation($input: UpdatePolicyVersionInput!) { updatePolicyVersion(input: $input) {
  __typename ... on Error { message code }
  ... on MutationUpdatePolicyVersionSuccess { data { id } } } }`;

const READ_DRAFT = `query($id: ID!) { node(id: $id) { ... on PolicyVersion { id status content {
  purpose goals expectations procedures escalation channelsAndHours benchmarks glossary } } } }`;

describe.each(backends())("concurrent draft edits and publications on %s", (backend) => {
  let server: TestServer;
  let ops: GqlClient;
  let manager: GqlClient;

  beforeAll(async () => {
    server = await startTestServer(backend);
    ops = await server.as("OPS");
    manager = await server.as("MANAGER");
  });
  afterAll(async () => server?.close());

  it("keeps every acknowledged edit when eight writers change different sections of one draft at once", async () => {
    const setup = await policyWithDrafts(ops, manager, "eight-writers", 1);
    const versionId = setup.draftIds[0]!;
    let acknowledged = 0;
    let lost = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      const texts = SECTIONS.map((section) => `Round ${round}: ${section} as its writer wrote it.`);
      const results = await Promise.all(
        SECTIONS.map(async (section, i) => {
          const data = await ops.ok(UPDATE, { input: { versionId, content: { [section]: texts[i] } } });
          return data.updatePolicyVersion as Json;
        }),
      );
      const draft = (await ops.ok(READ_DRAFT, { id: versionId })).node;
      SECTIONS.forEach((section, i) => {
        if (results[i].__typename !== "MutationUpdatePolicyVersionSuccess") return;
        acknowledged += 1;
        if (draft.content[section] !== texts[i]) lost += 1;
      });
    }
    console.log(
      `[eight writers on ${backend}] ${acknowledged} of ${ROUNDS * SECTIONS.length} edits acknowledged, ${lost} of them lost`,
    );
    expect(lost).toBe(0);
    expect(acknowledged).toBe(ROUNDS * SECTIONS.length);
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
