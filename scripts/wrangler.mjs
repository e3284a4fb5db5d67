// `node scripts/wrangler.mjs <args>`: wrangler with the offline environment (TOOLCHAIN.md).
import { spawnSync } from "node:child_process";
import { offlineEnv } from "./lib/offline-env.mjs";
import { bin, root } from "./lib/paths.mjs";

const result = spawnSync(bin("wrangler"), process.argv.slice(2), {
  cwd: root,
  env: offlineEnv(root),
  stdio: "inherit",
});
process.exit(result.status ?? 1);
