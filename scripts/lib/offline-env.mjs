// The environment every wrangler / vitest / workerd call runs with: no registry or Cloudflare
// look-ups, no telemetry, and every cache and config kept under .wrangler/ (see TOOLCHAIN.md).
import { join } from "node:path";

export function offlineEnv(root, extra = {}) {
  const wr = join(root, ".wrangler");
  return {
    ...process.env,
    CI: process.env.CI ?? "true",
    WRANGLER_SEND_METRICS: "false",
    WRANGLER_SEND_ERROR_REPORTS: "false",
    WRANGLER_HIDE_BANNER: "true",
    CLOUDFLARE_CF_FETCH_ENABLED: "false",
    XDG_CONFIG_HOME: join(wr, "xdg"),
    WRANGLER_LOG_PATH: join(wr, "logs"),
    MINIFLARE_CACHE_DIR: join(wr, "cache"),
    ...extra,
  };
}
