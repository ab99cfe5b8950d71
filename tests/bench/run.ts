// `npm run bench`: throughput of the hot path (policyFor over HTTP) against a same-run Koa baseline, printed as
// figures and ratios to the design targets. Benchmarks report; they do not fail the build (machines are noisy).
import { type ChildProcess, spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import autocannon from "autocannon";
import { postgresRunner } from "../../api/src/db/sql-runner.js";
import { newId } from "../../api/src/lib/ids.js";
import { newLinkToken } from "../../api/src/lib/link-token.js";
import { DEMO_PASSWORD } from "../../api/src/seed/demo-seed.js";
import { insertRows } from "../../api/src/seed/insert-rows.js";
import { GqlClient } from "../testkit/graphql.js";
import { runOk } from "../testkit/operations.js";
import { adminQuery, databaseUrl, postgresReachable } from "../testkit/postgres.js";
import { freePort, startServerProcess } from "../testkit/process.js";
import { benchAudienceImport } from "./audience-import.js";

/** Design target (issue 2): ~10 k policyFor/s on one core where Koa alone does ~30 k → a third of Koa's rate. */
const TARGET_RATIO = 10_000 / 30_000;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 20;

/** Webhook ingestion target (issue 6): at least half of a Koa + one-INSERT baseline, p99 under 50 ms. */
const WEBHOOK_TARGET_RATIO = 0.5;
const WEBHOOK_P99_MS = 50;
/** Survey submission target (issue 7): at least 80 % of the Koa + one-INSERT baseline. */
const SURVEY_TARGET_RATIO = 0.8;

/**
 * Makes `count` open survey invitations for the running demo pilot's assignments (an interaction each, SENT, valid
 * for a week) and returns their link tokens; only the tokens' hashes are stored, as the product does.
 */
async function surveyLinks(url: string, integrationId: string, count: number): Promise<string[]> {
  const sql = postgresRunner(url);
  try {
    const assignments = await sql.query<{ id: string; pilot_id: string; variant_id: string }>(
      `SELECT a.id, a.pilot_id, a.variant_id FROM assignments a JOIN pilots p ON p.id = a.pilot_id WHERE p.status = 'RUNNING'`,
    );
    const now = new Date();
    const interactions: unknown[][] = [];
    const invitations: unknown[][] = [];
    const links: unknown[][] = [];
    const tokens: string[] = [];
    for (let i = 0; i < count; i++) {
      const a = assignments[i % assignments.length]!;
      const interactionId = newId("interaction");
      const invitationId = newId("invitation");
      const { token, hash } = newLinkToken();
      tokens.push(token);
      interactions.push([interactionId, integrationId, `bench-survey-${i}`, true, a.pilot_id, a.variant_id, a.id]);
      invitations.push([
        invitationId,
        interactionId,
        `bench-${i}`,
        a.pilot_id,
        a.variant_id,
        a.id,
        "SENT",
        "HELPDESK",
        now,
        new Date(now.getTime() + 7 * 86_400_000),
      ]);
      links.push([hash, invitationId, "RESPONSE", now]);
    }
    await insertRows(
      sql,
      "interactions",
      ["id", "integration_id", "ticket_external_id", "is_solved", "pilot_id", "variant_id", "assignment_id"],
      interactions,
    );
    await insertRows(
      sql,
      "survey_invitations",
      [
        "id",
        "interaction_id",
        "customer_external_id",
        "pilot_id",
        "variant_id",
        "assignment_id",
        "decision",
        "delivery",
        "created_at",
        "expires_at",
      ],
      invitations,
    );
    await insertRows(sql, "survey_tokens", ["token_hash", "invitation_id", "channel", "issued_at"], links);
    return tokens;
  } finally {
    await sql.close();
  }
}

async function startBaseline(
  script = "tests/bench/koa-baseline.mjs",
  env: Record<string, string> = {},
): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, PORT: String(port), ...env },
  });
  await new Promise<void>((resolve) => child.stdout?.once("data", () => resolve()));
  return { url: `http://127.0.0.1:${port}`, child };
}

