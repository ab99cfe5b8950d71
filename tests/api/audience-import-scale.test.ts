import { once } from "node:events";
import { createReadStream, createWriteStream, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { draftPilot, importCsv } from "../testkit/audiences.js";
import { backends } from "../testkit/db.js";
import type { GqlClient } from "../testkit/graphql.js";
import { policyWithDrafts } from "../testkit/operations.js";
import { startTestServer, type TestServer } from "../testkit/server.js";

v8.setFlagsFromString("--expose-gc");
/** A full garbage collection, so that the heap figure is what is alive, not what V8 has not collected yet. */
const gc = vm.runInNewContext("gc") as () => void;

const REGIONS = ["EU", "US", "UK", "APAC"];
const TIERS = ["free", "silver", "gold"];

/** Writes a CSV of `rows` customers to a file, streamed (the test never holds it whole either). */
async function writeCsv(path: string, rows: number) {
  const out = createWriteStream(path);
  out.write("id,region,tier,language,channel,tenure\n");
  let chunk = "";
  for (let i = 0; i < rows; i++) {
    chunk += `cust-${i},${REGIONS[i % 4]},${TIERS[i % 3]},${i % 2 ? "en" : "sv"},${i % 5 ? "email" : "chat"},${i % 60}\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
    }
  }
  out.end(chunk);
  await once(out, "finish");
}

/**
 * A million customers through the real upload on PostgreSQL (COPY into staging, one merge), 100 000 on PGlite
 * (batched INSERTs), with memory checked: the server runs in this process, and its live JavaScript heap (measured
 * after a full collection, every 2 s) may not grow by more than 100 MB — the file is 36 MB, and a million parsed
 * rows held at once would take several hundred. (Resident memory grows more, with garbage V8 collects lazily, and on
 * PGlite with the database itself, which lives in this process: the heap is the honest measure of holding rows.)
 */
describe.each(backends())("a large CSV import on %s", (backend) => {
  let server: TestServer;
  let ops: GqlClient;
  const path = join(tmpdir(), `audience-scale-${process.pid}-${backend}.csv`);
  const rows = backend === "postgres" ? 1_000_000 : 100_000;

  beforeAll(async () => {
    server = await startTestServer(backend);
    ops = await server.as("OPS");
    await writeCsv(path, rows);
  }, 300_000);
  afterAll(async () => {
    rmSync(path, { force: true });
    await server?.close();
  });

  it(`imports ${rows} customers all at once, streamed`, { timeout: 600_000 }, async () => {
    const setup = await policyWithDrafts(ops, await server.as("MANAGER"), `scale-${backend}`, 1);
    const pilotId = await draftPilot(ops, setup);
    gc();
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    const sampler = setInterval(() => {
      gc();
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 2_000);
    const started = Date.now();
    const result = await importCsv(server, ops, pilotId, createReadStream(path));
    clearInterval(sampler);
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `${backend}: ${rows} rows in ${seconds.toFixed(1)} s (${Math.round(rows / seconds)} rows/s), live heap growth ${Math.round((peak - baseline) / 1024 / 1024)} MB`,
    );
    expect(result).toMatchObject({
      status: "DONE",
      rowsRead: rows,
      insertedCount: rows,
      memberCount: rows,
      errorCount: 0,
    });
    expect(await server.db.prisma.audienceMember.count({ where: { pilotId } })).toBe(rows);
    const sample = await server.db.prisma.participant.findUniqueOrThrow({
      where: { kind_externalId: { kind: "CUSTOMER", externalId: `cust-${rows - 1}` } },
    });
    expect(sample.attributes).toEqual({
      region: REGIONS[(rows - 1) % 4],
      tier: TIERS[(rows - 1) % 3],
      language: (rows - 1) % 2 ? "en" : "sv",
      channel: (rows - 1) % 5 ? "email" : "chat",
      tenure: (rows - 1) % 60,
    });
    // A million parsed rows held at once would take well over 300 MB (a few hundred bytes each).
    expect(peak - baseline).toBeLessThan(100 * 1024 * 1024);
  });
});
