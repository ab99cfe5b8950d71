import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../config.js";
import { createDb } from "../db/create-db.js";
import { applyMigrations } from "../db/migrator.js";
import { DataDirInUseError } from "../db/sql-runner.js";
import { systemClock } from "../lib/clock.js";
import { createUsersService, MIN_PASSWORD_LENGTH } from "../modules/users/users.service.js";
import { DomainError } from "../schema/errors.js";

// `npm run admin:create -- --email you@example.com --name "Your Name"`: the first admin of a production database
// (the demo and its known passwords are never seeded there). Also creates other users with --role.
// The password is asked for on the terminal without echo, or read from standard input with --password-stdin.
const usage = `Usage: npm run admin:create -- --email <email> --name <name> [--role ADMIN|OPS|MANAGER|AGENT|VIEWER] [--password-stdin]`;

async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin || !process.stdin.isTTY) {
    let data = "";
    for await (const chunk of process.stdin) data += chunk;
    return data.replace(/\r?\n$/, "");
  }
  const ask = (prompt: string) =>
    new Promise<string>((resolve) => {
      const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
      const output = rl as unknown as { _writeToOutput: (s: string) => void };
      output._writeToOutput = (s: string) => {
        if (s.startsWith(prompt)) process.stdout.write(prompt);
      };
      rl.question(prompt, (answer) => {
        rl.close();
        process.stdout.write("\n");
        resolve(answer);
      });
    });
  const first = await ask(`Password (at least ${MIN_PASSWORD_LENGTH} characters): `);
  const second = await ask("Repeat it: ");
  if (first !== second) throw new Error("The two passwords differ; nothing was created.");
  return first;
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parseArgs<{ options: typeof options }>>["values"];
  const options = {
    email: { type: "string" },
    name: { type: "string" },
    role: { type: "string", default: "ADMIN" },
    "password-stdin": { type: "boolean", default: false },
  } as const;
  try {
    args = parseArgs({ options, strict: true }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (!args.email || !args.name) {
    console.error(`--email and --name are required.\n${usage}`);
    return 2;
  }
  const config = loadConfig();
  const db = await createDb(config.database);
  try {
    await applyMigrations(db.sql);
    const password = await readPassword(args["password-stdin"] ?? false);
    const users = createUsersService({ db: db.prisma, clock: systemClock });
    const user = await users.createUser({ email: args.email, name: args.name, role: args.role ?? "ADMIN", password });
    console.log(`Created ${user.role} ${user.email} (${user.id}) in ${db.describe}. Sign in at the console.`);
    return 0;
  } finally {
    await db.close();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof ConfigError || error instanceof DomainError || error instanceof DataDirInUseError) {
    console.error(error.message);
  } else if (error instanceof Error && error.message.startsWith("The two passwords")) {
    console.error(error.message);
  } else throw error;
  process.exitCode = 1;
}
