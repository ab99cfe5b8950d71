import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "../testkit/db.js";
import { fingerprint } from "../testkit/fingerprint.js";
import type { GqlClient } from "../testkit/graphql.js";
import { policyWithDrafts, run, runningPilot, runOk } from "../testkit/operations.js";
import { startTestServer, type TestServer } from "../testkit/server.js";

/** One publish path: direct publication and promotion write the same audit events and refuse the same empty text. */
describe.each(backends())("publishing policy versions on %s", (backend) => {
  let server: TestServer;
  let ops: GqlClient;
  let manager: GqlClient;

  beforeAll(async () => {
    server = await startTestServer(backend);
    ops = await server.as("OPS");
    manager = await server.as("MANAGER");
  });
  afterAll(async () => server?.close());

  const eventsOf = (subjectId: string) =>
    server.db.prisma.auditEvent.findMany({ where: { subjectType: "policy_version", subjectId } });

  it("records the publication of a version promoted from a pilot, and the archiving of the one it replaced", async () => {
    const setup = await policyWithDrafts(ops, manager, "promoted-audit", 1);
    const { pilotId } = await runningPilot(ops, setup, [0.5, 0.5]);
    const decision = await runOk(manager, "promoteVariant", {
      pilotId,
      variantKey: "variant-1",
      rationale: "Better CSAT and no harm to effort.",
    });
    const publishedId = decision.publishedVersion.id as string;
    const published = (await eventsOf(publishedId)).filter((e) => e.type === "policy_version.published");
    expect(published).toHaveLength(1);
    expect(published[0]!.data).toMatchObject({
      policyId: setup.policyId,
      number: decision.publishedVersion.number,
      archivedVersionId: setup.publishedId,
    });
    expect(published[0]!.actorLabel).toBe("manager@test.policy-pilot.test");
    const archived = (await eventsOf(setup.publishedId)).filter((e) => e.type === "policy_version.archived");
    expect(archived).toHaveLength(1);
    expect(archived[0]!.data).toMatchObject({ policyId: setup.policyId, replacedByVersionId: publishedId });
  });

  it("records the same events when a manager publishes a draft directly", async () => {
    const setup = await policyWithDrafts(ops, manager, "direct-audit", 1);
    const draftId = setup.draftIds[0]!;
    await runOk(manager, "publishPolicyVersion", { versionId: draftId });
    const published = (await eventsOf(draftId)).filter((e) => e.type === "policy_version.published");
    expect(published).toHaveLength(1);
    expect(published[0]!.data).toMatchObject({ policyId: setup.policyId, archivedVersionId: setup.publishedId });
    const archived = (await eventsOf(setup.publishedId)).filter((e) => e.type === "policy_version.archived");
    expect(archived).toHaveLength(1);
    expect(archived[0]!.data).toMatchObject({ replacedByVersionId: draftId });
  });

  it("refuses to publish a version whose required sections are empty, naming them", async () => {
    const policy = await runOk(ops, "createPolicy", {
      key: "empty-text",
      name: "Empty text",
      versionTitle: "Nothing written yet",
    });
    const versionId = policy.versions.edges[0].node.id as string;
    const before = await fingerprint(server.db);
    const empty = await run(manager, "publishPolicyVersion", { versionId });
    expect(await fingerprint(server.db)).toEqual(before);
    expect(empty.__typename).toBe("ValidationError");
    expect(empty.message).toBe(
      'Version 1 "Nothing written yet" of policy "Empty text" cannot be published: the sections Purpose and ' +
        "Procedures are empty. Write them in the draft, then publish again.",
    );
    expect(empty.issues).toEqual([
      { path: ["content", "purpose"], message: "Purpose must not be empty." },
      { path: ["content", "procedures"], message: "Procedures must not be empty." },
    ]);
  });

  it("refuses to promote a treatment whose required sections are empty, and changes nothing", async () => {
    const setup = await policyWithDrafts(ops, manager, "empty-treatment", 0);
    const draft = await runOk(ops, "createPolicyVersion", {
      policyId: setup.policyId,
      title: "No procedures",
      content: { procedures: "   " },
    });
    const { pilotId } = await runningPilot(ops, { policyId: setup.policyId, draftIds: [draft.id] }, [0.5, 0.5]);
    const before = await fingerprint(server.db);
    const result = await run(manager, "promoteVariant", {
      pilotId,
      variantKey: "variant-1",
      rationale: "Treatment looked better on CSAT.",
    });
    expect(await fingerprint(server.db)).toEqual(before);
    expect(result.__typename).toBe("ValidationError");
    expect(result.message).toContain("the section Procedures is empty");
  });
});
