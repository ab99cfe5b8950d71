import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../api/src/generated/prisma/enums.js";
import { fingerprint } from "../testkit/fingerprint.js";
import type { GqlClient } from "../testkit/graphql.js";
import { type OpName, policyWithDrafts, run, runningPilot, runOk } from "../testkit/operations.js";
import { startTestServer, type TestServer } from "../testkit/server.js";

/**
 * Every mutation × every kind of caller: allowed callers succeed; everyone else gets a typed NotAuthorizedError and
 * the database is byte-for-byte unchanged. Deny by default: the last test fails when a root field lacks authScopes.
 */
type Caller = Role | "INTEGRATION" | "ANONYMOUS";
const CALLERS: Caller[] = ["ADMIN", "OPS", "MANAGER", "AGENT", "VIEWER", "INTEGRATION", "ANONYMOUS"];

type Case = {
  op: OpName;
  allowed: Caller[];
  /** Builds a fresh target (as admin) and returns the input for one call. */
  input: (s: Setup) => Promise<Record<string, unknown>>;
};
type Setup = { admin: GqlClient; helpdesk: GqlClient; n: number; server: TestServer };

let counter = 0;
const uniq = (prefix: string) => `${prefix}-${++counter}`;

async function genericIntegration(s: Setup): Promise<string> {
  return (
    await runOk(s.admin, "connectHelpdesk", { vendor: "GENERIC", name: uniq("helpdesk"), secret: "authz-secret-1" })
  ).id;
}

async function publishedPolicy(s: Setup, drafts = 1) {
  return policyWithDrafts(s.admin, s.admin, uniq("authz"), drafts);
}

