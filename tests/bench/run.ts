// `npm run bench`: throughput of the hot path (policyFor over HTTP) against a same-run Koa baseline, printed as
// figures and ratios to the design targets. Benchmarks report; they do not fail the build (machines are noisy).
import { type ChildProcess, spawn } from "node:child_process";
import autocannon from "autocannon";
import { DEMO_PASSWORD } from "../../api/src/seed/demo-seed.js";
import { GqlClient } from "../testkit/graphql.js";
import { runOk } from "../testkit/operations.js";
import { freePort, startServerProcess } from "../testkit/process.js";

/** Design target (issue 2): ~10 k policyFor/s on one core where Koa alone does ~30 k → a third of Koa's rate. */
const TARGET_RATIO = 10_000 / 30_000;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 20;

async function startBaseline(): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ["tests/bench/koa-baseline.mjs"], {
    env: { ...process.env, PORT: String(port) },
  });
  await new Promise<void>((resolve) => child.stdout?.once("data", () => resolve()));
  return { url: `http://127.0.0.1:${port}`, child };
}

async function measure(title: string, options: autocannon.Options): Promise<number> {
  const result = await autocannon({ duration: DURATION_S, connections: CONNECTIONS, ...options });
  const errors = result.errors + result.non2xx;
  console.log(
    `${title.padEnd(44)} ${Math.round(result.requests.average).toString().padStart(7)} req/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms${errors ? `   ${errors} errors` : ""}`,
  );
  return result.requests.average;
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
