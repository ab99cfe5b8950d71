import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "../testkit/db.js";
import { fingerprint } from "../testkit/fingerprint.js";
import type { GqlClient, Json } from "../testkit/graphql.js";
import { policyWithDrafts, run, runningPilot, runOk } from "../testkit/operations.js";
import { emailOf, startTestServer, TEST_PASSWORD, type TestServer } from "../testkit/server.js";

/** Bad input gets a clear, typed error that says what is allowed, and nothing stored changes. */
describe.each(backends())("bad input on %s", (backend) => {
  let server: TestServer;
  let ops: GqlClient;
  let manager: GqlClient;
  let helpdesk: GqlClient;

  beforeAll(async () => {
    server = await startTestServer(backend);
    ops = await server.as("OPS");
    manager = await server.as("MANAGER");
    helpdesk = await server.integration();
  });
  afterAll(async () => server?.close());

  /** Runs `act` and asserts the database is exactly as before. */
  async function unchanged<T>(act: () => Promise<T>): Promise<T> {
    const before = await fingerprint(server.db);
    const result = await act();
    expect(await fingerprint(server.db)).toEqual(before);
    return result;
  }

  it("answers a wrong password and an unknown email with the same generic message", async () => {
    const login = (email: string, password: string) =>
      server
        .anonymous()
        .ok(OPS_LOGIN, { input: { email, password } })
        .then((d: Json) => d.login);
    // A failed sign-in changes nothing but its audit row and the rate-limit counters (ADR 0029).
    const outside = (f: Record<string, string>) => {
      const { audit_events: _audit, rate_limits: _limits, ...rest } = f;
      return rest;
    };
    const before = outside(await fingerprint(server.db));
    const wrongPassword = await login(emailOf("OPS"), "not the password");
    const unknownEmail = await login("nobody@example.com", TEST_PASSWORD);
    expect(outside(await fingerprint(server.db))).toEqual(before);
    const audited = await server.db.prisma.auditEvent.findMany({ where: { type: "user.sign_in_failed" } });
    expect(audited.map((a) => (a.data as { email: string }).email).sort()).toEqual(
      [emailOf("OPS"), "nobody@example.com"].sort(),
    );
    expect(wrongPassword).toEqual({
      __typename: "InvalidCredentialsError",
      message: "Email or password is incorrect.",
    });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  describe("ratings out of range", () => {
    let assignmentId: string;
    beforeAll(async () => {
      const setup = await policyWithDrafts(ops, manager, "ratings", 1);
      await runningPilot(ops, setup, [0.5, 0.5]);
      assignmentId = (await runOk(helpdesk, "policyFor", { policy: "ratings", customerId: "c1" })).assignmentId;
    });

    it.each([
      ["csat", 6, /CSAT must be from 1 to 5/],
      ["csat", 0, /CSAT must be from 1 to 5/],
      ["nps", 11, /NPS must be from 0 to 10/],
      ["nps", -1, /NPS must be from 0 to 10/],
      ["ces", 8, /CES must be from 1 to 7/],
    ])("%s = %i is refused with the allowed range", async (field, value, message) => {
      const result = await unchanged(() => run(helpdesk, "submitFeedback", { assignmentId, [field]: value }));
      expect(result.__typename).toBe("ValidationError");
      expect(result.message).toMatch(message);
      expect(result.issues[0].path).toEqual(["input", field]);
    });

    it("refuses an empty response, naming what may be given", async () => {
      const result = await unchanged(() => run(helpdesk, "submitFeedback", { assignmentId }));
      expect(result.__typename).toBe("ValidationError");
      expect(result.message).toMatch(/csat \(1–5\), nps \(0–10\), ces \(1–7\)/);
    });

    it("counts concurrent deliveries of one response once", async () => {
      const key = "zd-concurrent";
      const results = await Promise.all(
        Array.from({ length: 5 }, () =>
          runOk(helpdesk, "submitFeedback", { assignmentId, nps: 9, idempotencyKey: key }),
        ),
      );
      expect(new Set(results.map((r) => r.feedback.id)).size).toBe(1);
      expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
      expect(await server.db.prisma.feedback.count({ where: { idempotencyKey: key } })).toBe(1);
    });

    it("counts a retried response once (idempotency key)", async () => {
      const first = await runOk(helpdesk, "submitFeedback", { assignmentId, csat: 4, idempotencyKey: "zd-123" });
      const again = await unchanged(() =>
        runOk(helpdesk, "submitFeedback", { assignmentId, csat: 4, idempotencyKey: "zd-123" }),
      );
      expect(first.duplicate).toBe(false);
      expect(again.duplicate).toBe(true);
      expect(again.feedback.id).toBe(first.feedback.id);
    });
  });

  it("answers unknown ids with a typed not-found error", async () => {
    const start = await unchanged(() => run(ops, "startPilot", { pilotId: "pil_doesnotexist" }));
    expect(start).toMatchObject({ __typename: "NotFoundError", message: "No pilot with id pil_doesnotexist exists." });
    const publish = await unchanged(() => run(manager, "publishPolicyVersion", { versionId: "pv_nope" }));
    expect(publish.__typename).toBe("NotFoundError");
    const applied = await unchanged(() => run(helpdesk, "policyFor", { policy: "no-such-policy", customerId: "c" }));
    expect(applied).toMatchObject({ __typename: "NotFoundError", message: expect.stringContaining("no-such-policy") });
    const feedback = await unchanged(() => run(helpdesk, "submitFeedback", { assignmentId: "asg_nope", csat: 3 }));
    expect(feedback.__typename).toBe("NotFoundError");
  });

  it("refuses weights that do not sum to 1, saying what they sum to", async () => {
    const setup = await policyWithDrafts(ops, manager, "weights", 1);
    const result = await unchanged(() =>
      run(ops, "createPilot", {
        policyId: setup.policyId,
        name: "Bad weights",
        control: { weight: 0.5 },
        treatments: [{ key: "b", name: "B", policyVersionId: setup.draftIds[0], weight: 0.4 }],
      }),
    );
    expect(result.__typename).toBe("ValidationError");
    expect(result.message).toBe("Variant weights must sum to 1; these sum to 0.9 (control=0.5, b=0.4).");
    const { pilotId } = await runningPilot(ops, setup, [0.5, 0.5]);
    const update = await unchanged(() =>
      run(ops, "updatePilotWeights", {
        pilotId,
        weights: [
          { key: "control", weight: 0.7 },
          { key: "variant-1", weight: 0.7 },
        ],
      }),
    );
    expect(update.message).toMatch(/must sum to 1; these sum to 1.4/);
    const negative = await unchanged(() =>
      run(ops, "updatePilotWeights", {
        pilotId,
        weights: [
          { key: "control", weight: -0.5 },
          { key: "variant-1", weight: 1.5 },
        ],
      }),
    );
    expect(negative.__typename).toBe("ValidationError");
    expect(negative.message).toMatch(/between 0 and 1/);
  });

  it("refuses to publish a version twice", async () => {
    const setup = await policyWithDrafts(ops, manager, "publish-twice", 0);
    const result = await unchanged(() => run(manager, "publishPolicyVersion", { versionId: setup.publishedId }));
    expect(result).toMatchObject({
      __typename: "InvalidStateError",
      message: expect.stringMatching(
        /^Version 1 "First edition" of policy "Policy publish-twice" is already PUBLISHED \(published by Test MANAGER on \d{4}-\d\d-\d\d \d\d:\d\d UTC\); only DRAFT versions can be published\./,
      ),
    });
  });

  it("refuses to edit a published version, and a draft while its pilot runs", async () => {
    const setup = await policyWithDrafts(ops, manager, "frozen-text", 1);
    const published = await unchanged(() =>
      run(ops, "updatePolicyVersion", { versionId: setup.publishedId, baseRevision: 1, title: "Sneaky edit" }),
    );
    expect(published).toMatchObject({
      __typename: "InvalidStateError",
      message:
        'Version 1 "First edition" of policy "Policy frozen-text" is PUBLISHED, and only DRAFT versions can be edited. Create a new draft from it instead.',
    });
    const { pilotId } = await runningPilot(ops, setup, [0.5, 0.5]);
    const draft = await unchanged(() =>
      run(ops, "updatePolicyVersion", { versionId: setup.draftIds[0], baseRevision: 1, title: "Mid-pilot edit" }),
    );
    expect(draft.__typename).toBe("InvalidStateError");
    expect(draft.message).toContain(`arm of pilot ${pilotId}, which is RUNNING`);
    const direct = await unchanged(() => run(manager, "publishPolicyVersion", { versionId: setup.draftIds[0] }));
    expect(direct.message).toContain(`Policy "Policy frozen-text" has pilot ${pilotId} RUNNING`);
  });

  it("refuses to promote in a concluded pilot, naming the allowed states", async () => {
    const setup = await policyWithDrafts(ops, manager, "concluded", 1);
    const { pilotId } = await runningPilot(ops, setup, [0.5, 0.5]);
    const input = { pilotId, variantKey: "variant-1", rationale: "Better CSAT, no harm seen." };
    await runOk(manager, "promoteVariant", input);
    const again = await unchanged(() => run(manager, "promoteVariant", { ...input, variantKey: "control" }));
    expect(again).toMatchObject({
      __typename: "InvalidStateError",
      message: `Can only promote a variant of a RUNNING or PAUSED pilot; ${pilotId} is CONCLUDED.`,
    });
  });

  it("refuses a rationale that is too short and a variant that is not in the pilot", async () => {
    const setup = await policyWithDrafts(ops, manager, "rationale", 1);
    const { pilotId } = await runningPilot(ops, setup, [0.5, 0.5]);
    const short = await unchanged(() =>
      run(manager, "promoteVariant", { pilotId, variantKey: "variant-1", rationale: "ok" }),
    );
    expect(short.__typename).toBe("ValidationError");
    expect(short.message).toMatch(/at least 10 characters/);
    const unknown = await unchanged(() =>
      run(manager, "promoteVariant", { pilotId, variantKey: "variant-9", rationale: "A long enough reason." }),
    );
    expect(unknown.message).toBe(`Pilot ${pilotId} has no variant "variant-9"; its variants are control, variant-1.`);
  });

  it("refuses a badly formed policy key, saying what is allowed", async () => {
    const result = await unchanged(() =>
      run(ops, "createPolicy", { key: "Returns & Refunds", name: "R", versionTitle: "v1" }),
    );
    expect(result.__typename).toBe("ValidationError");
    expect(result.message).toMatch(/lowercase letters, digits and single hyphens/);
  });

  it("masks unexpected errors and keeps the request id", async () => {
    const res = await ops.execute(`{ pilot(id: "pil_x") { id } }`);
    expect(res.status).toBe(200);
    expect(res.body.data.pilot).toBeNull();
    const noCsrf = await fetch(`${server.url}/graphql?query=${encodeURIComponent("{ viewer { id } }")}`);
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.headers.get("x-request-id")).toBeTruthy();
  });
});

const OPS_LOGIN = `mutation($input: LoginInput!) { login(input: $input) { __typename ... on Error { message } } }`;
