import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { buildApp } from "../../api/src/app.js";
import { type Database, databaseFromPostgres } from "../../api/src/db/create-db.js";
import type { Role } from "../../api/src/generated/prisma/enums.js";
import type { Clock } from "../../api/src/lib/clock.js";
import { localSignals, postgresSignals } from "../../api/src/lib/cluster-signals.js";
import { newId } from "../../api/src/lib/ids.js";
import { createInProcessQueue } from "../../api/src/lib/jobs/in-process-queue.js";
import type { JobQueue } from "../../api/src/lib/jobs/job-queue.js";
import { createPgBossQueue } from "../../api/src/lib/jobs/pg-boss-queue.js";
import { createLogger, type Logger } from "../../api/src/lib/logger.js";
import type { Mailer } from "../../api/src/lib/mailer.js";
import { createSecretBox } from "../../api/src/lib/secret-box.js";
import { hashPassword } from "../../api/src/modules/auth/password.js";
import { createServices, type Services } from "../../api/src/services.js";
import { type Backend, createTestDb } from "./db.js";
import { GqlClient } from "./graphql.js";

export const TEST_PASSWORD = "correct horse battery staple";
export const ROLES: Role[] = ["ADMIN", "OPS", "MANAGER", "AGENT", "VIEWER"];

export type TestServer = {
  url: string;
  db: Database;
  services: Services;
  clock: Clock & { advance: (ms: number) => void };
  /** A client signed in with that role (users are created at start, one per role). */
  as: (role: Role) => Promise<GqlClient>;
  anonymous: () => GqlClient;
  /** A client with a fresh integration API token (created by the admin). */
  integration: () => Promise<GqlClient>;
  /** How many POST /graphql requests the lean path and Yoga answered (docs/adr/0024). */
  leanCounts: () => { lean: number; yoga: number };
  close: () => Promise<void>;
};

export function emailOf(role: Role): string {
  return `${role.toLowerCase()}@test.policy-pilot.test`;
}

export type TestServerOptions = {
  /** "pg-boss" runs background jobs through pg-boss (PostgreSQL only); default: the in-process runner. */
  jobs?: "in-process" | "pg-boss";
  mailer?: Mailer | null;
  publicRateLimits?: { perAddressPerMinute: number; perLinkPerMinute: number };
  /** Where the server logs (default: nowhere). */
  logger?: Logger;
  /** "production" turns off GraphiQL and introspection and trusts X-Forwarded-* as behind the balancer. */
  nodeEnv?: "test" | "production";
  /**
   * Another instance on the database of `sameDatabaseAs` (PostgreSQL): its own pools, services and port; the users
   * are those of the first instance; closing it leaves the database to the first.
   */
  sameDatabaseAs?: TestServer;
};

/** The real Koa app with the real schema and services, listening on a free port, on a fresh database. */
export async function startTestServer(backend: Backend, options: TestServerOptions = {}): Promise<TestServer> {
  const shared = options.sameDatabaseAs;
  if (shared && !shared.db.url) throw new Error("sameDatabaseAs needs a PostgreSQL test server");
  const db = shared ? databaseFromPostgres(shared.db.url!) : await createTestDb(backend);
  // On PostgreSQL every test server signals through NOTIFY, as production instances do (docs/adr/0031).
  const signals = db.url ? postgresSignals(db.url, createLogger("silent")) : localSignals();
  await signals.start();
  let offsetMs = 0;
  const clock = {
    now: () => new Date(Date.now() + offsetMs),
    advance: (ms: number) => {
      offsetMs += ms;
    },
  };
  const logger = options.logger ?? createLogger("silent");
  const jobs: JobQueue =
    options.jobs === "pg-boss" && db.url
      ? createPgBossQueue(db.url, logger, { pollingIntervalSeconds: 0.5 })
      : createInProcessQueue(logger, { retryDelaysMs: [50, 100, 200, 400] });
  const services = createServices({
    db: db.prisma,
    sql: db.sql,
    clock,
    logger,
    sessionTtlHours: 12,
    jobs,
    secrets: createSecretBox(randomBytes(32)),
    publicUrl: "http://surveys.test",
    mailer: options.mailer ?? null,
    signals,
  });
  await jobs.start();
  if (!shared) {
    const passwordHash = await hashPassword(TEST_PASSWORD);
    await db.prisma.user.createMany({
      data: ROLES.map((role) => ({
        id: newId("user"),
        email: emailOf(role),
        name: `Test ${role}`,
        role,
        passwordHash,
      })),
    });
  }
  const { app, leanCounts } = buildApp({
    services,
    db: db.prisma,
    config: {
      nodeEnv: options.nodeEnv ?? "test",
      cookieSecure: "auto",
      consoleDist: "console/dist",
      ...(options.publicRateLimits ? { publicRateLimits: options.publicRateLimits } : {}),
    },
    health: async () => {
      await db.sql.query("SELECT 1");
    },
  });
  const server = app.listen(0, "127.0.0.1");
  // Longer than any client's idle keep-alive: a test that pauses its HTTP traffic (long direct database work)
  // must not race the server closing the socket it is about to reuse (ECONNRESET).
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((done) => server.once("listening", () => done()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const signedIn = new Map<Role, GqlClient>();
  const self: TestServer = {
    url,
    db,
    services,
    clock,
    anonymous: () => new GqlClient(url),
    leanCounts,
    as: async (role) => {
      const cached = signedIn.get(role);
      if (cached) return cached;
      const client = new GqlClient(url);
      await client.login(emailOf(role), TEST_PASSWORD);
      signedIn.set(role, client);
      return client;
    },
    integration: async () => {
      const admin = await self.as("ADMIN");
      const data = await admin.ok(
        `mutation($name: String!) { createApiToken(input: { name: $name }) {
           __typename ... on Error { message } ... on MutationCreateApiTokenSuccess { data { secret } } } }`,
        { name: `test-${Math.random().toString(36).slice(2, 8)}` },
      );
      return new GqlClient(url, { token: data.createApiToken.data.secret });
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await jobs.stop();
      await signals.stop();
      await db.close();
    },
  };
  return self;
}
