import { defineConfig } from "vitest/config";
import { findChromium } from "./tests/support/chromium";

const postgresUrl = process.env.TEST_DATABASE_URL;
const chromium = findChromium();
if (!chromium) {
  if (process.env.REQUIRE_BROWSER === "1") {
    throw new Error("REQUIRE_BROWSER=1 but no Chromium was found (CHROME_PATH, /usr/bin/chromium or chromium on the PATH). Install it: apt-get install chromium");
  }
  console.warn("\n##########################################################\n#  browser tests NOT run: install chromium               #\n#  (apt-get install chromium, or set CHROME_PATH)        #\n##########################################################\n");
}

/**
 * One run, three kinds of tests (DESIGN section 6, test contract):
 * unit (no database), integration (each file on its own database cloned from a migrated
 * template: PGlite always, PostgreSQL too when TEST_DATABASE_URL is set) and browser (Chromium).
 */
export default defineConfig({
  test: {
    // The JSON report lets CI print one plain "N passed, N failed" line at the end.
    reporters: ["default", ["json", { outputFile: ".tmp/vitest-results.json" }]],
    // `npm run test:coverage`: the domain core (rules and contracts) must stay well covered.
    coverage: {
      provider: "v8",
      include: ["src/domain/**/*.ts"],
      exclude: ["src/domain/**/*.test.ts"],
      reporter: ["text-summary", "text"],
      thresholds: { lines: 95, branches: 95, functions: 95, statements: 95 },
    },
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
                // Spawns the server on its embedded database: nothing to learn from it twice.
                exclude: ["tests/integration/process-lifecycle.test.ts"],
                globalSetup: ["tests/support/global-setup-postgres.ts"],
                env: { ACCORD_TEST_DB: "postgres" },
                testTimeout: 30_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
      ...(chromium
        ? [
            {
              test: {
                name: "browser",
                include: ["tests/e2e/**/*.test.ts"],
                globalSetup: ["tests/support/global-setup.ts"],
                env: { ACCORD_TEST_DB: "pglite", CHROME_PATH: chromium },
                testTimeout: 90_000,
                hookTimeout: 90_000,
                fileParallelism: false,
              },
            },
          ]
        : []),
    ],
  },
});
