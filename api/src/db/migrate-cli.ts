import { loadConfig } from "../config.js";
import { createDb } from "./create-db.js";
import { applyMigrations } from "./migrator.js";

// `npm run db:migrate`: applies pending migrations to the configured database and exits.
const config = loadConfig();
const db = await createDb(config.database);
try {
  const applied = await applyMigrations(db.sql);
  console.log(applied.length ? `Applied ${applied.join(", ")} to ${db.describe}.` : `${db.describe} is up to date.`);
} finally {
  await db.close();
}
