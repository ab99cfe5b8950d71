import { dirname, join, resolve } from "node:path";
import { z } from "zod";
import { parseSecretKey } from "./lib/secret-box.js";

const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => value === "true" || value === "1" || value === "yes");

/** Every environment variable policy-pilot reads. README.md and .env.example list the same ones. */
const ConfigSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgresql:// (leave it unset to use the embedded PGlite database)")
    .optional(),
  PGLITE_DIR: z.string().min(1).default("./data/pglite"),
  SEED_DEMO: z.enum(["auto", "never"]).optional(),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  COOKIE_SECURE: booleanFlag.optional(),
  CONSOLE_DIST: z.string().min(1).default("./console/dist"),
  BUILD_CONSOLE: z.enum(["auto", "never"]).default("auto"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  SECRETS_KEY: z
    .string()
    .refine((value) => {
      try {
        parseSecretKey(value);
        return true;
      } catch {
        return false;
      }
    }, "must be 32 bytes as 64 hex digits or base64 (create one with: openssl rand -base64 32)")
    .optional(),
  PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\/[^/]+/, "must be the address customers reach, such as https://pilot.example.com")
    .transform((value) => value.replace(/\/+$/, ""))
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://, such as smtp://user:pass@mail.example.com:587")
    .optional(),
  SMTP_FROM: z.string().min(3).default("policy-pilot <surveys@policy-pilot.invalid>"),
  PUBLIC_RATE_LIMIT: z
    .string()
    .regex(/^\d+\/\d+$/, "must be <per address>/<per link> requests a minute, such as 60/20")
    .default("60/20"),
});

export type Config = {
  nodeEnv: "development" | "production" | "test";
  port: number;
  host: string;
  database: { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string | null };
  seedDemo: "auto" | "never";
  sessionTtlHours: number;
  /** The session cookie's Secure attribute: "auto" = always, except plain HTTP to localhost. */
  cookieSecure: boolean | "auto";
  consoleDist: string;
  buildConsole: "auto" | "never";
  logLevel: "debug" | "info" | "warn" | "error" | "silent";
  /** Where the key that encrypts integration secrets comes from. */
  secrets: { kind: "env"; key: Buffer } | { kind: "file"; path: string } | { kind: "ephemeral" };
  /** The base address of links sent to customers (survey invitations). */
  publicUrl: string;
  smtp: { url: string; from: string } | null;
  /** Requests a minute to the beta customers' pages, per client address and per link. */
  publicRateLimits: { perAddressPerMinute: number; perLinkPerMinute: number };
};

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((issue) => `  - ${issue}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Parses the environment once, listing every problem at the same time. Nothing else reads process.env. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = ConfigSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join(".") || "(env)"}: ${issue.message}`));
  }
  const c = parsed.data;
  if (c.NODE_ENV === "production" && c.SEED_DEMO === "auto") {
    throw new ConfigError([
      "SEED_DEMO: the demo (with its published passwords) is never seeded in production; remove SEED_DEMO and create the first admin with: npm run admin:create -- --email <email> --name <name>",
    ]);
  }
  const pgliteDir = c.PGLITE_DIR === ":memory:" ? null : c.PGLITE_DIR;
  let secrets: Config["secrets"];
  if (c.SECRETS_KEY) secrets = { kind: "env", key: parseSecretKey(c.SECRETS_KEY) };
  else if (c.DATABASE_URL && c.NODE_ENV === "production") {
    throw new ConfigError([
      "SECRETS_KEY: required in production with DATABASE_URL (every instance must share the key that encrypts integration secrets; create one with: openssl rand -base64 32)",
    ]);
  } else if (c.DATABASE_URL || pgliteDir) {
    // The embedded default keeps its key beside the database folder (./data/secrets.key), never in the repository.
    secrets = { kind: "file", path: join(dirname(resolve(pgliteDir ?? "./data/pglite")), "secrets.key") };
  } else secrets = { kind: "ephemeral" };
  return {
    nodeEnv: c.NODE_ENV,
    port: c.PORT,
    host: c.HOST,
    database: c.DATABASE_URL ? { kind: "postgres", url: c.DATABASE_URL } : { kind: "pglite", dataDir: pgliteDir },
    seedDemo: c.SEED_DEMO ?? (c.NODE_ENV === "production" ? "never" : "auto"),
    sessionTtlHours: c.SESSION_TTL_HOURS,
    cookieSecure: c.COOKIE_SECURE ?? "auto",
    consoleDist: c.CONSOLE_DIST,
    buildConsole: c.BUILD_CONSOLE,
    logLevel: c.LOG_LEVEL,
    secrets,
    publicUrl: c.PUBLIC_URL ?? `http://${c.HOST === "0.0.0.0" ? "localhost" : c.HOST}:${c.PORT}`,
    smtp: c.SMTP_URL ? { url: c.SMTP_URL, from: c.SMTP_FROM } : null,
    publicRateLimits: {
      perAddressPerMinute: Number(c.PUBLIC_RATE_LIMIT.split("/")[0]),
      perLinkPerMinute: Number(c.PUBLIC_RATE_LIMIT.split("/")[1]),
    },
  };
}
