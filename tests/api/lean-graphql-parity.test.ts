import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../api/src/app.js";
import { backends } from "../testkit/db.js";
import { OPS, policyWithDrafts, runningPilot, runOk, SAMPLE_CONTENT } from "../testkit/operations.js";
import { startTestServer, type TestServer } from "../testkit/server.js";

const ASK = `mutation($input: PolicyForInput!) { policyFor(input: $input) { __typename
  ... on Error { message code } ... on ValidationError { issues { path message } }
  ... on MutationPolicyForSuccess { data { policyKey source reason pilotId variantKey isControl assignmentId inBeta
    consentUrl decidedBy agentGroup version { id number title content { purpose } } } } } }`;

type Answer = { status: number; type: string | null; body: unknown };

/**
 * The lean GraphQL path (docs/adr/0024) answers policyFor exactly as Yoga does: the same status, content type and
 * body for authorization failures, validation errors, NotFound, InvalidState, consent-pending and successful
 * answers, and Yoga's own answers where the lean path hands a request over (bad variables, invalid documents,
 * Armor's limits). The two apps share one database and one set of services; only the GraphQL execution differs.
 */
describe.each(backends())("lean GraphQL path answers as Yoga does (%s)", (backend) => {
  let server: TestServer;
  let yogaUrl: string;
  let closeYoga: () => Promise<void>;
  let token: string;
  let viewerCookie: string;

  beforeAll(async () => {
    server = await startTestServer(backend);
    const { app } = buildApp({
      services: server.services,
      db: server.db.prisma,
      config: { nodeEnv: "test", cookieSecure: false, consoleDist: "console/dist" },
      leanGraphql: false,
    });
    const yogaServer = app.listen(0, "127.0.0.1");
    await new Promise<void>((done) => yogaServer.once("listening", () => done()));
    yogaUrl = `http://127.0.0.1:${(yogaServer.address() as AddressInfo).port}`;
    closeYoga = async () => {
      yogaServer.closeAllConnections();
      await new Promise<void>((done) => yogaServer.close(() => done()));
    };

    const ops = await server.as("OPS");
    const manager = await server.as("MANAGER");
    const integration = await server.integration();
    token = integration.token!;
    viewerCookie = (await server.as("VIEWER")).cookie!;
    await runningPilot(ops, await policyWithDrafts(ops, manager, "parity", 1), [0.5, 0.5]);
    await runningPilot(ops, await policyWithDrafts(ops, manager, "parity-agents", 1), [0.5, 0.5], { unit: "AGENT" });
    await runningPilot(ops, await policyWithDrafts(ops, manager, "parity-consent", 1), [0.5, 0.5], {
      consentRequired: true,
    });
    await runOk(ops, "createPolicy", {
      key: "parity-draft",
      name: "Never published",
      versionTitle: "First edition",
      content: SAMPLE_CONTENT,
    });
  });
  afterAll(async () => {
    await closeYoga?.();
    await server?.close();
  });

  async function post(url: string, body: string, headers: Record<string, string>): Promise<Answer> {
    const res = await fetch(`${url}/graphql`, { method: "POST", headers, body });
    const text = await res.text();
    // A consent link carries a fresh token on every ask: compare its shape, not its token.
    const normalized = text.replace(/\/beta\/[\w-]+/g, "/beta/<token>");
    return { status: res.status, type: res.headers.get("content-type"), body: JSON.parse(normalized) };
  }

  /** Sends the same request to both apps; returns the lean app's answer after checking Yoga's is identical. */
  async function both(
    input: Record<string, unknown> | string,
    auth: "token" | "viewer" | "none" = "token",
    extraHeaders: Record<string, string> = {},
    query = ASK,
  ): Promise<Answer & { viaLean: boolean }> {
    const body = typeof input === "string" ? input : JSON.stringify({ query, variables: { input } });
    const headers: Record<string, string> = { "content-type": "application/json", ...extraHeaders };
    if (auth === "token") headers.authorization = `Bearer ${token}`;
    // A cookie request carries the CSRF header, as the console sends it (ADR 0030).
    if (auth === "viewer") Object.assign(headers, { cookie: viewerCookie, "x-policy-pilot-csrf": "1" });
    const before = server.leanCounts().lean;
    const lean = await post(server.url, body, headers);
    const viaLean = server.leanCounts().lean === before + 1;
    const yoga = await post(yogaUrl, body, headers);
    expect(lean).toEqual(yoga);
    return { ...lean, viaLean };
  }

  it("answers success, known and new, identically and through the lean path", async () => {
    const first = await both({ policy: "parity", customerId: "p-1", agentId: "a-1", ticketId: "T-1" });
    expect(first.viaLean).toBe(true);
    expect(first.status).toBe(200);
    expect(first.type).toBe("application/json; charset=utf-8");
    const data = (first.body as { data: { policyFor: { __typename: string; data: Record<string, unknown> } } }).data
      .policyFor;
    expect(data.__typename).toBe("MutationPolicyForSuccess");
    expect(data.data).toMatchObject({ reason: "IN_PILOT", decidedBy: "CUSTOMER", agentGroup: null });
    expect(data.data.assignmentId).toMatch(/^asg_/);
    // The strict GraphQL media type is answered as Yoga answers it.
    const strict = await both({ policy: "parity", customerId: "p-1" }, "token", {
      accept: "application/graphql-response+json",
    });
    expect(strict.viaLean).toBe(true);
    expect(strict.type).toBe("application/graphql-response+json; charset=utf-8");
  });

  it("refuses anonymous callers and roles that may not ask, with the same NotAuthorizedError", async () => {
    const anonymous = await both({ policy: "parity", customerId: "p-2" }, "none");
    expect(anonymous.viaLean).toBe(true);
    expect(anonymous.body).toMatchObject({
      data: { policyFor: { __typename: "NotAuthorizedError", code: "NOT_AUTHORIZED", message: /Sign in first/ } },
    });
    const viewer = await both({ policy: "parity", customerId: "p-2" }, "viewer");
    expect(viewer.body).toMatchObject({
      data: { policyFor: { __typename: "NotAuthorizedError", message: /not allowed to do this/ } },
    });
    expect(await server.db.prisma.participant.count({ where: { externalId: "p-2" } })).toBe(0);
  });

  it("gives the same ValidationError, NotFoundError and InvalidStateError", async () => {
    const empty = await both({ policy: "parity", customerId: "   " });
    expect(empty.viaLean).toBe(true);
    expect(empty.body).toMatchObject({
      data: {
        policyFor: {
          __typename: "ValidationError",
          message: "input.customerId: must not be empty",
          issues: [{ path: ["input", "customerId"], message: "must not be empty" }],
        },
      },
    });
    const byAgent = await both({ policy: "parity-agents", customerId: "p-3" });
    expect(byAgent.body).toMatchObject({
      data: { policyFor: { __typename: "ValidationError", message: /assigns by agent; pass agentId/ } },
    });
    const missing = await both({ policy: "no-such-policy", customerId: "p-3" });
    expect(missing.body).toMatchObject({
      data: {
        policyFor: { __typename: "NotFoundError", message: "No policy (id or key) with id no-such-policy exists." },
      },
    });
    const unpublished = await both({ policy: "parity-draft", customerId: "p-3" });
    expect(unpublished.body).toMatchObject({
      data: { policyFor: { __typename: "InvalidStateError", code: "INVALID_STATE", message: /no published version/ } },
    });
  });

  it("answers a consent-pending customer identically (the published text and the beta link)", async () => {
    const pending = await both({ policy: "parity-consent", customerId: "p-4" });
    expect(pending.viaLean).toBe(true);
    expect(pending.body).toMatchObject({
      data: {
        policyFor: {
          __typename: "MutationPolicyForSuccess",
          data: { reason: "CONSENT_PENDING", source: "PUBLISHED", consentUrl: "http://surveys.test/beta/<token>" },
        },
      },
    });
  });

  it("hands what it does not run to Yoga: bad variables, invalid documents, Armor's limits, other bodies", async () => {
    const badVariables = await both({ policy: 3 });
    expect(badVariables.viaLean).toBe(false);
    expect(badVariables.status).toBe(400);
    const invalid = await both(JSON.stringify({ query: "mutation { policyFor(input: {}) { nope } }" }));
    expect(invalid.viaLean).toBe(false);
    expect(JSON.stringify(invalid.body)).toMatch(/Cannot query field \\"nope\\"/);
    const aliases = Array.from({ length: 25 }, (_, i) => `a${i}: policyFor(input: $input) { __typename }`).join(" ");
    const tooMany = await both(
      { policy: "parity", customerId: "p-5" },
      "token",
      {},
      `mutation($input: PolicyForInput!) { ${aliases} }`,
    );
    expect(tooMany.viaLean).toBe(false);
    expect(JSON.stringify(tooMany.body)).toMatch(/alias/i);
    expect(await server.db.prisma.participant.count({ where: { externalId: "p-5" } })).toBe(0);
    // Another operation than policyFor runs on Yoga, through the same URL.
    const other = await both(
      JSON.stringify({ query: OPS.createApiToken, variables: { input: { name: "x" } } }),
      "none",
    );
    expect(other.viaLean).toBe(false);
    expect(other.body).toMatchObject({ data: { createApiToken: { __typename: "NotAuthorizedError" } } });
  });

  it("runs the named operation of a document with several", async () => {
    const query = `query Other { __typename } ${ASK.replace("mutation(", "mutation Ask(")}`;
    const named = await both(
      JSON.stringify({ query, operationName: "Ask", variables: { input: { policy: "parity", customerId: "p-6" } } }),
    );
    expect(named.viaLean).toBe(true);
    expect(named.body).toMatchObject({ data: { policyFor: { data: { reason: "IN_PILOT" } } } });
  });
});
