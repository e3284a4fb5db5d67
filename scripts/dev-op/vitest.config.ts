import { defineConfig } from "vitest/config";

// Throw-away per-folder config: `npx vitest run --root scripts/dev-op` (the lead wires the root one).
export default defineConfig({
  // The root tsconfig.json references scripts/tsconfig.json, which the lead writes; until it
  // exists, tsconfig discovery fails the transform. The strict base has all the transform needs.
  tsconfig: "../../tsconfig.base.json",
  cacheDir: "../../node_modules/.vite/dev-op",
  test: {
    name: "dev-op",
    environment: "node",
    include: ["test/**/*.test.ts"],
    testTimeout: 10_000,
    hookTimeout: 10_000,
  },
});
