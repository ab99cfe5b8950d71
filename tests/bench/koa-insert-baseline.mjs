// The baseline webhook ingestion is compared with: Koa reading a JSON body and storing it with one INSERT on
// PostgreSQL (DATABASE_URL), nothing else — no signature, no dedupe, no queue.
import { randomUUID } from "node:crypto";
import Koa from "koa";
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
await pool.query("CREATE TABLE IF NOT EXISTS bench_baseline_events (id text PRIMARY KEY, body jsonb NOT NULL)");
const app = new Koa();
app.use(async (ctx) => {
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  const body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  await pool.query("INSERT INTO bench_baseline_events (id, body) VALUES ($1, $2)", [randomUUID(), body]);
  ctx.body = { status: "accepted" };
});
const server = app.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  console.log(`listening ${server.address().port}`);
});
