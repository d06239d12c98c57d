import { defineConfig } from "vitest/config";

const postgresUrl = process.env.TEST_DATABASE_URL;

/**
 * One run, three kinds of tests (DESIGN section 6, test contract):
 * unit (no database), integration (each file on its own database cloned from a migrated
 * template: PGlite always, PostgreSQL too when TEST_DATABASE_URL is set) and browser (Chromium).
 */
export default defineConfig({
  test: {
    reporters: ["default"],
    projects: [
      { test: { name: "unit", include: ["src/**/*.test.ts", "tests/unit/**/*.test.ts"], environment: "node" } },
      {
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
          env: { ACCORD_TEST_DB: "pglite" },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      ...(postgresUrl
        ? [
            {
              test: {
                name: "integration-postgres",
                include: ["tests/integration/**/*.test.ts"],
                globalSetup: ["tests/support/global-setup-postgres.ts"],
                env: { ACCORD_TEST_DB: "postgres" },
                testTimeout: 30_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
      {
        test: {
          name: "browser",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts", "tests/e2e/browser-check.ts"],
          env: { ACCORD_TEST_DB: "pglite" },
          testTimeout: 90_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
