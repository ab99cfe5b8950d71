import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { buildApp } from "../../api/src/app.js";
import type { Database } from "../../api/src/db/create-db.js";
import { systemClock } from "../../api/src/lib/clock.js";
import { createInProcessQueue } from "../../api/src/lib/jobs/in-process-queue.js";
import { createLogger } from "../../api/src/lib/logger.js";
import { createSecretBox } from "../../api/src/lib/secret-box.js";
import { seedDemo } from "../../api/src/seed/demo-seed.js";
import { createServices } from "../../api/src/services.js";
import { type Backend, createTestDb } from "./db.js";

/** The real app serving the built console, on a fresh database with the demo seeded, as `npm start` runs it. */
export async function startDemoServer(
  backend: Backend,
): Promise<{ url: string; db: Database; close: () => Promise<void> }> {
  const db = await createTestDb(backend);
  const secrets = createSecretBox(randomBytes(32));
  await seedDemo(db, { clock: systemClock, secrets });
  const logger = createLogger("silent");
  const jobs = createInProcessQueue(logger);
  const services = createServices({
    db: db.prisma,
    sql: db.sql,
    clock: systemClock,
    logger,
    sessionTtlHours: 12,
    jobs,
    secrets,
    publicUrl: "http://localhost",
    mailer: null,
  });
  await jobs.start();
  const { app } = buildApp({
    services,
    db: db.prisma,
    config: { nodeEnv: "test", cookieSecure: "auto", consoleDist: "console/dist" },
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise<void>((done) => server.once("listening", () => done()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    db,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await jobs.stop();
      await db.close();
    },
  };
}
