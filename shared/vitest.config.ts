import { defineConfig } from "vitest/config";

// Per-folder config: `npx vitest run --root shared`. Environment node; the card and status-list
// tests (test/card, test/status-list) use only Web Crypto, jose, fflate and fast-check, so the
// worker project can also run them inside workerd.
export default defineConfig({
  cacheDir: "../node_modules/.vite/shared",
  test: {
    name: "shared",
    environment: "node",
    include: ["test/**/*.test.ts"],
  },
});
