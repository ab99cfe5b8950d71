import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildApp } from "./app.js";
import { ConfigError, loadConfig } from "./config.js";
import { createDb } from "./db/create-db.js";
import { applyMigrations } from "./db/migrator.js";
import { DataDirInUseError } from "./db/sql-runner.js";
import { systemClock } from "./lib/clock.js";
import { localSignals, postgresSignals } from "./lib/cluster-signals.js";
import { createInProcessQueue } from "./lib/jobs/in-process-queue.js";
import { createPgBossQueue } from "./lib/jobs/pg-boss-queue.js";
import { createLogger } from "./lib/logger.js";
import { createSmtpMailer } from "./lib/mailer.js";
import { createSecretBox, loadOrCreateKeyFile } from "./lib/secret-box.js";
import { DEMO_USERS, seedDemo } from "./seed/demo-seed.js";
import { createServices } from "./services.js";

// Composition root: loadConfig → createDb → migrate → createServices → buildApp → listen.
let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
const logger = createLogger(config.logLevel, config.nodeEnv === "production");

const consoleIndex = join(resolve(config.consoleDist), "index.html");
if (!existsSync(consoleIndex) && config.buildConsole === "auto") {
  logger.info("Building the console once (console/dist is missing)…");
  execFileSync("npm", ["run", "build", "-w", "console"], { stdio: "inherit" });
}

let db: Awaited<ReturnType<typeof createDb>>;
try {
  db = await createDb(config.database);
} catch (error) {
  if (error instanceof DataDirInUseError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
const applied = await applyMigrations(db.sql);
if (applied.length) logger.info(`Applied migrations: ${applied.join(", ")}`);

const secretsKey =
  config.secrets.kind === "env"
    ? config.secrets.key
    : config.secrets.kind === "file"
      ? loadOrCreateKeyFile(config.secrets.path)
      : randomBytes(32);
const jobs =
  config.database.kind === "postgres" ? createPgBossQueue(config.database.url, logger) : createInProcessQueue(logger);
const secretBox = createSecretBox(secretsKey);
const mailer = config.smtp ? createSmtpMailer(config.smtp) : null;
// Several instances on one PostgreSQL tell each other about configuration changes and revoked tokens.
const signals = config.database.kind === "postgres" ? postgresSignals(config.database.url, logger) : localSignals();
await signals.start();
const services = createServices({
  db: db.prisma,
  sql: db.sql,
  clock: systemClock,
  logger,
  sessionTtlHours: config.sessionTtlHours,
  jobs,
  secrets: secretBox,
  publicUrl: config.publicUrl,
  mailer,
  signals,
});
let seeded = false;
if (config.seedDemo === "auto") {
  const result = await seedDemo(db, { clock: systemClock, secrets: secretBox });
  seeded = result.seeded;
  if (result.seeded) logger.info(`Seeded the demo: ${result.summary}`);
}

const noUsersYet = config.seedDemo === "never" && (await services.users.count()) === 0;

await jobs.start();

let stopping = false;
const { app } = buildApp({
  services,
  db: db.prisma,
  config,
  health: async () => {
    await db.sql.query("SELECT 1");
  },
  draining: () => stopping,
  poolStats: () => db.sql.poolStats?.() ?? null,
});
const server = app.listen(config.port, config.host);
await new Promise<void>((done) => {
  server.once("listening", () => done());
  server.once("error", async (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === "EADDRINUSE"
        ? `Port ${config.port} on ${config.host} is already in use. Stop the other process or choose another port: PORT=4001 npm start`
        : `Cannot listen on ${config.host}:${config.port}: ${error.message}`,
    );
    await db.close();
    process.exit(1);
  });
});
const address = server.address();
const port = typeof address === "object" && address ? address.port : config.port;
const base = `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${port}`;

console.log(`
policy-pilot is running (${db.describe})
  Console   ${base}/
  GraphQL   ${base}/graphql${config.nodeEnv === "production" ? "" : "   (GraphiQL in a browser)"}
  Health    ${base}/healthz
${
  seeded || config.seedDemo === "auto"
    ? `
Demo logins (password for each: ${DEMO_USERS[0]?.password}):
${DEMO_USERS.map((u) => `  ${u.role.padEnd(8)} ${u.email}`).join("\n")}
`
    : ""
}${
  noUsersYet
    ? `
No users yet. Create the first admin (asks for a password):
  npm run admin:create -- --email you@example.com --name "Your Name"
`
    : ""
}`);

/** How long in-flight requests may take to finish after SIGTERM before their connections are cut. */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Graceful shutdown (docs/adr/0032): /readyz turns 503 and responses say `Connection: close`; the server stops
 * accepting connections and waits for in-flight requests (at most SHUTDOWN_GRACE_MS), then background jobs finish
 * their running work, and only then the database closes.
 */
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info(`${signal}: draining in-flight requests, then closing`);
  const drained = new Promise<void>((done) => server.close(() => done()));
  const grace = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
  await drained;
  clearTimeout(grace);
  await jobs.stop();
  await signals.stop();
  mailer?.close();
  await db.close();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