async function measureFull(title: string, options: autocannon.Options) {
  const result = await autocannon({ duration: DURATION_S, connections: CONNECTIONS, ...options });
  const errors = result.errors + result.non2xx;
  console.log(
    `${title.padEnd(44)} ${Math.round(result.requests.average).toString().padStart(7)} req/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms${errors ? `   ${errors} errors` : ""}`,
  );
  return { rate: result.requests.average, p99: result.latency.p99, errors };
}

async function measure(title: string, options: autocannon.Options): Promise<number> {
  return (await measureFull(title, options)).rate;
}

function policyForBody(customerId: string): string {
  return JSON.stringify({
    query: `mutation($i: PolicyForInput!) { policyFor(input: $i) { __typename ... on MutationPolicyForSuccess { data { variantKey assignmentId } } } }`,
    variables: { i: { policy: "returns-and-refunds", customerId, agentId: "agent-01" } },
  });
}

const baseline = await startBaseline();
// BENCH_DATABASE_URL=postgresql://… measures against a PostgreSQL server (an empty database) instead of PGlite.
const app = await startServerProcess({
  PGLITE_DIR: ":memory:",
  ...(process.env.BENCH_DATABASE_URL ? { DATABASE_URL: process.env.BENCH_DATABASE_URL } : {}),
  SEED_DEMO: "auto",
  LOG_LEVEL: "error",
});
try {
  const admin = new GqlClient(app.url);
  await admin.login("admin@demo.policy-pilot.test", DEMO_PASSWORD);
  const token = await runOk(admin, "createApiToken", { name: "bench" });
  const headers = {
    "content-type": "application/json",
    "x-policy-pilot-csrf": "1",
    authorization: `Bearer ${token.secret}`,
  };

  console.log(
    `\nnpm run bench — ${DURATION_S} s each, ${CONNECTIONS} connections, server in its own process (${process.env.BENCH_DATABASE_URL ? "PostgreSQL" : "PGlite in memory"})\n`,
  );
  const koa = await measure("Koa baseline (JSON hello)", { url: baseline.url });
  let known = 0;
  const knownRate = await measure("policyFor, known customers (sticky read)", {
    url: `${app.url}/graphql`,
    method: "POST",
    headers,
    requests: [
      {
        setupRequest: (req) => ({
          ...req,
          body: policyForBody(`cust-${String((known++ % 1200) + 1).padStart(4, "0")}`),
        }),
      },
    ],
  });
  let fresh = 0;
  const newRate = await measure("policyFor, new customers (assign + store)", {
    url: `${app.url}/graphql`,
    method: "POST",
    headers,
    requests: [{ setupRequest: (req) => ({ ...req, body: policyForBody(`bench-${fresh++}`) }) }],
  });
  console.log("");
  for (const [label, rate] of [
    ["known customers", knownRate],
    ["new customers", newRate],
  ] as const) {
    const ratio = rate / koa;
    console.log(
      `${label.padEnd(16)} ratio to Koa ${ratio.toFixed(3)}   target ≥ ${TARGET_RATIO.toFixed(3)}   ${ratio >= TARGET_RATIO ? "MEETS TARGET" : "BELOW TARGET"}`,
    );
  }
} finally {
  await app.stop();
  baseline.child.kill();
}

