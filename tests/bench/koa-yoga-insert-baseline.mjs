// The baseline submitFeedback is compared with: Koa + GraphQL Yoga with a one-mutation schema whose resolver does one
// INSERT on PostgreSQL (DATABASE_URL) — no authentication, no validation, no audit, no guards.
import { randomUUID } from "node:crypto";
import { createSchema, createYoga } from "graphql-yoga";
import Koa from "koa";
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
await pool.query(
  "CREATE TABLE IF NOT EXISTS bench_baseline_ratings (id text PRIMARY KEY, assignment_id text NOT NULL, csat int, nps int)",
);
const yoga = createYoga({
  logging: false,
  landingPage: false,
  schema: createSchema({
    typeDefs: `
      type Rating { id: ID! csat: Int nps: Int }
      input RateInput { assignmentId: ID! csat: Int nps: Int }
      type Query { ok: Boolean }
      type Mutation { rate(input: RateInput!): Rating! }`,
    resolvers: {
      Mutation: {
        rate: async (_root, { input }) => {
          const id = randomUUID();
          await pool.query(
            "INSERT INTO bench_baseline_ratings (id, assignment_id, csat, nps) VALUES ($1, $2, $3, $4)",
            [id, input.assignmentId, input.csat ?? null, input.nps ?? null],
          );
          return { id, csat: input.csat ?? null, nps: input.nps ?? null };
        },
      },
    },
  }),
});
const app = new Koa();
app.use(async (ctx) => {
  const response = await yoga.handleNodeRequestAndResponse(ctx.req, ctx.res, { koa: ctx });
  ctx.status = response.status;
  response.headers.forEach((value, key) => {
    ctx.append(key, value);
  });
  ctx.body = response.body;
});
const server = app.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  console.log(`listening ${server.address().port}`);
});
