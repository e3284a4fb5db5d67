import { defineConfig } from "vitest/config";

// One `vitest run` for everything, each runtime in its own project:
//   shared  — the card core in Node            worker — Worker + card core inside workerd
//   web     — PWA units in jsdom               e2e    — browser journeys in Debian Chromium
//   dev-op  — the dev OpenID Provider with a real relying party
export default defineConfig({
  test: {
    projects: [
      "shared/vitest.config.ts",
      "worker/vitest.config.ts",
      "web/vitest.config.ts",
      "web/vitest.e2e.config.ts",
      "scripts/dev-op/vitest.config.ts",
    ],
  },
});
