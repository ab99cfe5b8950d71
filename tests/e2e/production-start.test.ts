import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openPglite } from "../../api/src/db/sql-runner.js";
import { DEMO_PASSWORD, DEMO_USERS } from "../../api/src/seed/demo-seed.js";
import { GqlClient } from "../testkit/graphql.js";
import { startServerProcess } from "../testkit/process.js";

function createAdmin(env: Record<string, string>, args: string[], password: string) {
  return spawnSync(process.execPath, ["--import", "tsx", "api/src/cli/create-admin.ts", ...args], {
    env: { ...process.env, LOG_LEVEL: "warn", ...env },
    input: `${password}\n`,
    encoding: "utf8",
    timeout: 60_000,
  });
}

/**
 * Production on an empty database (issue 12): no demo, no known password; the first admin comes from
 * `npm run admin:create`. And the PGlite folder lock holds whatever spelling of the folder a second process uses.
 */
describe("NODE_ENV=production on an empty embedded database", () => {
  const root = mkdtempSync(join(tmpdir(), "policy-pilot-production-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const dataDir = join(root, "data", "pglite");
  const env = { NODE_ENV: "production", PGLITE_DIR: dataDir, COOKIE_SECURE: "false" };

  it("seeds no demo, prints how to create the first admin, and the admin created by the command can sign in", async () => {
    const first = await startServerProcess(env);
    try {
      const output = first.output();
      expect(output).not.toContain(DEMO_PASSWORD);
      for (const user of DEMO_USERS) expect(output).not.toContain(user.email);
      expect(output).toContain("npm run admin:create");
      const demo = new GqlClient(first.url);
      await expect(demo.login(DEMO_USERS[0]!.email, DEMO_PASSWORD)).rejects.toThrow();
      // The lock is on the folder's real path: a trailing slash or a symlink does not open a second database.
      mkdirSync(join(root, "links"), { recursive: true });
      symlinkSync(join(root, "data"), join(root, "links", "data"));
      for (const spelling of [`${dataDir}/`, `${dataDir}//`, join(root, "links", "data", "pglite")]) {
        await expect(openPglite(spelling)).rejects.toThrow(/Another policy-pilot process \(pid \d+\) is using/);
      }
    } finally {
      expect(await first.stop()).toBe(0);
    }

    const short = createAdmin(env, ["--email", "boss@example.com", "--name", "Boss", "--password-stdin"], "short");
    expect(short.status).toBe(1);
    expect(short.stderr).toMatch(/password must be 12 to 1024 characters/);
    const badRole = createAdmin(
      env,
      ["--email", "x@example.com", "--name", "X", "--role", "ROOT"],
      "long enough password",
    );
    expect(badRole.status).toBe(1);
    expect(badRole.stderr).toMatch(/role must be one of ADMIN, OPS, MANAGER, AGENT, VIEWER/);
    const password = "correct horse battery staple";
    const made = createAdmin(env, ["--email", "Boss@Example.com", "--name", "Boss", "--password-stdin"], password);
    expect(made.stderr).toBe("");
    expect(made.status).toBe(0);
    expect(made.stdout).toMatch(/Created ADMIN boss@example\.com/);
    const again = createAdmin(env, ["--email", "boss@example.com", "--name", "Boss 2", "--password-stdin"], password);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/exists already/);

    const second = await startServerProcess(env);
    try {
      expect(second.output()).not.toContain("npm run admin:create");
      const boss = new GqlClient(second.url);
      await boss.login("boss@example.com", password);
      const data = await boss.ok(`{ viewer { email role } }`);
      expect(data.viewer).toEqual({ email: "boss@example.com", role: "ADMIN" });
      const audit = await boss.ok(`{ auditEvents(first: 5) { edges { node { type actorLabel } } } }`);
      const types = audit.auditEvents.edges.map((e: { node: { type: string } }) => e.node.type);
      // Newest first: this sign-in, the admin's creation, and the refused demo password of the first start.
      expect(types).toEqual(["user.signed_in", "user.created", "user.sign_in_failed"]);
    } finally {
      expect(await second.stop()).toBe(0);
    }
  }, 300_000);

  it("refuses SEED_DEMO=auto in production, saying how to make the first admin instead", async () => {
    await expect(
      startServerProcess({ ...env, PGLITE_DIR: join(root, "other"), SEED_DEMO: "auto" }, 20_000),
    ).rejects.toThrow(/SEED_DEMO: the demo .* is never seeded in production.*npm run admin:create/);
  });
});
