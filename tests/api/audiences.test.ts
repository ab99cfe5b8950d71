import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { audienceOf, draftPilot, importCsv, pasteIds, setAudience, uploadCsv } from "../testkit/audiences.js";
import { backends } from "../testkit/db.js";
import type { GqlClient } from "../testkit/graphql.js";
import { policyWithDrafts, run, runOk } from "../testkit/operations.js";
import { startTestServer, type TestServer } from "../testkit/server.js";

describe.each(backends())("audiences on %s", (backend) => {
  let server: TestServer;
  let ops: GqlClient;
  let manager: GqlClient;
  let helpdesk: GqlClient;
  let n = 0;
  const newPolicy = async () => policyWithDrafts(ops, manager, `aud-${++n}`, 1);

  beforeAll(async () => {
    server = await startTestServer(backend);
    ops = await server.as("OPS");
    manager = await server.as("MANAGER");
    helpdesk = await server.integration();
  });
  afterAll(async () => server?.close());

  const ask = async (policy: string, customerId: string, attributes?: Record<string, unknown>, agentId?: string) =>
    runOk(helpdesk, "policyFor", {
      policy,
      customerId,
      ...(attributes ? { attributes } : {}),
      ...(agentId ? { agentId } : {}),
    });

  it("refuses a rule with an unknown operator, naming the allowed ones, and stores a valid one", async () => {
    const setup = await newPolicy();
    const pilotId = await draftPilot(ops, setup);
    const bad = await setAudience(ops, { pilotId, condition: { region: { $inn: ["EU"] } } });
    expect(bad.__typename).toBe("ValidationError");
    expect(bad.message).toMatch(/Unknown operator "\$inn".*\$in, \$nin/);
    expect(bad.issues[0].path).toEqual(["condition", "region", "$inn"]);
    const badCoverage = await setAudience(ops, { pilotId, coverage: 1.5 });
    expect(badCoverage.message).toMatch(/above 0 and at most 1/);

    const good = await setAudience(ops, { pilotId, condition: { region: "EU", tenure: { $gte: 12 } }, coverage: 0.5 });
    expect(good.__typename).toBe("MutationUpdatePilotAudienceSuccess");
    expect(good.data.pilot.coverage).toBe(0.5);
    expect(good.data.pilot.audience.condition).toEqual({ region: "EU", tenure: { $gte: 12 } });
    const audit = await server.db.prisma.auditEvent.findMany({
      where: { subjectId: pilotId, type: "pilot.audience_changed" },
    });
    expect(audit).toHaveLength(1);
  });

  it("admits only customers matching the rule (stored or asked attributes); known participants are not re-checked", async () => {
    const setup = await newPolicy();
    const key = `aud-${n}`;
    const pilotId = await draftPilot(ops, setup);
    await setAudience(ops, { pilotId, condition: { region: { $in: ["EU"] }, tier: { $ne: "free" } } });
    const imported = await importCsv(server, ops, pilotId, "id,region,tier\nstored-eu,EU,gold\nstored-us,US,gold\n");
    expect(imported.status).toBe("DONE");
    // The imported list now restricts the audience too; clear it to test the rule alone.
    await ops.ok(`mutation { removeAudienceMembers(input: { pilotId: "${pilotId}", kind: CUSTOMER }) { __typename } }`);
    await runOk(ops, "startPilot", { pilotId });

    expect((await ask(key, "new-us", { region: "US" })).reason).toBe("NOT_IN_AUDIENCE");
    expect((await ask(key, "new-eu-free", { region: "EU", tier: "free" })).reason).toBe("NOT_IN_AUDIENCE");
    expect((await ask(key, "new-eu", { region: "EU" })).reason).toBe("IN_PILOT");
    expect((await ask(key, "stored-eu")).reason).toBe("IN_PILOT");
    expect((await ask(key, "stored-us")).reason).toBe("NOT_IN_AUDIENCE");
    // The ask's attributes win over stored ones.
    expect((await ask(key, "stored-us", { region: "EU" })).reason).toBe("IN_PILOT");
    // Once assigned, a participant keeps the variant whatever their attributes say later.
    const before = await ask(key, "new-eu");
    const after = await ask(key, "new-eu", { region: "US" });
    expect(after.reason).toBe("IN_PILOT");
    expect(after.variantKey).toBe(before.variantKey);
  });

  it("admits only listed customers when the pilot lists customers, and only asks through listed agents when it lists agents", async () => {
    const setup = await newPolicy();
    const key = `aud-${n}`;
    const pilotId = await draftPilot(ops, setup);
    const pasted = await pasteIds(ops, pilotId, "vip-1, vip-2\nvip-3 vip-1");
    expect(pasted.data.given).toBe(3);
    expect(pasted.data.added).toBe(3);
    expect(pasted.data.pilot.audience.customerCount).toBe(3);
    await pasteIds(ops, pilotId, "agent-a", "AGENT");
    await runOk(ops, "startPilot", { pilotId });
    expect((await ask(key, "vip-1", undefined, "agent-a")).reason).toBe("IN_PILOT");
    expect((await ask(key, "vip-2", undefined, "agent-b")).reason).toBe("NOT_IN_AUDIENCE");
    expect((await ask(key, "someone", undefined, "agent-a")).reason).toBe("NOT_IN_AUDIENCE");
    // Frozen while running.
    const frozen = await pasteIds(ops, pilotId, "late");
    expect(frozen.__typename).toBe("InvalidStateError");
    expect(frozen.message).toMatch(/DRAFT pilot.*RUNNING/);
  });

  it("imports a CSV with a byte-order mark, ; separators and a quoted newline; a second import updates, never duplicates", async () => {
    const setup = await newPolicy();
    const pilotId = await draftPilot(ops, setup);
    const csv =
      '\uFEFFcustomer_id;region;tier;language;tenure;note\r\nc-1;EU;gold;sv;24;"two\r\nlines; with separator"\r\nc-2;US;free;en;3;\r\n\r\nc-3;EU;;pt-BR;0;plain\r\n';
    const first = await importCsv(server, ops, pilotId, csv);
    expect(first).toMatchObject({
      status: "DONE",
      rowsRead: 3,
      insertedCount: 3,
      updatedCount: 0,
      memberCount: 3,
      errorCount: 0,
      progress: 1,
    });
    const c1 = await server.db.prisma.participant.findUniqueOrThrow({
      where: { kind_externalId: { kind: "CUSTOMER", externalId: "c-1" } },
    });
    expect(c1.attributes).toEqual({
      region: "EU",
      tier: "gold",
      language: "sv",
      tenure: 24,
      note: "two\r\nlines; with separator",
    });
    const c3 = await server.db.prisma.participant.findUniqueOrThrow({
      where: { kind_externalId: { kind: "CUSTOMER", externalId: "c-3" } },
    });
    expect(c3.attributes).toEqual({ region: "EU", language: "pt-BR", tenure: 0, note: "plain" });

    const second = await importCsv(server, ops, pilotId, "id,tier,channel\nc-1,platinum,chat\nc-4,gold,email\n");
    expect(second).toMatchObject({ status: "DONE", insertedCount: 1, updatedCount: 1, memberCount: 1 });
    const again = await server.db.prisma.participant.findMany({ where: { kind: "CUSTOMER", externalId: "c-1" } });
    expect(again).toHaveLength(1);
    expect(again[0]?.attributes).toEqual({
      region: "EU",
      tier: "platinum",
      language: "sv",
      tenure: 24,
      note: "two\r\nlines; with separator",
      channel: "chat",
    });
    expect((await audienceOf(ops, pilotId)).customerCount).toBe(4);
  });

  it("rejects a file with bad rows, reporting them by line, and imports nothing of it", async () => {
    const setup = await newPolicy();
    const pilotId = await draftPilot(ops, setup);
    const csv = [
      "id,region,tenure",
      "ok-1,EU,12",
      ",EU,1", // 3: empty id
      "ok-2,EU,twelve", // 4: bad attribute
      "ok-3,EU", // 5: too few fields
      '"ok-4","multi', // 6–7: quoted newline, fine
      'line",5',
      "ok-1,US,2", // 8: duplicate of line 2
      "ok-5,EU,1,extra", // 9: too many fields
    ].join("\n");
    const result = await importCsv(server, ops, pilotId, csv);
    expect(result.status).toBe("REJECTED");
    expect(result.errorCount).toBe(5);
    expect(result.errors.map((e: { line: number }) => e.line)).toEqual([3, 4, 5, 8, 9]);
    expect(result.errors[0].message).toBe("Line 3 has an empty id.");
    expect(result.errors[1].message).toMatch(/Line 4 has tenure "twelve"; tenure is a whole number of months/);
    expect(result.errors[2].message).toMatch(/Line 5 has 2 fields; the first line names 3 columns/);
    expect(result.errors[3].message).toBe("Line 8 repeats id ok-1 (first on line 2).");
    expect(result.message).toMatch(/5 bad rows of 7; nothing was imported/);
    expect(await server.db.prisma.audienceMember.count({ where: { pilotId } })).toBe(0);
    expect(await server.db.prisma.participant.count({ where: { externalId: { in: ["ok-1", "ok-2", "ok-4"] } } })).toBe(
      0,
    );

    const unclosed = await importCsv(server, ops, pilotId, 'id,region\na,EU\n"b,EU\nc,US\n');
    expect(unclosed.status).toBe("REJECTED");
    expect(unclosed.message).toMatch(/Line 3 opens a quote/);
    const noId = await importCsv(server, ops, pilotId, "name,region\nx,EU\n");
    expect(noId.message).toMatch(/one of them "id"/);
    expect(await server.db.prisma.audienceMember.count({ where: { pilotId } })).toBe(0);
  });

  it("refuses uploads without the CSRF header, from viewers, and to a running pilot", async () => {
    const setup = await newPolicy();
    const pilotId = await draftPilot(ops, setup);
    expect((await uploadCsv(server, ops, pilotId, "id\na\n", { csrf: false })).status).toBe(400);
    const viewer = await server.as("VIEWER");
    const refused = await uploadCsv(server, viewer, pilotId, "id\na\n");
    expect(refused.status).toBe(401);
    expect(refused.body.error).toMatch(/Only OPS and ADMIN/);
    await runOk(ops, "startPilot", { pilotId });
    const running = await uploadCsv(server, ops, pilotId, "id\na\n");
    expect(running.status).toBe(409);
    expect(running.body.error).toMatch(/DRAFT pilot/);
    expect((await uploadCsv(server, ops, "pil_missing", "id\na\n")).status).toBe(404);
  });

  it("cancels a running import: nothing of it is imported", async () => {
    const setup = await newPolicy();
    const pilotId = await draftPilot(ops, setup);
    const rows = ["id,region"];
    for (let i = 0; i < 100_000; i++) rows.push(`cancel-${i},EU`);
    const uploaded = await uploadCsv(server, ops, pilotId, `${rows.join("\n")}\n`);
    expect(uploaded.status).toBe(202);
    const cancelled = await ops.ok(
      `mutation($id: ID!) { cancelAudienceImport(input: { importId: $id }) { __typename ... on Error { message }
         ... on MutationCancelAudienceImportSuccess { data { id cancelRequested } } } }`,
      { id: uploaded.body.importId },
    );
    expect(cancelled.cancelAudienceImport.data.cancelRequested).toBe(true);
    await server.services.jobs.idle();
    const done = await server.services.audiences.findImport(uploaded.body.importId);
    expect(done?.status).toBe("CANCELLED");
    expect(await server.db.prisma.audienceMember.count({ where: { pilotId } })).toBe(0);
    expect(await server.db.prisma.participant.count({ where: { externalId: { startsWith: "cancel-" } } })).toBe(0);
    const again = await ops.ok(
      `mutation($id: ID!) { cancelAudienceImport(input: { importId: $id }) { __typename ... on Error { message } } }`,
      { id: uploaded.body.importId },
    );
    expect(again.cancelAudienceImport.message).toMatch(/already finished \(CANCELLED\)/);
  });

  it("counts the known participants an audience includes, and the overlap with running pilots of other policies", async () => {
    const setupA = await newPolicy();
    const keyA = `aud-${n}`;
    const pilotA = await draftPilot(ops, setupA);
    await runOk(ops, "startPilot", { pilotId: pilotA });
    for (let i = 0; i < 10; i++) await ask(keyA, `ov-${i}`, { region: i < 6 ? "EU" : "US", tenure: i });

    const setupB = await newPolicy();
    const pilotB = await draftPilot(ops, setupB);
    await setAudience(ops, { pilotId: pilotB, condition: { region: "EU", tenure: { $gte: 2 } }, coverage: 0.5 });
    let audience = await audienceOf(ops, pilotB);
    // Every customer known so far is counted, not only ov-*: count those the rule admits among ov-*.
    const matching = audience.eligible.matching;
    expect(matching).toBeGreaterThanOrEqual(4); // ov-2 … ov-5
    expect(audience.eligible.expectedInPilot).toBe(Math.round(matching * 0.5));
    expect(audience.overlap.participants).toBe(0);

    await pasteIds(ops, pilotB, "ov-1 ov-2 ov-3 ov-4 fresh-1");
    audience = await audienceOf(ops, pilotB);
    expect(audience.eligible).toMatchObject({ matching: 3, listed: true }); // ov-2, ov-3, ov-4
    expect(audience.overlap.participants).toBe(4);
    expect(audience.overlap.pilots).toEqual([
      { pilotId: pilotA, name: "Audience pilot", policyName: `Policy aud-${n - 1}`, participants: 4 },
    ]);

    const preview = await ops.ok(
      `query($id: ID!, $c: JSON) { previewAudienceCount(pilotId: $id, condition: $c) { __typename
         ... on QueryPreviewAudienceCountSuccess { data { matching } } ... on Error { message } } }`,
      { id: pilotB, c: { tenure: { $lt: 3 } } },
    );
    // ov-1, ov-2, and fresh-1: GrowthBook reads a missing attribute as null, and null < 3 in JavaScript.
    expect(preview.previewAudienceCount.data.matching).toBe(3);
  });

  it("keeps a participant in at most one running pilot per policy: a second pilot of the policy cannot start", async () => {
    const setup = await newPolicy();
    const key = `aud-${n}`;
    const first = await draftPilot(ops, setup);
    const second = await draftPilot(ops, setup);
    await runOk(ops, "startPilot", { pilotId: first });
    const refused = await run(ops, "startPilot", { pilotId: second });
    expect(refused.message).toMatch(/runs one pilot at a time/);
    for (let i = 0; i < 20; i++) await ask(key, `mx-${i}`);
    await runOk(ops, "pausePilot", { pilotId: first });
    expect((await run(ops, "startPilot", { pilotId: second })).message).toMatch(/runs one pilot at a time/);
    const perParticipant = await server.db.sql.query<{ n: string }>(
      `SELECT count(DISTINCT a.pilot_id)::text AS n FROM assignments a JOIN pilots p ON p.id = a.pilot_id
       WHERE p.policy_id = $1 GROUP BY a.participant_id ORDER BY 1 DESC LIMIT 1`,
      [setup.policyId],
    );
    expect(perParticipant[0]?.n).toBe("1");
  });
});
