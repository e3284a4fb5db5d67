import { defineConfig } from "vitest/config";

// Browser journeys against the built PWA, served by e2e/global-setup.ts (or $E2E_BASE_URL).
//   npx vite build --config web/vite.config.ts && npx vitest run --config web/vitest.e2e.config.ts
export default defineConfig({
  root: import.meta.dirname,
  test: {
    name: "web-e2e",
    // The browser journeys run after the other projects, not beside them: on 2 cores, Chromium,
    // wrangler dev and the workerd pool at once make timing-sensitive journeys flaky.
    sequence: { groupOrder: 1 },
    environment: "node",
    include: ["e2e/**/*.e2e.test.ts"],
    globalSetup: ["e2e/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