// Webhook ingestion on PostgreSQL: signed Zendesk events (each a new event id, so each is stored) against Koa + one
// INSERT into the same server, in the same run. Uses BENCH_DATABASE_URL, or a scratch database on 127.0.0.1:5432.
const scratch = process.env.BENCH_DATABASE_URL ? null : `policy_pilot_bench_${process.pid}`;
if (scratch && (await postgresReachable())) {
  console.log("\nWebhook ingestion skipped: no PostgreSQL at 127.0.0.1:5432 and BENCH_DATABASE_URL is unset.");
} else {
  if (scratch) await adminQuery(`CREATE DATABASE ${scratch}`);
  const url = process.env.BENCH_DATABASE_URL ?? databaseUrl(scratch!);
  const insertBaseline = await startBaseline("tests/bench/koa-insert-baseline.mjs", { DATABASE_URL: url });
  const server = await startServerProcess({
    DATABASE_URL: url,
    SEED_DEMO: "auto",
    LOG_LEVEL: "error",
    // The load comes from one address: lift the public pages' per-address limit for the survey measurement.
    PUBLIC_RATE_LIMIT: "100000000/20",
  });
  try {
    const admin = new GqlClient(server.url);
    await admin.login("admin@demo.policy-pilot.test", DEMO_PASSWORD);
    const secret = "bench-zendesk-secret";
    const zendesk = await runOk(admin, "connectHelpdesk", { vendor: "ZENDESK", name: "bench", secret });
    const path = new URL(zendesk.webhookUrl).pathname;
    let n = 0;
    const signedEvent = () => {
      const i = n++;
      const body = JSON.stringify({
        type: "zen:event-type:ticket.created",
        id: `bench-${process.pid}-${i}`,
        time: new Date().toISOString(),
        account_id: 22129848,
        subject: `zen:ticket:${i}`,
        detail: {
          id: String(100_000 + i),
          requester_id: `cust-${(i % 1200) + 1}`,
          assignee_id: "agent-01",
          via: { channel: "email" },
          tags: ["bench"],
        },
        event: {},
      });
      const ts = new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
      const sig = createHmac("sha256", secret)
        .update(ts + body)
        .digest("base64");
      return {
        body,
        headers: {
          "content-type": "application/json",
          "x-zendesk-webhook-signature": sig,
          "x-zendesk-webhook-signature-timestamp": ts,
        },
      };
    };
    console.log(`\nWebhook ingestion on PostgreSQL — ${DURATION_S} s each, ${CONNECTIONS} connections\n`);
    const base = await measureFull("Koa + one INSERT (baseline)", {
      url: insertBaseline.url,
      method: "POST",
      headers: { "content-type": "application/json" },
      requests: [{ setupRequest: (req) => ({ ...req, body: signedEvent().body }) }],
    });
    const hook = await measureFull("signed Zendesk events (verify, store once)", {
      url: `${server.url}${path}`,
      method: "POST",
      requests: [{ setupRequest: (req) => ({ ...req, ...signedEvent() }) }],
    });
    const ratio = hook.rate / base.rate;
    console.log(
      `\nwebhooks ratio to baseline ${ratio.toFixed(3)}   target ≥ ${WEBHOOK_TARGET_RATIO}   p99 ${hook.p99} ms (target < ${WEBHOOK_P99_MS})   ${ratio >= WEBHOOK_TARGET_RATIO && hook.p99 < WEBHOOK_P99_MS ? "MEETS TARGET" : "BELOW TARGET"}`,
    );

    // Survey answers through the public page: each request answers a different invitation (its first answer).
    const tokens = await surveyLinks(url, zendesk.id, 40_000);
    let next = 0;
    const survey = await measureFull("survey answers (POST /s/<token>, stored)", {
      url: server.url,
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      requests: [
        {
          setupRequest: (req) => ({
            ...req,
            path: `/s/${tokens[next++ % tokens.length]}`,
            body: "csat=5&nps=9&ces=2&comment=bench",
          }),
        },
      ],
    });
    const surveyRatio = survey.rate / base.rate;
    console.log(
      `\nsurvey answers ratio to baseline ${surveyRatio.toFixed(3)}   target ≥ ${SURVEY_TARGET_RATIO}   ${surveyRatio >= SURVEY_TARGET_RATIO ? "MEETS TARGET" : "BELOW TARGET"}${next > tokens.length ? "   (more requests than links: some answered twice)" : ""}`,
    );
    // CSV import of 1 M customers against a raw 500-row INSERT loop (issue 9; BENCH_IMPORT_ROWS to change the size).
    await benchAudienceImport(server, url);
  } finally {
    await server.stop();
    insertBaseline.child.kill();
    if (scratch) await adminQuery(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
  }
}
