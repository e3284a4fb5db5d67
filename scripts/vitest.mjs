// `node scripts/vitest.mjs <args>`: vitest with the offline environment (workerd, wrangler).
import { spawnSync } from "node:child_process";
import { offlineEnv } from "./lib/offline-env.mjs";
import { bin, root } from "./lib/paths.mjs";

const result = spawnSync(bin("vitest"), process.argv.slice(2), {
  cwd: root,
  env: offlineEnv(root),
  stdio: "inherit",
});
process.exit(result.status ?? 1);