const CASES: Case[] = [
  {
    op: "createPolicy",
    allowed: ["ADMIN", "OPS"],
    input: async () => ({ key: uniq("new-policy"), name: "New policy", versionTitle: "First" }),
  },
  {
    op: "createPolicyVersion",
    allowed: ["ADMIN", "OPS"],
    input: async (s) => ({ policyId: (await publishedPolicy(s, 0)).policyId, title: "A draft" }),
  },
  {
    op: "updatePolicyVersion",
    allowed: ["ADMIN", "OPS"],
    input: async (s) => ({
      versionId: (await publishedPolicy(s, 1)).draftIds[0],
      baseRevision: 1,
      title: "Renamed draft",
    }),
  },
  {
    op: "publishPolicyVersion",
    allowed: ["ADMIN", "MANAGER"],
    input: async (s) => ({ versionId: (await publishedPolicy(s, 1)).draftIds[0] }),
  },
  {
    op: "createPilot",
    allowed: ["ADMIN", "OPS"],
    input: async (s) => {
      const p = await publishedPolicy(s, 1);
      return {
        policyId: p.policyId,
        name: "Pilot",
        control: { weight: 0.5 },
        treatments: [{ key: "b", name: "B", policyVersionId: p.draftIds[0], weight: 0.5 }],
      };
    },
  },
  {
    op: "startPilot",
    allowed: ["ADMIN", "OPS"],
    input: async (s) => {
      const p = await publishedPolicy(s, 1);
      const pilot = await runOk(s.admin, "createPilot", {
        policyId: p.policyId,
        name: "Pilot",
        control: { weight: 0.5 },
        treatments: [{ key: "b", name: "B", policyVersionId: p.draftIds[0], weight: 0.5 }],
      });
      return { pilotId: pilot.id };
    },
  },
  {
    op: "pausePilot",
    allowed: ["ADMIN", "OPS"],
    input: async (s) => runningPilot(s.admin, await publishedPolicy(s, 1), [0.5, 0.5]),
  },
  {
    op: "updatePilotWeights",
    allowed: ["ADMIN", "OPS"],
    input: async (s) => ({
      ...(await runningPilot(s.admin, await publishedPolicy(s, 1), [0.5, 0.5])),
      weights: [
        { key: "control", weight: 0.2 },
        { key: "variant-1", weight: 0.8 },
      ],
    }),
  },
  {
    op: "policyFor",
    allowed: ["ADMIN", "OPS", "AGENT", "INTEGRATION"],
    input: async (s) => {
      const p = await publishedPolicy(s, 1);
      await runningPilot(s.admin, p, [0.5, 0.5]);
      const policy = await s.admin.ok(`query($id: String!) { policy(idOrKey: $id) { key } }`, { id: p.policyId });
      return { policy: policy.policy.key, customerId: uniq("customer") };
    },
  },
  {
    op: "submitFeedback",
    allowed: ["ADMIN", "INTEGRATION"],
    input: async (s) => {
      const p = await publishedPolicy(s, 1);
      await runningPilot(s.admin, p, [0.5, 0.5]);
      const policy = await s.admin.ok(`query($id: String!) { policy(idOrKey: $id) { key } }`, { id: p.policyId });
      const applied = await runOk(s.helpdesk, "policyFor", { policy: policy.policy.key, customerId: uniq("customer") });
      return { assignmentId: applied.assignmentId, csat: 4 };
    },
  },
  {
    op: "promoteVariant",
    allowed: ["ADMIN", "MANAGER"],
    input: async (s) => ({
      ...(await runningPilot(s.admin, await publishedPolicy(s, 1), [0.5, 0.5])),
      variantKey: "variant-1",
      rationale: "Clear improvement on CSAT.",
    }),
  },
  {
    op: "rateVariant",
    allowed: ["ADMIN", "OPS", "MANAGER", "AGENT"],
    input: async (s) => {
      const { pilotId } = await runningPilot(s.admin, await publishedPolicy(s, 1), [0.5, 0.5]);
      const variant = await s.server.db.prisma.pilotVariant.findFirstOrThrow({ where: { pilotId, isControl: false } });
      return { variantId: variant.id, clarity: 4, workability: 4, comment: "Clear enough." };
    },
  },
  {
    op: "setUserHelpdeskAgentId",
    allowed: ["ADMIN"],
    input: async (s) => {
      const user = await s.server.db.prisma.user.findFirstOrThrow({ where: { role: "VIEWER" } });
      return { userId: user.id, helpdeskAgentId: uniq("helpdesk-agent") };
    },
  },
  {
    op: "createApiToken",
    allowed: ["ADMIN"],
    input: async () => ({ name: uniq("token") }),
  },
  {
    op: "connectHelpdesk",
    allowed: ["ADMIN"],
    input: async () => ({ vendor: "ZENDESK", name: uniq("zendesk"), secret: "zendesk-secret-123" }),
  },
  {
    op: "updateIntegration",
    allowed: ["ADMIN"],
    input: async (s) => ({ integrationId: await genericIntegration(s), surveyThrottleDays: 30 }),
  },
  {
    op: "disableIntegration",
    allowed: ["ADMIN"],
    input: async (s) => ({ integrationId: await genericIntegration(s) }),
  },
  {
    op: "enableIntegration",
    allowed: ["ADMIN"],
    input: async (s) => {
      const integrationId = await genericIntegration(s);
      await runOk(s.admin, "disableIntegration", { integrationId });
      return { integrationId };
    },
  },
  {
    op: "recordInteractionEvent",
    allowed: ["ADMIN", "INTEGRATION"],
    input: async (s) => ({
      integrationId: await genericIntegration(s),
      event: {
        id: uniq("event"),
        type: "ticket.created",
        ticketId: uniq("ticket"),
        occurredAt: new Date().toISOString(),
      },
    }),
  },
  {
    op: "retryWebhookEvent",
    allowed: ["ADMIN"],
    input: async (s) => {
      const integrationId = await genericIntegration(s);
      const recorded = await runOk(s.helpdesk, "recordInteractionEvent", {
        integrationId,
        event: {
          id: uniq("event"),
          type: "ticket.created",
          ticketId: uniq("ticket"),
          occurredAt: new Date().toISOString(),
        },
      });
      // Let its background processing finish, then make it a failed event (as five failed attempts would).
      await s.server.services.jobs.idle();
      await s.server.db.prisma.webhookEvent.update({
        where: { id: recorded.eventId },
        data: { status: "FAILED", attempts: 5, lastError: "simulated" },
      });
      return { eventId: recorded.eventId };
    },
  },
  {
    op: "saveDisclosure",
    allowed: ["ADMIN", "OPS"],
    input: async (s) => {
      const p = await publishedPolicy(s, 1);
      const pilot = await runOk(s.admin, "createPilot", {
        policyId: p.policyId,
        name: "Consent pilot",
        consentRequired: true,
        control: { weight: 0.5 },
        treatments: [{ key: "b", name: "B", policyVersionId: p.draftIds[0], weight: 0.5 }],
      });
      const text = {
        whatChanges: "Faster refunds.",
        duration: "Six weeks.",
        dataKept: "Ratings.",
        howToLeave: "The link.",
      };
      return { pilotId: pilot.id, en: text, sv: text };
    },
  },
  {
    op: "optOutCustomer",
    allowed: ["ADMIN", "OPS", "AGENT", "INTEGRATION"],
    input: async (s) => {
      const p = await publishedPolicy(s, 1);
      const { pilotId } = await runningPilot(s.admin, p, [0.5, 0.5]);
      const policy = await s.admin.ok(`query($id: String!) { policy(idOrKey: $id) { key } }`, { id: p.policyId });
      const customerId = uniq("customer");
      await runOk(s.helpdesk, "policyFor", { policy: policy.policy.key, customerId });
      return { pilotId, customerId };
    },
  },
  {
    op: "eraseCustomer",
    allowed: ["ADMIN"],
    input: async () => ({ customerId: uniq("erasable") }),
  },
  {
    op: "revokeApiToken",
    allowed: ["ADMIN"],
    input: async (s) => ({ tokenId: (await runOk(s.admin, "createApiToken", { name: uniq("revocable") })).id }),
  },
];

