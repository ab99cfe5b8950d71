import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

// `prisma generate` only needs *a path* to the schema engine; it never executes it. Without this the CLI tries
// to download the native engine from Prisma's binary host, which is unreachable here. Migrations are applied by our
// own runner (api/src/db/migrator.ts), so the engine is never needed. See docs/adr/0002-migrations.md.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(new URL("./prisma/schema.prisma", import.meta.url));

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/policy_pilot" },
});
