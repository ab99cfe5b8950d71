import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// Runs only the console's component tests until the root vitest.config.ts has a "console" project (see
// vitest.project.md): npx vitest run --config tests/console/vitest.console.config.ts
export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    projects: [
      {
        plugins: [react()],
        test: { name: "console", include: ["tests/console/**/*.test.tsx"], environment: "happy-dom" },
      },
    ],
  },
});
