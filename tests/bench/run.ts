// `npm run bench`: throughput of the hot path (policyFor over HTTP) against a same-run Koa baseline, printed as
// figures and ratios to the design targets. Benchmarks report; they do not fail the build (machines are noisy).
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
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
import { canPin, freePort, pinnedNode, startServerProcess } from "../testkit/process.js";
import { benchAudienceImport } from "./audience-import.js";
import { benchResults } from "./results.js";

/** Design target (issues 2 and 9): policyFor at a third of bare Koa's rate, p99 under 10 ms at 50 connections. */
const TARGET_RATIO = 1 / 3;
const POLICY_FOR_P99_MS = 10;
const POLICY_FOR_CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 20;
/**
 * The servers (and the Koa baseline) run pinned to core 0, this process — autocannon, the load generator — to
 * core 1, so that the load generator never takes the server's core. Without taskset they are separate processes.
 */
const SERVER_CPUS = "0";
if (canPin()) execFileSync("taskset", ["-pc", "1", String(process.pid)], { stdio: "ignore" });

/** Webhook ingestion target (issue 6): at least half of a Koa + one-INSERT baseline, p99 under 50 ms. */
const WEBHOOK_TARGET_RATIO = 0.5;
const WEBHOOK_P99_MS = 50;
/** Survey submission target (issue 7): at least 80 % of the Koa + one-INSERT baseline. */
const SURVEY_TARGET_RATIO = 0.8;
/** submitFeedback target (issue 7): at least 80 % of a Koa + Yoga + one-INSERT baseline. */
const FEEDBACK_TARGET_RATIO = 0.8;

/** Waits until the background drain has processed every stored webhook event (so the next figure is not shared). */
async function drained(url: string, timeoutMs = 120_000): Promise<void> {
  const sql = postgresRunner(url);
  try {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const [row] = await sql.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM webhook_events WHERE status = 'PENDING'",
      );
      if (!row?.n) return;
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    await sql.close();
  }
}

function submitFeedbackBody(assignmentId: string, i: number): string {
  return JSON.stringify({
    query: `mutation($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { __typename ... on MutationSubmitFeedbackSuccess { data { duplicate feedback { id csat nps } } } } }`,
    variables: { i: { assignmentId, csat: (i % 5) + 1, nps: i % 11, idempotencyKey: `bench-${process.pid}-${i}` } },
  });
}

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
  const [command, args] = pinnedNode([script], SERVER_CPUS);
  const child = spawn(command, args, {
    env: { ...process.env, PORT: String(port), ...env },
  });
  await new Promise<void>((resolve) => child.stdout?.once("data", () => resolve()));
  return { url: `http://127.0.0.1:${port}`, child };
}

async function measureFull(title: string, options: autocannon.Options) {
  const result = await autocannon({ duration: DURATION_S, connections: CONNECTIONS, ...options });
  if (result.non2xx && result.statusCodeStats) console.log(`  status codes: ${JSON.stringify(result.statusCodeStats)}`);
  const errors = result.errors + result.non2xx;
  console.log(
    `${title.padEnd(44)} ${Math.round(result.requests.average).toString().padStart(7)} req/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms${errors ? `   ${errors} errors` : ""}`,
  );
  return { rate: result.requests.average, p99: result.latency.p99, errors };
}

function policyForBody(customerId: string): string {
  return JSON.stringify({
    query: `mutation($i: PolicyForInput!) { policyFor(input: $i) { __typename ... on MutationPolicyForSuccess { data { variantKey assignmentId } } } }`,
    variables: { i: { policy: "returns-and-refunds", customerId, agentId: "agent-01" } },
  });
}

/**
 * policyFor through the lean GraphQL path (docs/adr/0024) on one backend: known customers (the demo's 1 200, whose
 * assignments are stored) and new customers (assign + store, group-committed), 50 connections, against the same
 * run's Koa baseline. Every 200 answer is durable (the answer waits for its commit, ADR 0025).
 */
