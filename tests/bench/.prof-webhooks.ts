import { createHmac } from "node:crypto";
import autocannon from "autocannon";
import { DEMO_PASSWORD } from "../../api/src/seed/demo-seed.js";
import { GqlClient } from "../testkit/graphql.js";
import { runOk } from "../testkit/operations.js";
import { adminQuery, databaseUrl } from "../testkit/postgres.js";

const scratch = `policy_pilot_prof_${process.pid}`;
await adminQuery(`CREATE DATABASE ${scratch}`);

import { spawn } from "node:child_process";

const child = spawn(
  process.execPath,
  ["--cpu-prof", "--cpu-prof-dir=/tmp/prof", "--import", "tsx", "api/src/main.ts"],
  {
    env: {
      ...process.env,
      PORT: "4599",
      DATABASE_URL: databaseUrl(scratch),
      SEED_DEMO: "auto",
      LOG_LEVEL: "error",
      BUILD_CONSOLE: "never",
    },
    stdio: "inherit",
  },
);
for (;;) {
  try {
    if ((await fetch("http://127.0.0.1:4599/healthz")).ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 300));
}
await new Promise((r) => setTimeout(r, 1500));
const server = {
  url: "http://127.0.0.1:4599",
  stop: () =>
    new Promise((r) => {
      child.once("exit", r);
      child.kill("SIGTERM");
    }),
};
const admin = new GqlClient(server.url);
await admin.login("admin@demo.policy-pilot.test", DEMO_PASSWORD);
const secret = "bench-zendesk-secret";
const zendesk = await runOk(admin, "connectHelpdesk", { vendor: "ZENDESK", name: "bench", secret });
let n = 0;
const r = await autocannon({
  url: zendesk.webhookUrl.replace("http://127.0.0.1:4000", server.url).replace(/^http:\/\/[^/]+/, server.url),
  duration: 8,
  connections: 20,
  method: "POST",
  requests: [
    {
      setupRequest: (req) => {
        const i = n++;
        const body = JSON.stringify({
          type: "zen:event-type:ticket.created",
          id: `p-${i}`,
          time: new Date().toISOString(),
          detail: {
            id: String(i),
            requester_id: `c-${i % 1200}`,
            assignee_id: "a",
            via: { channel: "email" },
            tags: ["x"],
          },
          event: {},
        });
        const ts = new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
        return {
          ...req,
          body,
          headers: {
            "content-type": "application/json",
            "x-zendesk-webhook-signature": createHmac("sha256", secret)
              .update(ts + body)
              .digest("base64"),
            "x-zendesk-webhook-signature-timestamp": ts,
          },
        };
      },
    },
  ],
});
console.log(r.requests.average, r.latency.p99, r.non2xx);
await server.stop();
await adminQuery(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
