import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { Config } from "../config.js";
import { PrismaClient } from "../generated/prisma/client.js";
import { openPglite, postgresRunner, type SqlRunner } from "./sql-runner.js";

export type { PrismaClient } from "../generated/prisma/client.js";
/** A client or an open transaction: what repositories and read-models take as their first argument. */
export type Db = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export type Database = {
  prisma: PrismaClient;
  sql: SqlRunner;
  describe: string;
  close: () => Promise<void>;
};

export async function createDb(database: Config["database"]): Promise<Database> {
  if (database.kind === "postgres") {
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
    const sql = postgresRunner(database.url);
    return {
      prisma,
      sql,
      describe: `PostgreSQL at ${redact(database.url)}`,
      close: async () => {
        await prisma.$disconnect();
        await sql.close();
      },
    };
  }
  const { pglite, sql } = await openPglite(database.dataDir);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    prisma,
    sql,
    describe: database.dataDir ? `embedded PGlite in ${database.dataDir}` : "embedded PGlite in memory",
    close: async () => {
      await prisma.$disconnect();
      await sql.close();
    },
  };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}