async function benchPolicyFor(label: string, env: Record<string, string>, koa: number) {
  const app = await startServerProcess({ ...env, SEED_DEMO: "auto", LOG_LEVEL: "error" }, 300_000, {
    cpus: SERVER_CPUS,
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
    console.log(`\npolicyFor on ${label} — ${DURATION_S} s each, ${POLICY_FOR_CONNECTIONS} connections\n`);
    let known = 0;
    const knownRun = await measureFull("policyFor, known customers (sticky)", {
      url: `${app.url}/graphql`,
      method: "POST",
      headers,
      connections: POLICY_FOR_CONNECTIONS,
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
    const newRun = await measureFull("policyFor, new customers (assign + store)", {
      url: `${app.url}/graphql`,
      method: "POST",
      headers,
      connections: POLICY_FOR_CONNECTIONS,
      requests: [{ setupRequest: (req) => ({ ...req, body: policyForBody(`bench-${process.pid}-${fresh++}`) }) }],
    });
    console.log("");
    for (const [name, run] of [
      ["known customers", knownRun],
      ["new customers", newRun],
    ] as const) {
      const ratio = run.rate / koa;
      const meets = ratio >= TARGET_RATIO && run.p99 < POLICY_FOR_P99_MS && run.errors === 0;
      console.log(
        `${label.padEnd(10)} ${name.padEnd(16)} ratio to Koa ${ratio.toFixed(3)} (target ≥ ${TARGET_RATIO.toFixed(3)})   p99 ${run.p99} ms (target < ${POLICY_FOR_P99_MS})   ${meets ? "MEETS TARGET" : "BELOW TARGET"}`,
      );
    }
  } finally {
    await app.stop();
  }
}

const baseline = await startBaseline();
let koa: number;
try {
  console.log(
    `\nnpm run bench — ${DURATION_S} s each; servers in their own processes${canPin() ? `, pinned to core ${SERVER_CPUS} (load generator on core 1)` : " (taskset not available: not pinned)"}\n`,
  );
  koa = (
    await measureFull(`Koa baseline (JSON hello, ${POLICY_FOR_CONNECTIONS} connections)`, {
      url: baseline.url,
      connections: POLICY_FOR_CONNECTIONS,
    })
  ).rate;
} finally {
  baseline.child.kill();
}
await benchPolicyFor("PGlite", { PGLITE_DIR: ":memory:" }, koa);
// PostgreSQL: BENCH_DATABASE_URL (an empty database), or a scratch database on 127.0.0.1:5432.
const policyScratch = process.env.BENCH_DATABASE_URL ? null : `policy_pilot_bench_pf_${process.pid}`;
if (policyScratch && (await postgresReachable())) {
  console.log("\npolicyFor on PostgreSQL skipped: no PostgreSQL at 127.0.0.1:5432 and BENCH_DATABASE_URL is unset.");
} else {
  if (policyScratch) await adminQuery(`CREATE DATABASE ${policyScratch}`);
  try {
    await benchPolicyFor(
      "PostgreSQL",
      { DATABASE_URL: process.env.BENCH_DATABASE_URL ?? databaseUrl(policyScratch!) },
      koa,
    );
  } finally {
    if (policyScratch) await adminQuery(`DROP DATABASE IF EXISTS ${policyScratch} WITH (FORCE)`);
  }
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
    await drained(url);
    const surveyBase = await measureFull("Koa + one INSERT (baseline, again)", {
      url: insertBaseline.url,
      method: "POST",
      headers: { "content-type": "application/json" },
      requests: [{ setupRequest: (req) => ({ ...req, body: signedEvent().body }) }],
    });
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
    const surveyRatio = survey.rate / surveyBase.rate;
    console.log(
      `\nsurvey answers ratio to baseline ${surveyRatio.toFixed(3)}   target ≥ ${SURVEY_TARGET_RATIO}   ${surveyRatio >= SURVEY_TARGET_RATIO ? "MEETS TARGET" : "BELOW TARGET"}${next > tokens.length ? "   (more requests than links: some answered twice)" : ""}`,
    );

    // submitFeedback over GraphQL with an API token (a new idempotency key each) against Koa + Yoga + one INSERT.
    const yogaBaseline = await startBaseline("tests/bench/koa-yoga-insert-baseline.mjs", { DATABASE_URL: url });
    try {
      const apiToken = await runOk(admin, "createApiToken", { name: "bench feedback" });
      const sql = postgresRunner(url);
      const assignments = await sql
        .query<{ id: string }>(
          `SELECT a.id FROM assignments a JOIN pilots p ON p.id = a.pilot_id WHERE p.status = 'RUNNING' AND a.withdrawn_at IS NULL`,
        )
        .finally(() => sql.close());
      let rated = 0;
      const yogaBase = await measureFull("Koa + Yoga + one INSERT (baseline)", {
        url: `${yogaBaseline.url}/graphql`,
        method: "POST",
        headers: { "content-type": "application/json" },
        requests: [
          {
            setupRequest: (req) => {
              const i = rated++;
              return {
                ...req,
                body: JSON.stringify({
                  query: "mutation($i: RateInput!) { rate(input: $i) { id csat nps } }",
                  variables: {
                    i: { assignmentId: assignments[i % assignments.length]!.id, csat: (i % 5) + 1, nps: i % 11 },
                  },
                }),
              };
            },
          },
        ],
      });
      const feedback = await measureFull("submitFeedback (GraphQL, API token)", {
        url: `${server.url}/graphql`,
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-policy-pilot-csrf": "1",
          authorization: `Bearer ${apiToken.secret}`,
        },
        requests: [
          {
            setupRequest: (req) => {
              const i = rated++;
              return { ...req, body: submitFeedbackBody(assignments[i % assignments.length]!.id, i) };
            },
          },
        ],
      });
      const feedbackRatio = feedback.rate / yogaBase.rate;
      console.log(
        `\nsubmitFeedback ratio to baseline ${feedbackRatio.toFixed(3)}   target ≥ ${FEEDBACK_TARGET_RATIO}   ${feedbackRatio >= FEEDBACK_TARGET_RATIO && !feedback.errors ? "MEETS TARGET" : "BELOW TARGET"}`,
      );
    } finally {
      yogaBaseline.child.kill();
    }

    // CSV import of 1 M customers against a raw 500-row INSERT loop (issue 9; BENCH_IMPORT_ROWS to change the size).
    await benchAudienceImport(server, url);
  } finally {
    await server.stop();
    insertBaseline.child.kill();
    if (scratch) await adminQuery(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
  }
}

// Results at volume (issue 8): tests/bench/results.ts.
await benchResults();
