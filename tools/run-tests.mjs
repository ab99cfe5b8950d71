#!/usr/bin/env node
// `npm test`: every test of every part (experiments, api, e2e with a real browser), on PGlite always and on
// PostgreSQL when it answers. Installs Debian's chromium first when it is missing and we may (root, apt-get).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

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

if (!existsSync("console/dist/index.html")) {
  console.log("Building the console for the browser tests…");
  execFileSync("npm", ["run", "build", "-w", "console"], { stdio: "inherit" });
}

const result = spawnSync("npx", ["vitest", "run", ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(result.status ?? 1);
