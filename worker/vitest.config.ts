import { fileURLToPath } from "node:url";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineProject } from "vitest/config";
import { rotateIssuerKeys } from "../scripts/lib/issuer-key.mjs";
import { TEST_CLIENT } from "./test/op-fixture.ts";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Throw-away issuer keys made for this test run: no key material in git or in CI secrets.
const issuerKeys = await rotateIssuerKeys(undefined);
const migrations = await readD1Migrations(here("./migrations"));

export default defineProject({
  plugins: [
    cloudflareTest(async ({ inject }) => ({
      wrangler: { configPath: here("../wrangler.toml") },
      miniflare: {
        bindings: {
          ISSUER_KEYS: JSON.stringify(issuerKeys),
          // The real dev OpenID Provider, started in Node by test/global-setup.ts.
          OIDC_ISSUER: inject("opIssuer"),
          OIDC_CLIENT_ID: TEST_CLIENT.client_id,
          OIDC_CLIENT_SECRET: TEST_CLIENT.client_secret,
          TEST_MIGRATIONS: migrations,
        },
      },
    })),
  ],
  test: {
    name: "worker",
    include: [
      "test/**/*.test.ts",
      "../shared/test/card/**/*.test.ts",
      "../shared/test/status-list/**/*.test.ts",
    ],
    setupFiles: ["test/apply-migrations.ts"],
    globalSetup: ["test/global-setup.ts"],
  },
});
