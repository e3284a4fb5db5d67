import { defineConfig } from "vitest/config";
import { appDefine } from "./app-version.ts";

// Unit tests of the PWA in jsdom. The root vitest config can list this folder as a project.
export default defineConfig({
  root: import.meta.dirname,
  define: appDefine(),
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  test: {
    name: "web",
    environment: "jsdom",
    include: ["test/**/*.test.{ts,tsx}"],
    setupFiles: ["test/setup.ts"],
  },
});
