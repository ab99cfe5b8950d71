import { createRequire } from "node:module";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// One copy of graphql: Pothos and Yoga load it through Node (CommonJS `main`), while Vite would pick the `module`
// build for our sources, and two copies refuse each other's types ("from another module or realm").
const graphqlAlias = [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve("graphql") }];

// One config, one project per part (the console's component tests run in happy-dom, without graphql at run time). `npm test` (tools/run-tests.mjs) runs them all; `npx vitest run --project api`
// runs one. Every project uses real parts: PGlite or PostgreSQL, the real HTTP server, Debian's chromium.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [react()],
        test: {
          name: "console",
          include: ["tests/console/**/*.test.tsx"],
          environment: "happy-dom",
        },
      },
      {
        test: {
          name: "experiments",
          include: ["tests/experiments/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
        },
      },
      {
        resolve: { alias: graphqlAlias },
        test: {
          name: "api",
          include: ["tests/api/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/testkit/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias: graphqlAlias },
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/testkit/global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
