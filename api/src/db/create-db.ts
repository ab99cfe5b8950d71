import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { Config } from "../config.js";
import { PrismaClient } from "../generated/prisma/client.js";
import { openPglite, pgliteRunner, postgresRunner, type SqlRunner } from "./sql-runner.js";

export type { PrismaClient } from "../generated/prisma/client.js";
/** A client or an open transaction: what repositories and read-models take as their first argument. */
export type Db = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export type Database = {
  prisma: PrismaClient;
  sql: SqlRunner;
  describe: string;
  /** The connection string, on PostgreSQL (pg-boss opens its own pool). */
  url?: string;
  close: () => Promise<void>;
};

export async function createDb(database: Config["database"]): Promise<Database> {
  if (database.kind === "postgres") return databaseFromPostgres(database.url);
  const { pglite, release } = await openPglite(database.dataDir);
  const db = databaseFromPglite(
    pglite,
    database.dataDir ? `embedded PGlite in ${database.dataDir}` : "embedded PGlite in memory",
  );
  return {
    ...db,
    close: async () => {
      await db.close();
      release();
    },
  };
}

export function databaseFromPostgres(url: string): Database {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  const sql = postgresRunner(url);
  return {
    prisma,
    sql,
    describe: `PostgreSQL at ${redact(url)}`,
    url,
    close: async () => {
      await prisma.$disconnect();
      await sql.close();
    },
  };
}

/** PGlite is one connection in this process: one Database per data folder, never two processes on one folder. */
export function databaseFromPglite(pglite: PGlite, describe: string): Database {
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  const sql = pgliteRunner(pglite);
  return {
    prisma,
    sql,
    describe,
    close: async () => {
      await prisma.$disconnect();
      await sql.close();
    },
  };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}