describe("authorization matrix (PGlite)", () => {
  let server: TestServer;
  let setup: Setup;
  const clients = new Map<Caller, GqlClient>();

  beforeAll(async () => {
    server = await startTestServer("pglite");
    setup = { admin: await server.as("ADMIN"), helpdesk: await server.integration(), n: 0, server };
    for (const caller of CALLERS) {
      if (caller === "INTEGRATION") clients.set(caller, await server.integration());
      else if (caller === "ANONYMOUS") clients.set(caller, server.anonymous());
      else clients.set(caller, await server.as(caller));
    }
  });
  afterAll(async () => server?.close());

  for (const testCase of CASES) {
    for (const caller of CALLERS) {
      const allowed = testCase.allowed.includes(caller);
      it(`${testCase.op} by ${caller} is ${allowed ? "allowed" : "refused"}`, async () => {
        const input = await testCase.input(setup);
        await server.services.jobs.idle();
        const before = await fingerprint(server.db);
        const result = await run(clients.get(caller)!, testCase.op, input);
        if (allowed) {
          expect(result.__typename, JSON.stringify(result)).toMatch(/Success$/);
          expect(await fingerprint(server.db)).not.toEqual(before);
        } else {
          expect(result.__typename).toBe("NotAuthorizedError");
          expect(result.code).toBe("NOT_AUTHORIZED");
          expect(result.message).toMatch(caller === "ANONYMOUS" ? /Sign in first/ : /not allowed/);
          expect(await fingerprint(server.db)).toEqual(before);
        }
      });
    }
  }

  it("refuses reads to anonymous callers and pilot reads to integration tokens", async () => {
    const anonymous = await clients.get("ANONYMOUS")!.execute(`{ policies(first: 1) { edges { node { id } } } }`);
    expect(anonymous.body.errors[0].message).toMatch(/Sign in first/);
    const token = await clients.get("INTEGRATION")!.execute(`{ pilots(first: 1) { edges { node { id } } } }`);
    expect(token.body.errors[0].message).toMatch(/not allowed/);
    await runningPilot(setup.admin, await publishedPolicy(setup, 1), [0.5, 0.5]);
    const viewer = await clients.get("VIEWER")!.ok(`{ pilots(first: 1) { totalCount } }`);
    expect(viewer.pilots.totalCount).toBeGreaterThan(0);
  });

  it("lets an integration read back the feedback it submits, and no other feedback by id; node of an unknown id is null", async () => {
    const setup2 = await publishedPolicy(setup, 1);
    const pilot = await runningPilot(setup.admin, setup2, [0.5, 0.5]);
    expect(pilot).toBeTruthy();
    const helpdesk = clients.get("INTEGRATION")!;
    const policy = (
      await setup.admin.ok(`query($id: ID!) { node(id: $id) { ... on Policy { key } } }`, { id: setup2.policyId })
    ).node.key;
    const answer = await runOk(helpdesk, "policyFor", { policy, customerId: uniq("customer") });
    const submitted = await runOk(helpdesk, "submitFeedback", {
      assignmentId: answer.assignmentId,
      csat: 4,
      comment: "fine",
    });
    expect(submitted.feedback).toMatchObject({ csat: 4 });
    const byId = `query($id: ID!) { node(id: $id) { ... on Feedback { csat comment } } }`;
    // Another request of the same token, and another integration's token: refused.
    for (const token of [helpdesk, await server.integration()]) {
      const res = await token.execute(byId, { id: submitted.feedback.id });
      expect(res.body.data?.node ?? null).toBeNull();
      expect(res.body.errors[0].message).toMatch(/not allowed/);
    }
    expect((await clients.get("VIEWER")!.ok(byId, { id: submitted.feedback.id })).node).toEqual({
      csat: 4,
      comment: "fine",
    });
    for (const id of ["fb_nope", "zzz_1", "usr_1", "no-prefix", ""]) {
      const unknown = await clients.get("VIEWER")!.execute(`query($id: ID!) { node(id: $id) { id } }`, { id });
      expect(unknown.body, `${id}: ${JSON.stringify(unknown.body)}`).toEqual({ data: { node: null } });
    }
    // The list that routes ids to node types is the schema's list of Node implementations.
    const { schema } = await import("../../api/src/schema/index.js");
    const { NODE_TYPENAMES } = await import("../../api/src/schema/builder.js");
    const node = schema.getType("Node") as import("graphql").GraphQLInterfaceType;
    const implementations = schema
      .getImplementations(node)
      .objects.map((o) => o.name)
      .sort();
    expect([...NODE_TYPENAMES].sort()).toEqual(implementations);
  });

  it("declares authScopes on every root field (deny by default)", async () => {
    const { schema } = await import("../../api/src/schema/index.js");
    const missing: string[] = [];
    for (const type of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const field of Object.values(type.getFields())) {
        const options = (field.extensions as { pothosOptions?: { authScopes?: unknown } }).pothosOptions;
        if (!options?.authScopes) missing.push(`${type.name}.${field.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
