// CSV import of 1 M customers (issue 9) against a raw loop of 500-row INSERTs into a participants-shaped table,
// on the same PostgreSQL in the same run. Target: the import's rows/s ≥ 50 % of the loop's, memory flat (the
// server's resident memory sampled from /proc while it imports).
import { once } from "node:events";
import { createReadStream, createWriteStream, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import pg from "pg";
import { newId } from "../../api/src/lib/ids.js";
import { DEMO_PASSWORD } from "../../api/src/seed/demo-seed.js";
import { GqlClient } from "../testkit/graphql.js";
import { policyWithDrafts, runOk } from "../testkit/operations.js";
import type { ServerProcess } from "../testkit/process.js";

export const IMPORT_TARGET_RATIO = 0.5;
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000);
const REGIONS = ["EU", "US", "UK", "APAC"];
const TIERS = ["free", "silver", "gold"];

const rowText = (i: number) =>
  `bench-${i},${REGIONS[i % 4]},${TIERS[i % 3]},${i % 2 ? "en" : "sv"},${i % 5 ? "email" : "chat"},${i % 60}`;

async function writeCsv(path: string, rows: number) {
  const out = createWriteStream(path);
  out.write("id,region,tier,language,channel,tenure\n");
  let chunk = "";
  for (let i = 0; i < rows; i++) {
    chunk += `${rowText(i)}\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
    }
  }
  out.end(chunk);
  await once(out, "finish");
}

/** The baseline: 500-row multi-VALUES INSERTs, one after another, into a table with participants' keys. */
async function insertLoop(url: string, rows: number): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP TABLE IF EXISTS bench_insert_loop;
      CREATE TABLE bench_insert_loop (id text PRIMARY KEY, kind text NOT NULL, external_id text NOT NULL,
        attributes jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), UNIQUE (kind, external_id))`);
    const started = performance.now();
    for (let from = 0; from < rows; from += 500) {
      const values: string[] = [];
      const params: unknown[] = [];
      for (let i = from; i < Math.min(rows, from + 500); i++) {
        const [id, region, tier, language, channel, tenure] = rowText(i).split(",");
        params.push(
          newId("participant"),
          id,
          JSON.stringify({ region, tier, language, channel, tenure: Number(tenure) }),
        );
        const k = params.length;
        values.push(`($${k - 2}, 'CUSTOMER', $${k - 1}, $${k}::jsonb)`);
      }
      await client.query(
        `INSERT INTO bench_insert_loop (id, kind, external_id, attributes) VALUES ${values.join(", ")}`,
        params,
      );
    }
    return rows / ((performance.now() - started) / 1000);
  } finally {
    await client.query("DROP TABLE IF EXISTS bench_insert_loop").catch(() => {});
    await client.end();
  }
}

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
}

/** Runs against a server process started on `url` (the demo seeded: ops and its draft pilot "Evening chat"). */
export async function benchAudienceImport(server: ServerProcess, url: string) {
  const path = join(tmpdir(), `bench-audience-${process.pid}.csv`);
  await writeCsv(path, ROWS);
  try {
    console.log(`\nCSV import on PostgreSQL — ${ROWS} customers (6 columns), through POST /uploads/audiences\n`);
    const loopRate = await insertLoop(url, ROWS);
    console.log(
      `${"raw 500-row INSERT loop (baseline)".padEnd(46)} ${Math.round(loopRate).toString().padStart(8)} rows/s`,
    );

    const ops = new GqlClient(server.url);
    await ops.login("ops@demo.policy-pilot.test", DEMO_PASSWORD);
    const manager = new GqlClient(server.url);
    await manager.login("manager@demo.policy-pilot.test", DEMO_PASSWORD);
    const setup = await policyWithDrafts(ops, manager, `bench-import-${process.pid}`, 1);
    const pilot = await runOk(ops, "createPilot", {
      policyId: setup.policyId,
      name: "Bench import",
      control: { weight: 0.5 },
      treatments: [{ key: "b", name: "B", policyVersionId: setup.draftIds[0], weight: 0.5 }],
    });

    const pid = server.child.pid!;
    const rssBefore = rssOf(pid);
    let rssPeak = rssBefore;
    const sampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, rssOf(pid));
    }, 100);
    const started = performance.now();
    const res = await fetch(`${server.url}/uploads/audiences/${pilot.id}?kind=CUSTOMER&fileName=bench.csv`, {
      method: "POST",
      headers: { "content-type": "text/csv", "x-policy-pilot-csrf": "1", cookie: ops.cookie ?? "" },
      body: Readable.toWeb(createReadStream(path)) as ReadableStream,
      duplex: "half",
    } as RequestInit);
    const { importId } = (await res.json()) as { importId: string };
    let status = "QUEUED";
    let result: Record<string, unknown> = {};
    while (status === "QUEUED" || status === "RUNNING") {
      await new Promise((r) => setTimeout(r, 250));
      const data = await ops.ok(
        `query($id: ID!) { audienceImport(id: $id) { status rowsRead insertedCount memberCount errorCount message } }`,
        { id: importId },
      );
      result = data.audienceImport;
      status = String(result.status);
    }
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const rate = ROWS / seconds;
    const ratio = rate / loopRate;
    console.log(
      `${"CSV import (upload, parse, COPY, check, merge)".padEnd(46)} ${Math.round(rate).toString().padStart(8)} rows/s   ${seconds.toFixed(1)} s   ${status}`,
    );
    console.log(
      `server RSS ${Math.round(rssBefore / 2 ** 20)} MB before, peak ${Math.round(rssPeak / 2 ** 20)} MB during (file ${Math.round((ROWS * 38) / 2 ** 20)} MB)`,
    );
    console.log(
      `\nimport ratio to the INSERT loop ${ratio.toFixed(3)}   target ≥ ${IMPORT_TARGET_RATIO}   ${status === "DONE" && ratio >= IMPORT_TARGET_RATIO ? "MEETS TARGET" : "BELOW TARGET"}`,
    );
    if (status !== "DONE") console.log(`import ${status}: ${result.message}`);
  } finally {
    rmSync(path, { force: true });
  }
}
