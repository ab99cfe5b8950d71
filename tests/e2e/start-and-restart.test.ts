import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, DEMO_USERS } from "../../api/src/seed/demo-seed.js";
import { GqlClient } from "../testkit/graphql.js";
import { runOk } from "../testkit/operations.js";
import { startServerProcess } from "../testkit/process.js";

/**
 * `npm start` with no database server: the embedded PGlite in a data folder is created, migrated and seeded on first
 * start; a restart keeps what was written and does not seed again.
 */
describe("the server process on a PGlite data folder", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "policy-pilot-restart-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("creates, seeds, and keeps the data across a restart", async () => {
    const env = { PGLITE_DIR: join(dataDir, "pglite"), SEED_DEMO: "auto" };
    const first = await startServerProcess(env);
    try {
      expect(first.output()).toContain(`${first.url}/graphql`);
      for (const user of DEMO_USERS) expect(first.output()).toContain(user.email);
      const ops = new GqlClient(first.url);
      await ops.login("ops@demo.policy-pilot.test", DEMO_PASSWORD);
      await runOk(ops, "createPolicy", {
        key: "kept-across-restarts",
        name: "Kept across restarts",
        versionTitle: "v1",
      });
      // A second process on the same folder would silently lose writes: it must refuse to start.
      await expect(startServerProcess(env, 30_000)).rejects.toThrow(
        /Another policy-pilot process \(pid \d+\) is using/,
      );
      const graphiql = await fetch(`${first.url}/graphql`, { headers: { accept: "text/html" } });
      expect(graphiql.status).toBe(200);
      expect(await graphiql.text()).not.toMatch(/unpkg\.com|cdn\.jsdelivr/);
    } finally {
      expect(await first.stop()).toBe(0);
    }

    const second = await startServerProcess(env);
    try {
      expect(second.output()).not.toContain("Seeded the demo");
      const manager = new GqlClient(second.url);
      await manager.login("manager@demo.policy-pilot.test", DEMO_PASSWORD);
      const data = await manager.ok(`{ policies(first: 50) { totalCount edges { node { key } } } }`);
      const keys = data.policies.edges.map((e: { node: { key: string } }) => e.node.key);
      expect(keys).toContain("kept-across-restarts");
      expect(data.policies.totalCount).toBe(4);
    } finally {
      expect(await second.stop()).toBe(0);
    }
  });

  it("refuses to start with a bad configuration, listing every problem", async () => {
    await expect(
      startServerProcess({ PORT: "nope", DATABASE_URL: "mysql://x", PGLITE_DIR: join(dataDir, "x") }, 20_000),
    ).rejects.toThrow(/PORT[\s\S]*DATABASE_URL: must start with postgresql:\/\//);
  });
});
