import { defineConfig } from "vitest/config";

/** End-to-end tests of the browser harness: `npx vitest run --config test/e2e/vitest.config.ts`. */
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.e2e.ts"],
    globalSetup: ["test/e2e/global-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: "forks",
    fileParallelism: false,
  },
});
