#!/usr/bin/env node
// `npm test`: every test of every part (experiments, api, e2e with a real browser), on PGlite always and on
// PostgreSQL when it answers. Installs Debian's chromium first when it is missing and we may (root, apt-get).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const CHROMIUM = "/usr/bin/chromium";
if (!existsSync(CHROMIUM)) {
  const canApt = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
  if (!canApt) {
    console.error(
      `The browser tests need Debian's chromium at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium`,
    );
    process.exit(1);
  }
  console.log("Installing Debian's chromium for the browser tests (apt-get install chromium)…");
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
}

/** The newest modification time of the console's sources, so a stale build is rebuilt before the browser tests. */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}
const built = existsSync("console/dist/index.html") ? statSync("console/dist/index.html").mtimeMs : 0;
if (built < Math.max(newestSource("console/src"), statSync("console/index.html").mtimeMs)) {
  console.log(
    built
      ? "Rebuilding the console (its sources changed since the last build)…"
      : "Building the console for the browser tests…",
  );
  execFileSync("npm", ["run", "build", "-w", "console"], { stdio: "inherit" });
}

const result = spawnSync("npx", ["vitest", "run", ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(result.status ?? 1);
